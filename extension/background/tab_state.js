// Per-tab verdicts. The Chromium service worker can be evicted at any moment, so the verdict
// of each tab lives in storage.session (memory-only, cleared when the browser closes) and is
// re-read, never assumed.
import { api } from './api.js';

const key = (tabId) => `tab:${tabId}`;

export async function getTab(tabId) {
  const got = await api.storage.session.get(key(tabId));
  return got[key(tabId)] ?? null;
}

export async function setTab(tabId, state) {
  await api.storage.session.set({ [key(tabId)]: state });
}

export async function forgetTab(tabId) {
  await api.storage.session.remove(key(tabId));
}

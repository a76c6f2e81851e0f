// Per-tab verdicts. The Chromium service worker can be evicted at any moment, so the verdict
// of each tab lives in storage.session (memory-only, cleared when the browser closes) and is
// re-read, never assumed.
import { api } from './api.js';

const key = (tabId) => `tab:${tabId}`;

export async function getTab(tabId) {
  const got = await api.storage.session.get(key(tabId));
  return got[key(tabId)] ?? null;
}

/** The tab's pending read-change-write steps, one chain per tab. */
const chains = new Map();

/** Runs `step` after the tab's earlier steps (one at a time per tab, in call order). */
function queued(tabId, step) {
  const run = (chains.get(tabId) ?? Promise.resolve()).then(step);
  const tail = run.catch(() => {});
  chains.set(tabId, tail);
  tail.then(() => {
    if (chains.get(tabId) === tail) chains.delete(tabId);
  });
  return run;
}

/**
 * Reads the tab's state, changes it and writes it back as one step: `change(state or null)`
 * returns the new state, or undefined to leave it as it is; resolves to what `change` returned.
 * Every change of a tab's state goes through here. A page's re-read answered while the person
 * picked "Show the page anyway" wrote back the state it had read before the choice, so the choice
 * was lost (tests/unit/tab_state.test.mjs). `change` must not itself wait for this tab's steps.
 */
export function updateTab(tabId, change) {
  return queued(tabId, async () => {
    const next = await change(await getTab(tabId));
    if (next !== undefined) await api.storage.session.set({ [key(tabId)]: next });
    return next;
  });
}

/** The ids of the tabs that have a state. */
export async function tabIds() {
  const all = await api.storage.session.get(null);
  return Object.keys(all).filter((k) => k.startsWith('tab:')).map((k) => Number(k.slice(4))).filter(Number.isInteger);
}

export function forgetTab(tabId) {
  return queued(tabId, () => api.storage.session.remove(key(tabId)));
}

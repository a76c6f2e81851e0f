// The tab is muted only while the warning is up, and only if HangUp muted it.
//
//   warning mounted --mute--> tab already muted? remember "not ours" : mute + remember "ours"
//   the warning goes away (Leave, Show anyway, trust, the tab leaves the scam page for another
//   host or another document) --> unmute, only if the mute is still ours
//   the person toggles the tab's sound themselves --> the mute is theirs from then on
//
// What HangUp muted lives in storage.session (the Chromium service worker can be evicted while
// the warning is up); it is forgotten with the tab.
import { api } from './api.js';
import { hostOf } from './address.js';

const key = (tabId) => `mute:${tabId}`;

async function load(tabId) {
  const got = await api.storage.session.get(key(tabId)).catch(() => ({}));
  return got[key(tabId)] ?? null;
}

/** Mutes the tab for the warning on `page` ({host, pageId}), remembering whether it was muted before. */
export async function muteForWarning(tabId, page) {
  const tab = await api.tabs.get(tabId);
  const mine = await load(tabId);
  if (tab.mutedInfo?.muted) {
    // Muted already: by HangUp for an earlier warning in this tab (still ours), or by the person.
    const ours = Boolean(mine?.ours);
    await api.storage.session.set({ [key(tabId)]: { ...page, ours } });
    return ours;
  }
  await api.storage.session.set({ [key(tabId)]: { ...page, ours: true } });
  await api.tabs.update(tabId, { muted: true });
  return true;
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** True when the tab's mute is an extension's, and that extension is HangUp. */
function mutedByUs(tab) {
  const info = tab.mutedInfo ?? {};
  if (!info.muted) return false;
  return (!info.reason || info.reason === 'extension') && (!info.extensionId || info.extensionId === api.runtime.id);
}

/** The warning is gone: gives the tab its sound back if HangUp took it. */
export async function unmuteAfterWarning(tabId) {
  const mine = await load(tabId);
  if (!mine) return false;
  await api.storage.session.remove(key(tabId)).catch(() => {});
  if (!mine.ours) return false;
  try {
    // Firefox can drop a mute change made while the tab switches to another process (a web page
    // to the landing page): check, and apply it again for a few seconds if it did not hold.
    for (let i = 0; i < 8; i++) {
      if (i > 0 && (await load(tabId))) return true; // a new warning in this tab has the sound now
      const tab = await api.tabs.get(tabId);
      // Unmuted, or muted since by someone else (the person, another extension): done.
      if (!mutedByUs(tab)) return i > 0;
      await api.tabs.update(tabId, { muted: false });
      await sleep(250 * (i + 1));
    }
    return false;
  } catch {
    return false; // the tab is gone
  }
}

/** A new top-level document in the tab: the warned page is gone unless it is the same page view. */
export async function pageChanged(tabId, pageId) {
  const mine = await load(tabId);
  if (mine && mine.pageId !== pageId) await unmuteAfterWarning(tabId);
}

// Registered synchronously at the background's top level.
export function initMute() {
  api.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.mutedInfo && change.mutedInfo.reason === 'user') {
      // The person chose the tab's sound: it is theirs now.
      api.storage.session.remove(key(tabId)).catch(() => {});
      return;
    }
    if (!change.url && change.status !== 'loading') return;
    load(tabId)
      .then((mine) => {
        // A URL HangUp cannot read (a browser page) or another host: the scam page is gone.
        // The same host loads a new document: its content script reports it (pageChanged).
        if (mine && hostOf(tab.url ?? '') !== mine.host) return unmuteAfterWarning(tabId);
      })
      .catch(() => {});
  });
  api.tabs.onRemoved.addListener((tabId) => api.storage.session.remove(key(tabId)).catch(() => {}));
}

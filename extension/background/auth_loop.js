// HTTP auth prompt loops (a 401 with `WWW-Authenticate` on every request, so the browser's
// sign-in dialog comes back each time it is dismissed). A page cannot see or hook these
// prompts, so they are counted here, per tab and per top-level site, from webRequest:
//
//   onAuthRequired ──count──> auth:<tabId> in storage.session ──> behaviour.auth_prompts of the
//   tab's next (or last, re-analysed) snapshot ──> engine reason `auth_loop`
//   once the tab is warned: every further challenge in the tab is cancelled (no prompt).
//
// Before the verdict the listener answers at once with no decision, so the browser shows its
// own prompt exactly as without HangUp. Both browsers take `webRequest` + `webRequestAuthProvider`:
// Chromium MV3 with 'asyncBlocking' (a callback), Firefox MV3 with 'blocking' (a promise; verified
// on Firefox ESR 153 without `webRequestBlocking`).
import { api } from './api.js';
import { hostOf } from './address.js';

const key = (tabId) => `auth:${tabId}`;
const memory = new Map(); // tabId -> { host, prompts, cancelled }
const lastSnapshot = new Map(); // tabId -> { msg, sender } of the top frame's latest analysis
let hooks = { isWarned: async () => false, reanalyse: async () => {} };

async function load(tabId) {
  if (memory.has(tabId)) return memory.get(tabId);
  const got = await api.storage.session.get(key(tabId)).catch(() => ({}));
  const state = got[key(tabId)] ?? { host: '', prompts: 0, cancelled: 0 };
  memory.set(tabId, state);
  return state;
}

async function save(tabId, state) {
  memory.set(tabId, state);
  await api.storage.session.set({ [key(tabId)]: state }).catch(() => {});
}

/** Number of auth challenges seen in this tab on its current site. */
export async function authPrompts(tabId) {
  return (await load(tabId)).prompts;
}

/**
 * Called by the background for each snapshot it analyses: adds the tab's challenge count
 * (the larger of the two: the content script cannot see these prompts) and remembers the top
 * frame's snapshot so that a later challenge can trigger a re-analysis.
 */
export async function withAuthPrompts(msg, sender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !msg?.snapshot || typeof msg.snapshot !== 'object') return msg;
  const state = await load(tabId);
  const host = hostOf(sender.tab.url ?? msg.snapshot.url);
  if (state.host && host && state.host !== host) {
    // The tab moved to another site: its challenges no longer count.
    await save(tabId, { host, prompts: 0, cancelled: 0 });
  }
  // A glance (content.js) is kept only until the same page sends its full snapshot; it is
  // re-analysed as a full one (a page whose prompts loop is worth the engine's whole attention).
  const kept = lastSnapshot.get(tabId);
  if (sender.frameId === 0 && (!msg.glance || !kept || kept.msg.pageId !== msg.pageId || kept.glance)) {
    lastSnapshot.set(tabId, { msg: { ...msg, glance: false }, sender, glance: msg.glance === true });
  }
  const behaviour = typeof msg.snapshot.behaviour === 'object' && msg.snapshot.behaviour ? msg.snapshot.behaviour : {};
  const given = Number(behaviour.auth_prompts) || 0;
  const prompts = (await load(tabId)).prompts;
  return { ...msg, snapshot: { ...msg.snapshot, behaviour: { ...behaviour, auth_prompts: Math.max(given, prompts) } } };
}

async function onChallenge(details) {
  const tabId = details.tabId;
  if (tabId === undefined || tabId < 0 || details.isProxy) return {};
  let state = await load(tabId);
  const host = details.type === 'main_frame' ? hostOf(details.url) : state.host || hostOf(details.url);
  if (state.host !== host) state = { host, prompts: 0, cancelled: 0 };
  // Only on the site that was judged a scam: a new top-level site starts from nothing.
  if (await hooks.isWarned(tabId, details.type === 'main_frame' ? host : undefined)) {
    await save(tabId, { ...state, cancelled: state.cancelled + 1 });
    return { cancel: true };
  }
  state = { ...state, prompts: state.prompts + 1 };
  await save(tabId, state);
  // The page's snapshot does not change when a prompt is dismissed: analyse it again now.
  const last = lastSnapshot.get(tabId);
  if (state.prompts >= 2 && last) hooks.reanalyse(tabId, last.msg, last.sender).catch(() => {});
  return {};
}

/** Registers the listener (synchronously, at the background's top level). */
export function initAuthLoop(h) {
  hooks = { ...hooks, ...h };
  const event = api.webRequest ? api.webRequest.onAuthRequired : undefined;
  if (!event) return false; // permission missing: the engine simply never sees auth_prompts
  const filter = { urls: ['<all_urls>'] };
  const firefox = typeof globalThis.browser?.runtime?.getBrowserInfo === 'function';
  try {
    if (firefox) {
      event.addListener((details) => onChallenge(details).catch(() => ({})), filter, ['blocking']);
    } else {
      event.addListener(
        (details, callback) => {
          onChallenge(details).then(callback, () => callback({}));
        },
        filter,
        ['asyncBlocking'],
      );
    }
    return true;
  } catch {
    return false;
  }
}

/** Forgets a closed tab. */
export function forgetAuth(tabId) {
  memory.delete(tabId);
  lastSnapshot.delete(tabId);
  api.storage.session.remove(key(tabId)).catch(() => {});
}

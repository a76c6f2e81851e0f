// While a tab's warning shows, every frame document the tab loads from the network comes with a
// `Content-Security-Policy: sandbox …` header that leaves out `allow-modals`, `allow-popups` and
// top navigation (docs/LOCK.md, "opens dialogs from a frame of another site"): a dialog is
// tab-modal, above the warning, and a frame of another site runs its first script before its own
// content script can learn of the verdict. The content script's guard (overlay_host.js) sandboxes
// the frames it can see; this rule reaches the ones it cannot: inside a frame of another site,
// in a shadow root attached with a method no hook saw, past the guard's walk bounds. Scripts, forms
// and the frame's own origin are allowed, so a frame that loads while the warning shows still
// works once the person chooses "Show the page anyway" (only its dialogs, pop-ups and top
// navigation stay off until its next load). One session rule per tab, removed when the warning
// goes away (Leave, Show anyway, trust, a new page in the tab, the tab closed).
//
//   warn sent to the tab --> rule for tabIds [tab] (sub_frame, object) --> removed on
//   dismiss / leave / trust / a top-frame read that is not warned / another host / a new top
//   document from the network / tab closed or replaced; added again by every top-frame read of a
//   page that is warned (a warned page restored from the back/forward cache)
import { api } from './api.js';
import { hostOf } from './address.js';
import { getTab } from './tab_state.js';

const SANDBOX = 'sandbox allow-scripts allow-same-origin allow-forms';
const dnr = () => api.declarativeNetRequest;
const ruleId = (tabId) => tabId + 1; // rule ids start at 1; tab ids at 0 in Firefox

// The tabs with a rule, read once per background life (session rules outlive an evicted worker).
let tabs = null;
function ruled() {
  tabs ??= Promise.resolve(dnr()?.getSessionRules())
    .then((rules) => new Set((rules ?? []).flatMap((r) => r.condition?.tabIds ?? [])))
    .catch(() => new Set());
  return tabs;
}

// The update adding a tab's rule while it is under way: a second caller (another frame's read
// answered `warn` meanwhile) waits for it too, so no `warn` goes out before the rule holds.
const adding = new Map();

/** The tab's frames load without dialogs from now on (the warning is about to show). */
export async function sandboxFrames(tabId) {
  if (!dnr() || !Number.isInteger(tabId) || tabId < 0) return;
  const set = await ruled();
  if (set.has(tabId)) return adding.get(tabId);
  set.add(tabId);
  const id = ruleId(tabId);
  const update = dnr().updateSessionRules({
    removeRuleIds: [id],
    addRules: [{
      id,
      priority: 1,
      action: {
        type: 'modifyHeaders',
        responseHeaders: [{ header: 'Content-Security-Policy', operation: 'append', value: SANDBOX }],
      },
      condition: { tabIds: [tabId], resourceTypes: ['sub_frame', 'object'] },
    }],
  }).catch(() => set.delete(tabId)).finally(() => {
    if (adding.get(tabId) === update) adding.delete(tabId);
  });
  adding.set(tabId, update);
  await update;
}

/** Every frame of the tab whose document is there now is told the warning shows, once its
 *  content scripts can hear it (`hangupLate`, content.js). The `warn` message reaches only the
 *  frames whose content script already listens: a frame whose response came before the rule but
 *  whose document starts later (its parsing held back: a hidden frame of another site's, in
 *  Chromium) never hears it, so its MAIN world is not neutralised and a script-less one is not
 *  loaded again under the rule; the frame that sends no read (too small to show text, or empty)
 *  is never answered `warn` either. The page may already hold its window: `dialog-scriptless-
 *  nested.html`'s frame started up to 2.5 s after its response, after the `warn` had gone out, in 3
 *  of 20 runs (12 dialogs over the warning). An injection into a document that has not started
 *  waits for it, and runs before the content scripts (measured, Chromium 156): they find the
 *  flag. Only in a warned tab: nothing on an ordinary page. */
export function tellLateFrames(tabId) {
  if (!api.scripting?.executeScript) return;
  api.scripting.executeScript({
    target: { tabId, allFrames: true },
    injectImmediately: true,
    func: () => {
      if (typeof globalThis.hangupLate === 'function') globalThis.hangupLate();
      else globalThis.hangupLate = true;
    },
  }).catch(() => {});
}

/** The warning went away: the tab's frames load as the page made them. */
export async function unsandboxFrames(tabId) {
  if (!dnr() || !Number.isInteger(tabId)) return;
  const set = await ruled();
  if (!set.has(tabId)) return;
  set.delete(tabId);
  await dnr().updateSessionRules({ removeRuleIds: [ruleId(tabId)] }).catch(() => {});
}

// Registered synchronously at the background's top level.
export function initFrameRules() {
  if (!dnr()) return;
  // The tab left the warned page for another host (or a page HangUp cannot read): no warning there.
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    ruled()
      .then(async (set) => {
        if (!set.has(tabId)) return;
        const state = await getTab(tabId);
        if (!state?.host || hostOf(change.url) !== state.host) await unsandboxFrames(tabId);
      })
      .catch(() => {});
  });
  api.tabs.onRemoved.addListener((tabId) => {
    unsandboxFrames(tabId).catch(() => {});
  });
  // A tab swapped for another (Chromium: a prerendered page shown in its place): the old tab id
  // never comes back, and no onRemoved is fired for it.
  api.tabs.onReplaced?.addListener((addedTabId, removedTabId) => {
    unsandboxFrames(removedTabId).catch(() => {});
  });
  // A new document from the network in the tab's top frame (a reload, a link, an address typed,
  // on the warned host too): the warned page is gone with its document, and the new page's frames
  // load as it made them. Its first read puts the rule back if it is warned too. (Before, the rule
  // held until that read: the frames of an honest page on the same host loaded before it were
  // sandboxed for their whole life.) A page restored from the back/forward cache loads nothing:
  // its warning, still up, tells the background again (content.js, `pageshow`).
  api.webRequest?.onResponseStarted?.addListener((details) => {
    if (details.frameId !== 0 || details.tabId < 0 || !makesDocument(details)) return;
    ruled()
      .then((set) => (set.has(details.tabId) ? unsandboxFrames(details.tabId) : undefined))
      .catch(() => {});
  }, { urls: ['<all_urls>'], types: ['main_frame'] }, ['responseHeaders']);
}

// The types both browsers render in the tab (HTML, plain text, XML, JSON, PDF, common images and
// media). A page with no type is sniffed and may be downloaded: not counted.
const SHOWN_TYPES = new RegExp('^(' + [
  'text/(html|plain|xml|css|javascript)',
  'application/(xhtml\\+xml|xml|json|pdf|javascript)',
  'image/(png|jpeg|gif|webp|avif|bmp|svg\\+xml|x-icon|vnd\\.microsoft\\.icon)',
  'video/(mp4|webm|ogg)',
  'audio/(mpeg|ogg|wav|x-wav|webm|mp4|flac|aac)',
].join('|') + ')$');

/** Whether a top-frame response surely replaces the document: a displayed type, shown inline. A
 *  warned page can navigate to a response that makes no document whenever it likes while it and its
 *  warning stay, so it must not take the header rule away (review 21 H2): a 204/205, a redirect, a
 *  download. Only what both browsers show counts (review 22 H2: `text/csv`, `text/vcard` and any
 *  disposition other than `inline`, `x-download` too, are downloaded); anything unsure keeps the
 *  rule, which the new page's own first read takes away if that page is not warned. */
export function makesDocument({ statusCode, responseHeaders = [] }) {
  if (statusCode === 204 || statusCode === 205 || (statusCode >= 300 && statusCode < 400)) return false;
  const header = (name) => responseHeaders.find((h) => h.name.toLowerCase() === name)?.value?.toLowerCase().trim() ?? '';
  const disposition = header('content-disposition').split(';')[0].trim();
  if (disposition && disposition !== 'inline') return false;
  const type = header('content-type').split(';')[0].trim();
  return SHOWN_TYPES.test(type);
}

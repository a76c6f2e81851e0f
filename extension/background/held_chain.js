// Held page views that load again before their hold ends (review 31 HS-M1; docs/LOCK.md
// "Documents that never finish parsing"). A document still loading is read `held` (a scam verdict
// not applied) until it ends or its hold outlasts HELD_MAX_MS (content.js). A kit that holds its
// response open and reloads itself is a new document each time, with a new hold: never warned. So a
// top document says when it is still loading at its first stall check (`MSG.hold`, with how long it
// has held), and any frame's document says when, still held, the page itself navigates it away
// (`leaving`: not the person, content.js), told or not (a kit that reloads itself every 2 s never
// reaches 3 s: review 32 HS32-M1); the background then asks that frame's next document to tell at
// once (`askNext`). The hold counts from the first of a run of the frame's page views that each left
// so: the answer is how much of it is left. A person who reloads a slow page, or follows a link on
// it, starts a new hold, as before. Nothing is sent by a page that parses in time.
import { api, LIMITS, MSG } from './api.js';

/** How long a page view is read `held` at most (content.js's HELD_PARSE_MAX_MS: one value, protocol.js). */
export const HELD_MAX_MS = LIMITS.heldMs;
/** The longest time between two held page views' notices that still makes them one hold. A held
 *  page view lives less than HELD_MAX_MS unread (its own hold then ends and it is read), and the
 *  next one tells 3 s into its life: 30 s leaves room for the navigation between them. */
const CHAIN_GAP_MS = 30000;

const chains = new Map(); // `${tabId}/${frameId}` -> { since, at, pageId, leaving, after?, elsewhere? }
const keyOf = (tabId, frameId) => `${tabId}/${frameId}`;
const originOf = (url) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/** A notice from a frame: `{pageId, held}` (ms since this page view's hold began);
 *  `{pageId, leaving: true}` when the page, still held, navigates to another document; or
 *  `{pageId, done: true}` when its hold ended (its document parsed, or it was read anyway).
 *  Answers `{left}`: ms until the tab's hold ends (0 or less: read at once); to `leaving`,
 *  `{left: null, next: true}`: the next document is to be asked (`askNext`). */
export function onHold(msg, sender, now = Date.now()) {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || !Number.isInteger(frameId) || frameId < 0 || typeof msg?.pageId !== 'string') return { left: null };
  // Each frame has its own run: a sub-frame tells only when it leaves, or when asked (content.js).
  const key = keyOf(tabId, frameId);
  const prev = chains.get(key);
  const own = prev?.pageId === msg.pageId;
  if (msg.acted === true) {
    // The page view is leaving with the person's activation (a click, in it or in any of its
    // frames): the navigation is theirs, never joined (onNavRequest). Told before the request as
    // a rule (`beforeunload`); if after it, the join it made is undone before the next document tells.
    acted.set(key, { pageId: msg.pageId, at: now });
    if (prev?.after !== undefined && prev.pageId === null && now - prev.at < ACTED_MS) chains.delete(key);
    return { left: null };
  }
  if (msg.done === true) {
    if (own && !prev.leaving) chains.delete(key);
    return { left: null };
  }
  const held = Math.min(Math.max(Number(msg.held) || 0, 0), HELD_MAX_MS);
  let since = now - held;
  let elsewhere = false;
  if (prev?.after !== undefined && !own) {
    // Another document navigated a held one away (onNavRequest): the one that left answers until
    // the next replaces it, and is not the next; the next joins unless the person reloaded it or
    // went Back or Forward to it (its navigation entry's type, read in the isolated world).
    if (!(Number(msg.started) >= prev.after)) {
      if (msg.leaving !== true) return { left: null };
      // Its own `navigate` event, told after the request was seen: the page's own navigation,
      // the content script's run (`askNext`), as below.
      since = Math.min(since, prev.since);
    } else if (msg.reached === 'navigate' && now - prev.at < CHAIN_GAP_MS) {
      since = Math.min(since, prev.since);
      elsewhere = true;
    } else if (navs.has(key)) {
      navs.get(key).since = since; // (a run another navigation of it continues starts here)
    }
  } else if (prev && (own || (prev.leaving && now - prev.at < CHAIN_GAP_MS))) {
    // The same page view telling again keeps its start; the next one joins a page view that left
    // while held, not long before, whatever its origin: a kit may reload itself through a redirect
    // to another of its sites (review 34 HS34-H1). (Left: a page the person reaches by an address
    // typed while such a navigation is pending takes its place and joins: docs/LOCK.md.)
    since = Math.min(since, prev.since);
    elsewhere = own && prev.elsewhere === true;
  }
  // `leaving`: also from a page view that never told (it left before its first stall check:
  // review 32 HS32-M1); the caller then asks the next document to tell (`askNext`).
  const leaving = msg.leaving === true;
  chains.set(key, { since, at: now, pageId: msg.pageId, leaving, elsewhere });
  return leaving ? { left: null, next: true } : { left: since + HELD_MAX_MS - now };
}

// A held page view navigated away by a document of another origin, a sandboxed frame's
// `top.location` (review 33 HS33-H1): no `navigate` event fires in it, as for the person's reload
// button and address bar, so it cannot tell. The background sees the navigation's request
// (webRequest, a permission HangUp has) and whether the frame's document was still coming when it
// started (its response not complete: a held page view), and who started it: in Chromium the
// request's `initiator` (a document; none for an address typed or a bookmark) of another origin
// than the frame's document (a link the person clicks in it has the document's own origin); in
// Firefox the browser's `Sec-Fetch-Site` (`none` for an address or a bookmark) without
// `Sec-Fetch-User` (a person's click, an address). A reload or Back by the person carries the
// history entry's initiator (measured in both): its next document's own navigation type tells it
// (onHold). No page script sets any of these.
const navs = new Map(); // `${tabId}/${frameId}` -> { id, start, origin, since, done, endedAt }
/** How long after the old response ended (Firefox ends a leaving document's at its navigation's
 *  start, 10-35 ms before the next request: measured) the next request still finds it held. */
const ENDED_GRACE_MS = 1000;
/** How soon after a page view's own `leaving` the frame's next request is that navigation. */
const OWN_LEAVE_MS = 2000;
// The person's navigation from a held page through a frame of another origin: an ad's
// `target=_top` link (review 39 HS-L1). Chromium shows webRequest no `Sec-Fetch-User` (Firefox
// does), and the request's initiator is the ad's origin. A click in any frame activates the top
// document too (HTML's activation notification), which reads `navigator.userActivation.isActive`
// as it unloads (content.js `acted`): such a navigation is the person's. (A kit escapes so only
// while the person keeps clicking it, within the browser's activation window before each load.)
const acted = new Map(); // `${tabId}/${frameId}` -> { pageId, at }
/** How close to the navigation's request the leaving page view's activation notice counts. */
const ACTED_MS = 2000;

function startedElsewhere(d, prev) {
  const header = (name) => d.requestHeaders?.find((h) => h.name.toLowerCase() === name)?.value;
  const site = header('sec-fetch-site');
  if (site === 'none' || header('sec-fetch-user') === '?1') return false;
  // (Firefox: `originUrl`, none for an opaque origin such as a sandboxed frame's.)
  const from = typeof d.initiator === 'string' ? d.initiator : d.originUrl ? originOf(d.originUrl) : site !== undefined ? 'null' : undefined;
  return from !== undefined && from !== prev.origin;
}

/** A top frame's navigation request (`webRequest.onSendHeaders`, main_frame only: background.js
 *  NAV_FILTER; a held sub-frame keeps the content script's path). Returns
 *  `{tabId, frameId, after}` when it continues a held run (the caller asks the next document,
 *  `askJoined`), else null. */
export function onNavRequest(d, now = Date.now()) {
  // (A prerendered page's request is not the frame's next document.)
  if (!(d?.tabId >= 0) || !Number.isInteger(d.frameId) || d.frameId < 0 || d.documentLifecycle === 'prerender') return null;
  const key = keyOf(d.tabId, d.frameId);
  const prev = navs.get(key);
  if (prev?.id === d.requestId) {
    prev.origin = originOf(d.url); // (a redirect)
    return null;
  }
  const start = Number(d.timeStamp) || now;
  const next = { id: d.requestId, start, origin: originOf(d.url), since: start, done: false, endedAt: null };
  if (d.frameId === 0) for (const k of navs.keys()) if (k.startsWith(`${d.tabId}/`)) navs.delete(k);
  navs.set(key, next);
  const c = chains.get(key);
  const a = acted.get(key);
  if (a && Math.abs(now - a.at) < ACTED_MS) {
    // (The person's: it replaces a join pending from an earlier request, as below.)
    if (c?.after !== undefined && c.pageId === null) chains.delete(key);
    return null;
  }
  // The page navigated the document itself, just before (its `navigate` event told `leaving`):
  // the run is the content script's (askNext), whatever the request says (Firefox: a frame's own
  // `location.reload()` carries its history entry's maker, the parent page: hostile-firefox-2's
  // held-frame.html?every=2000, never warned by a first version of this).
  if (c?.leaving && c.pageId !== null && now - c.at < OWN_LEAVE_MS) return null;
  const held = prev && !prev.done && (prev.endedAt === null || start - prev.endedAt < ENDED_GRACE_MS) && start - prev.start < CHAIN_GAP_MS;
  if (!held || !startedElsewhere(d, prev)) {
    // The person's own navigation (or one from a page view that was not held) replaces one
    // another document started: its document is not joined.
    if (c?.after !== undefined && c.pageId === null) chains.delete(key);
    return null;
  }
  // The run goes on from the page view that left: its own start, or the run it told it had (or
  // the one it joined by leaving on its own: `leaving`, not long before this request).
  let since = prev.since;
  if (c && now - c.at < CHAIN_GAP_MS && (c.leaving || c.at >= prev.start)) since = Math.min(since, c.since);
  next.since = since;
  const after = (prev.start + start) / 2; // (the next document started after it; the one that left, before)
  chains.set(key, { since, at: now, pageId: null, leaving: true, after });
  return { tabId: d.tabId, frameId: d.frameId, after };
}

/** The end of a frame's navigation response: complete (`done`), or not (an error: aborted). */
export function onNavEnd(d, done) {
  const n = navs.get(keyOf(d?.tabId, d?.frameId));
  if (!n || n.id !== d.requestId) return;
  if (done) n.done = true;
  else n.endedAt = Number(d.timeStamp) || Date.now();
}

/** After onNavRequest joined a run: the frame's next document (started after `after`) is asked to
 *  tell its hold at once, as askNext does; until it answers, the run moves on, or CHAIN_GAP_MS. */
export async function askJoined(tabId, frameId, after, send = (m) => api.tabs.sendMessage(tabId, m, { frameId }), now = () => Date.now()) {
  const end = now() + CHAIN_GAP_MS;
  for (let i = 0; now() < end; i++) {
    const a = await send({ what: MSG.hold }).catch(() => null);
    if (Number(a?.started) >= after) return true;
    if (chains.get(keyOf(tabId, frameId))?.after !== after) return false;
    await new Promise((r) => setTimeout(r, Math.min(50 * 1.25 ** i, 1000)));
  }
  return false;
}

/** Whether `pageId`'s hold is a run another document's navigation continued: once warned, the
 *  tab goes to the full-tab warning (that document would navigate it again, and no `navigate`
 *  event lets the in-page warning cancel it). */
export function heldElsewhere(tabId, pageId, frameId = 0) {
  const c = chains.get(keyOf(tabId, frameId));
  return Boolean(c && c.pageId === pageId && c.elsewhere);
}

/** After `pageId`, held, left by the page's own doing: the frame's next document is asked to
 *  tell its hold at once (content.js tells 3 s in; a kit that loads itself again sooner never
 *  would: review 32 HS32-M1). Asked again, sooner at first, until a document other than the one
 *  that left answers (the old one answers until the new one replaces it; none answers between
 *  them), the old one answers that it is no longer loading (its navigation made no document), the
 *  run moved on (another page view told, or it ended), or CHAIN_GAP_MS passed. `send` (tests):
 *  sends a message to the tab's top frame. */
export async function askNext(tabId, frameId, pageId, send = (m) => api.tabs.sendMessage(tabId, m, { frameId }), now = () => Date.now()) {
  const end = now() + CHAIN_GAP_MS;
  for (let i = 0; now() < end; i++) {
    const a = await send({ what: MSG.hold }).catch(() => null);
    if (typeof a?.pageId === 'string' && (a.pageId !== pageId || a.loading !== true)) return a.pageId !== pageId;
    if (chains.get(keyOf(tabId, frameId))?.pageId !== pageId) return false;
    await new Promise((r) => setTimeout(r, Math.min(50 * 1.25 ** i, 1000)));
  }
  return false;
}

/** Whether the frame's hold, which `pageId` is the last page view of, has run its course: a held
 *  read of it is judged as any other (also when the content script's timer has not fired yet). */
export function holdOver(tabId, pageId, frameId = 0, now = Date.now()) {
  const c = chains.get(keyOf(tabId, frameId));
  return Boolean(c && c.pageId === pageId && now - c.since >= HELD_MAX_MS);
}

/** A read that is not held (`early` false: its document parsed, or its hold ended): the frame's
 *  run of held page views ends there. */
export function holdEnded(tabId, pageId, frameId = 0) {
  const key = keyOf(tabId, frameId);
  const c = chains.get(key);
  // (Not a run waiting for its next document: the one that left may read once more.)
  if (c && c.pageId !== pageId && c.pageId !== null) chains.delete(key);
}

export function forgetHold(tabId) {
  for (const map of [chains, navs, acted]) for (const key of map.keys()) if (key.startsWith(`${tabId}/`)) map.delete(key);
}

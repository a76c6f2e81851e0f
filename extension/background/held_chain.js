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

const chains = new Map(); // `${tabId}/${frameId}` -> { since, at, pageId, leaving }
const keyOf = (tabId, frameId) => `${tabId}/${frameId}`;

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
  if (msg.done === true) {
    if (own && !prev.leaving) chains.delete(key);
    return { left: null };
  }
  const held = Math.min(Math.max(Number(msg.held) || 0, 0), HELD_MAX_MS);
  let since = now - held;
  // The same page view telling again keeps its start; the next one joins a page view that left
  // while held, not long before, whatever its origin: a kit may reload itself through a redirect
  // to another of its sites (review 34 HS34-H1). (Left: a page the person reaches by an address
  // typed while such a navigation is pending takes its place and joins: docs/LOCK.md.)
  if (prev && (own || (prev.leaving && now - prev.at < CHAIN_GAP_MS))) since = Math.min(since, prev.since);
  // `leaving`: also from a page view that never told (it left before its first stall check:
  // review 32 HS32-M1); the caller then asks the next document to tell (`askNext`).
  const leaving = msg.leaving === true;
  chains.set(key, { since, at: now, pageId: msg.pageId, leaving });
  return leaving ? { left: null, next: true } : { left: since + HELD_MAX_MS - now };
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
  if (c && c.pageId !== pageId) chains.delete(key);
}

export function forgetHold(tabId) {
  for (const key of chains.keys()) if (key.startsWith(`${tabId}/`)) chains.delete(key);
}

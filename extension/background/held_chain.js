// Held page views that load again before their hold ends (review 31 HS-M1; docs/LOCK.md
// "Documents that never finish parsing"). A top document still loading is read `held` (a scam
// verdict not applied) until it ends or its hold outlasts HELD_MAX_MS (content.js). A kit that holds
// its response open and reloads itself every 15 s is a new document each time, with a new hold:
// never warned. So the tab's top frame says when its document is still loading at its first stall
// check (`MSG.hold`, with how long it has held) and when, still held, the page itself navigates
// away (`leaving`: not the person, content.js), and the hold counts from the first of a run of the
// tab's page views that each left so: the answer is how much of it is left. A person who reloads a
// slow page, or follows a link on it, starts a new hold, as before. Nothing is sent by a page that
// parses in time (only a document still loading after 3 s tells).
import { LIMITS } from './api.js';

/** How long a page view is read `held` at most (content.js's HELD_PARSE_MAX_MS: one value, protocol.js). */
export const HELD_MAX_MS = LIMITS.heldMs;
/** The longest time between two held page views' notices that still makes them one hold. A held
 *  page view lives less than HELD_MAX_MS unread (its own hold then ends and it is read), and the
 *  next one tells 3 s into its life: 30 s leaves room for the navigation between them. */
const CHAIN_GAP_MS = 30000;

const chains = new Map(); // tabId -> { since, at, pageId, leaving }

/** A notice from a tab's top frame: `{pageId, held}` (ms since this page view's hold began);
 *  `{pageId, leaving: true}` when the page, still held, navigates to another document; or
 *  `{pageId, done: true}` when its hold ended (its document parsed, or it was read anyway).
 *  Answers `{left}`: ms until the tab's hold ends (0 or less: read at once). */
export function onHold(msg, sender, now = Date.now()) {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || typeof msg?.pageId !== 'string') return { left: null };
  const prev = chains.get(tabId);
  const own = prev?.pageId === msg.pageId;
  if (msg.leaving === true || msg.done === true) {
    if (own && msg.leaving === true) prev.leaving = true;
    else if (own && !prev.leaving) chains.delete(tabId);
    return { left: null };
  }
  const held = Math.min(Math.max(Number(msg.held) || 0, 0), HELD_MAX_MS);
  let since = now - held;
  // The same page view telling again keeps its start; the next one joins a page view that left
  // while held, not long before.
  if (prev && (own || (prev.leaving && now - prev.at < CHAIN_GAP_MS))) since = Math.min(since, prev.since);
  chains.set(tabId, { since, at: now, pageId: msg.pageId, leaving: false });
  return { left: since + HELD_MAX_MS - now };
}

/** Whether the tab's hold, which `pageId` is the last page view of, has run its course: a held
 *  read of it is judged as any other (also when the content script's timer has not fired yet). */
export function holdOver(tabId, pageId, now = Date.now()) {
  const c = chains.get(tabId);
  return Boolean(c && c.pageId === pageId && now - c.since >= HELD_MAX_MS);
}

/** A top-frame read that is not held (`early` false: its document parsed, or its hold ended):
 *  the tab's chain of held page views ends there. */
export function holdEnded(tabId, pageId) {
  const c = chains.get(tabId);
  if (c && c.pageId !== pageId) chains.delete(tabId);
}

export function forgetHold(tabId) {
  chains.delete(tabId);
}

// A scam split across frames of different sites. Each frame's content script reads only its own
// document (a cross-origin frame is out of the top frame's reach), so claims in one frame and the
// number in another would never meet in one snapshot. The background keeps the last full
// snapshot of each frame of the tab's current page (in memory: nothing is stored) and, when a
// sub-frame is not safe on its own, has the engine read them together as the top page.
import { LIMITS } from './api.js';

/** tabId -> { url, pageId, frames: Map(frameId -> { snapshot, level }) } */
const pages = new Map();
/** Frames of one page kept at most (a kit needs two or three; ad slots send no snapshot). */
const MAX_FRAMES = 8;

/** Keeps `snapshot` as frame `frameId`'s of the tab's page at `topUrl`; returns the snapshot of
 *  all its frames read together (top frame first), or null when there is nothing to join. */
export function framesTogether(tabId, frameId, topUrl, pageId, snapshot, level) {
  let page = pages.get(tabId);
  // A new page in the tab (another address, or the top frame's new document) starts afresh.
  if (!page || page.url !== topUrl || (frameId === 0 && page.pageId && page.pageId !== pageId)) {
    page = { url: topUrl, pageId: undefined, frames: new Map() };
    pages.set(tabId, page);
  }
  if (frameId === 0) page.pageId = pageId;
  if (page.frames.has(frameId) || page.frames.size < MAX_FRAMES) page.frames.set(frameId, { snapshot, level });
  const frames = [...page.frames.entries()].sort(([a], [b]) => a - b);
  if (frames.length < 2 || !frames.some(([id, f]) => id !== 0 && f.level !== 'safe')) return null;
  const snaps = frames.map(([, f]) => f.snapshot);
  const top = page.frames.get(0)?.snapshot;
  const list = (key, max) => snaps.flatMap((s) => (Array.isArray(s[key]) ? s[key] : [])).slice(0, max);
  return {
    url: top?.url ?? topUrl,
    title: top?.title ?? '',
    text: snaps.map((s) => (typeof s.text === 'string' ? s.text : '')).join('\n').slice(0, LIMITS.textChars),
    tel_links: list('tel_links', LIMITS.listItems),
    alt_texts: list('alt_texts', LIMITS.listItems),
    dialog_texts: list('dialog_texts', LIMITS.dialogTexts),
    dom: top?.dom ?? {},
    behaviour: top?.behaviour ?? {},
  };
}

export function forgetFrames(tabId) {
  pages.delete(tabId);
}

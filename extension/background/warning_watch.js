// The background's last check that a warning it sent is on screen (docs/LOCK.md, "never drawn").
//
// Every in-page defence runs in the page's own renderer and documents. A page can keep all of
// them from drawing anything: by hanging its renderer once the warning's host appears (a busy
// loop, a synchronous request that never answers: nothing is painted, no content script runs
// again), or with response headers that keep the warning's frame from loading or running
// (`Cross-Origin-Embedder-Policy: require-corp` blocks the extension's frame in Chromium;
// `Content-Security-Policy: sandbox allow-same-origin` runs no script in it). The warning's own
// page (overlay.html) asks for the tab's verdict as its script starts; the background tells the
// top frame (`warningRuns`), whose host then counts as drawn until its frame loads again. Every
// WATCH_MS after `warn`, in a tab the person looks at, the top frame is asked (`warningDrawn`):
// no answer within ANSWER_MS (a hung renderer), or not drawn at MISSES_LIMIT checks in a row
// (a frame that cannot run), and the tab goes to the full-tab warning page, which the browser
// loads in the extension's own process.
const WATCH_MS = 4000;
const ANSWER_MS = 2500;
const MISSES_LIMIT = 2;
const watched = new Map(); // tabId -> { pageId, timer, shown, misses, hidden }

/**
 * Arms the check for `tabId` after a `warn` (or "Show the warning again") was sent for the page
 * `pageId`. Hooks: `stillWarned(tabId, pageId)`, whether the tab still shows that warned page (not
 * dismissed, trusted, left or sent to the warning page meanwhile); `isVisible(tabId)`, whether
 * the person is looking at it (a tab in the background is checked once it is shown: it may load late);
 * `askDrawn(tabId)`, the top frame's answer (`{drawn}`, or undefined when nothing answers);
 * `fallBack(tabId)`, which sends it to the full-tab warning. `again`: the warning is drawn anew
 * ("Show the warning again"), so it is checked anew.
 */
export function expectWarning(tabId, pageId, hooks, again = false) {
  const prev = watched.get(tabId);
  // The same page told again (a sub-frame's read): its warning is already watched or shown.
  if (!again && prev?.pageId === pageId) return;
  if (prev?.timer) clearTimeout(prev.timer);
  const entry = { pageId, timer: 0, shown: false, misses: 0, hidden: null };
  watched.set(tabId, entry);
  const current = () => watched.get(tabId) === entry && !entry.shown;
  const check = async () => {
    entry.timer = 0;
    if (!current()) return;
    try {
      if (!(await hooks.stillWarned(tabId, pageId))) return void forget(tabId, entry);
      if (!(await hooks.isVisible(tabId))) {
        entry.hidden = check; // checked when the person looks at the tab (tabShown)
        return;
      }
      const answer = await Promise.race([
        Promise.resolve(hooks.askDrawn(tabId)).then((a) => a ?? { drawn: false }, () => ({ drawn: false })),
        new Promise((ok) => setTimeout(() => ok(null), ANSWER_MS)),
      ]);
      if (!current()) return;
      if (answer?.drawn === true) {
        entry.shown = true;
        return;
      }
      if (answer !== null && ++entry.misses < MISSES_LIMIT) {
        entry.timer = setTimeout(check, WATCH_MS);
        return;
      }
      forget(tabId, entry);
      if (await hooks.stillWarned(tabId, pageId)) await hooks.fallBack(tabId);
    } catch {
      forget(tabId, entry); // the tab is gone
    }
  };
  entry.timer = setTimeout(check, WATCH_MS);
}

function forget(tabId, entry) {
  if (watched.get(tabId) === entry) watched.delete(tabId);
}

/** The warning's page ran in `tabId` (its first request to the background): nothing to check. */
export function warningShown(tabId) {
  const entry = watched.get(tabId);
  if (!entry) return;
  entry.shown = true;
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = 0;
}

/** The person switched to `tabId`: a check that waited for it runs after the usual wait. */
export function tabShown(tabId) {
  const entry = watched.get(tabId);
  if (!entry?.hidden || entry.timer) return;
  const check = entry.hidden;
  entry.hidden = null;
  entry.timer = setTimeout(check, WATCH_MS);
}

/** The tab is closed: nothing to check. */
export function forgetWarning(tabId) {
  const entry = watched.get(tabId);
  if (entry?.timer) clearTimeout(entry.timer);
  watched.delete(tabId);
}

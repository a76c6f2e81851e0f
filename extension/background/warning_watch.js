// The background's last check that a warning it sent is on screen (docs/LOCK.md, "never drawn").
//
// Every in-page defence runs in the page's own renderer and documents. A page can keep all of
// them from drawing anything: by hanging its renderer once the warning's host appears (a busy
// loop, a synchronous request that never answers: nothing is painted, no content script runs
// again), or with response headers that keep the warning's frame from loading or running
// (`Cross-Origin-Embedder-Policy: require-corp` blocks the extension's frame in Chromium;
// `Content-Security-Policy: sandbox allow-same-origin` runs no script in it). The warning's own
// page (overlay.html) asks for the tab's verdict as its script starts; the background tells the
// top frame (`warningRuns`), whose host then counts as drawn until its frame loads again. WATCH_MS
// after `warn`, in a tab the person looks at, the top frame is asked (`warningDrawn`): no answer
// within ANSWER_MS at LIMIT checks in a row (a hung renderer), or "not drawn" at LIMIT checks
// while the warning's page never ran (a frame that cannot load or run), and the tab goes to the
// full-tab warning page, which the browser loads in the extension's own process.
const WATCH_MS = 4000;
const ANSWER_MS = 2500;
const LIMIT = 2; // checks in a row with no answer, or "not drawn" by a frame that never ran
const UNKNOWN_LIMIT = 3; // checks with no content script to ask before giving up (no fallback)
const watched = new Map(); // tabId -> { pageId, timer, ran, silent, misses, hidden }

/**
 * Arms the check for `tabId` after a `warn` (or "Show the warning again") was sent for the page
 * `pageId`. Hooks: `stillWarned(tabId, pageId)`, whether the tab still shows that warned page (not
 * dismissed, trusted, left or sent to the warning page meanwhile); `isVisible(tabId)`, whether
 * the person is looking at it (a tab in the background is checked once it is shown: it may load
 * late); `askDrawn(tabId)`, the top frame's answer (`{drawn}`, or undefined when no content script
 * is there); `fallBack(tabId)`, which sends it to the full-tab warning. `again`: the warning is
 * drawn anew ("Show the warning again"), so it is checked anew; `fresh`: told from a top-frame
 * read (a new top document: its warning's page has not run yet).
 */
export function expectWarning(tabId, pageId, hooks, { again = false, fresh = true } = {}) {
  const prev = watched.get(tabId);
  // The same page told again (a sub-frame's read): its warning is already watched.
  if (!again && prev?.pageId === pageId) return;
  if (prev?.timer) clearTimeout(prev.timer);
  // A sub-frame's read (`fresh` false) tells the warning the top frame shows already: whether
  // its page ran is known.
  const ran = !fresh && !again && Boolean(prev?.ran);
  const entry = { pageId, timer: 0, ran, silent: 0, misses: 0, unknown: 0, hidden: null };
  watched.set(tabId, entry);
  const current = () => watched.get(tabId) === entry;
  const later = () => {
    entry.timer = setTimeout(check, WATCH_MS);
  };
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
        // No content script to answer (the top frame between documents): not known.
        Promise.resolve(hooks.askDrawn(tabId)).then((a) => a ?? { unknown: true }, () => ({ unknown: true })),
        new Promise((ok) => setTimeout(() => ok(null), ANSWER_MS)),
      ]);
      if (!current()) return;
      // Drawn; or not yet, by a frame that did run (the page made it load again: the in-page
      // answers, re-attachment and their own fallback, deal with that).
      // (Kept, so that the same page told again by a sub-frame's read is not checked again.)
      if (answer?.drawn === true || (answer !== null && entry.ran)) return;
      if (answer?.unknown) {
        if (++entry.unknown < UNKNOWN_LIMIT) later();
        return;
      }
      if (answer === null) entry.silent++;
      else {
        entry.silent = 0;
        entry.misses++;
      }
      if (entry.silent < LIMIT && entry.misses < LIMIT) return void later();
      forget(tabId, entry);
      if (await hooks.stillWarned(tabId, pageId)) await hooks.fallBack(tabId);
    } catch {
      forget(tabId, entry); // the tab is gone
    }
  };
  later();
}

function forget(tabId, entry) {
  if (watched.get(tabId) === entry) watched.delete(tabId);
}

/** The warning's page ran in `tabId` (its first request to the background). Not proof that it
 *  is on screen: in Chromium the extension's frame runs in its own process while the page's
 *  renderer, which composes it, may be hung. */
export function warningRan(tabId) {
  const entry = watched.get(tabId);
  if (entry) entry.ran = true;
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

// Is the warning really seen? (docs/LOCK.md, "A layer the page paints over the warning that
// clicks go through".) The content script's cover check hit-tests the page (elementFromPoint),
// and a page layer with `pointer-events: none` is not hit: it can paint over the warning while
// every hit test (and every click: clickjacking) goes through to the warning beneath. Where the
// browser computes occlusion itself (Chromium's IntersectionObserver v2, `trackVisibility`:
// whatever is painted over the target, in this frame or the page around it, pointer-events or
// not), the warning's own frame watches its card:
//   - covered for COVERED_MS of the last WINDOW_MS in a tab the person looks at, and covered when
//     asked afresh: `onCovered()` (the tab goes to the full-tab warning, which no page can paint
//     over);
//   - the choices that put the warning away ("Show the page anyway", "I trust this site", "This
//     is not a scam") act only when the card has been seen, uncovered, for SEEN_MS: a click aimed
//     by the page through its own layer (a fake "Continue" painted over "Show the page anyway")
//     does not count; it sends the tab to the full-tab warning instead.
// Elsewhere (Firefox has no occlusion API) `confirm()` is always true: there the page's top-layer
// elements are hidden by the user style sheet the background puts in the page while the warning
// shows (background/top_layer.js). Runs only in the warning's frame (not on the full-tab page,
// which no page can cover), and only while the warning shows: no cost to ordinary pages.

const COVERED_MS = 1500; // covered this long (as overlay_host.js COVERED_LIMIT_MS)…
const WINDOW_MS = 3000; // …within the last 3 s
const CHECK_MS = 250; // looked at this often while anything covered in that window
const SEEN_MS = 400; // seen this long before a choice that removes the warning acts
const WAIT_MS = 2500; // a choice waits this long for the card to be seen

/** Watches `target`; `onCovered()` once when it stays covered. Returns `{ confirm }`:
 *  `confirm()` resolves true once the target has been seen for SEEN_MS (false if it is covered
 *  meanwhile or not seen within WAIT_MS). */
export function watchSeen(target, onCovered) {
  const supported = window !== window.top && typeof IntersectionObserverEntry === 'function'
    && 'isVisible' in IntersectionObserverEntry.prototype;
  if (!supported) return { supported, confirm: async () => true };
  let seenSince = 0; // since when the target is seen (0: covered, or not known yet)
  // The answers of the last WINDOW_MS, [time, seen], oldest first: a layer that blinks (covers,
  // lets the warning be seen a moment, covers again) is counted by the time it covers, not by
  // its longest unbroken stretch (review 23 H3).
  let log = [];
  let timer = 0;
  let asked = []; // resolvers of ask(), answered by the next entry
  const io = new IntersectionObserver((entries) => {
    const e = entries[entries.length - 1];
    const seen = e.isIntersecting && e.isVisible;
    if (seen && !seenSince) seenSince = performance.now();
    if (!seen) seenSince = 0;
    log.push([performance.now(), seen]);
    for (const answer of asked.splice(0)) answer(seen);
    if (!seen && !timer) timer = setTimeout(recheck, CHECK_MS);
  }, { trackVisibility: true, delay: 100 });
  io.observe(target);
  /** How long the target was covered in the last WINDOW_MS (the log trimmed to it). */
  function coveredMs(now) {
    while (log.length > 1 && log[1][0] <= now - WINDOW_MS) log.shift();
    let ms = 0;
    for (let i = 0; i < log.length; i++) {
      const from = Math.max(log[i][0], now - WINDOW_MS);
      const to = i + 1 < log.length ? log[i + 1][0] : now;
      if (!log[i][1]) ms += Math.max(0, to - from);
    }
    return ms;
  }
  /** The target's state now: observed again, whose first entry is computed afresh (an answer
   *  computed while the page's full screen covered the frame was seen to stay the last one after
   *  the warning was raised again over it). null: no answer within a second. */
  const ask = () => new Promise((resolve) => {
    asked.push(resolve);
    io.unobserve(target);
    io.observe(target);
    setTimeout(() => resolve(null), 1000);
  });
  // Covered COVERED_MS of the last WINDOW_MS, and covered when asked afresh, in a tab the person
  // looks at: `onCovered()`. (Time in a hidden tab is not counted.)
  async function recheck() {
    timer = 0;
    const now = performance.now();
    if (document.visibilityState !== 'visible') {
      log = [[now, seenSince > 0]];
    } else if (coveredMs(now) >= COVERED_MS) {
      const seen = await ask();
      if (seen === false) {
        onCovered();
        return;
      }
      log = [[performance.now(), seen === true]];
    }
    // Looked at again while anything covered in the window.
    if (log.some(([, seen]) => !seen) && !timer) timer = setTimeout(recheck, CHECK_MS);
  }
  /** True once the target has been seen for SEEN_MS (asked afresh); false when it is covered, or
   *  not seen within WAIT_MS. */
  async function confirm() {
    const start = performance.now();
    for (;;) {
      const seen = await ask();
      if (seen === false) return false;
      const now = performance.now();
      if (seen && seenSince && now - seenSince >= SEEN_MS) return true;
      if (now - start >= WAIT_MS) return false;
      await new Promise((ok) => setTimeout(ok, seen ? SEEN_MS - (now - seenSince) + 5 : 100));
    }
  }
  return { supported, confirm };
}

// The hostile suite (issue 10), run by tests/e2e/hostile-{chromium,firefox}-{1,2}.test.mjs: one
// browser and one part per file (the page list, or the tests after it: SPLIT), so that each file
// stays well inside tests/e2e.sh's per-file time limit.
//
// Hostile pages: scam pages written to get rid of HangUp's warning, one technique per
// page (tests/e2e/hostile/*.html, project-written text, fictional 555 numbers). For each, in real
// Chromium and Firefox, what is asserted is what a person sees: SCREENSHOTS of the viewport,
// sampled on a grid, show the warning's colours over most of the screen (tests/lib/pixels.mjs),
// the first time and again over the next seconds while the page keeps attacking, and the lock is
// undone (no full screen, no page dialog or popover in the top layer, no held view transition, the
// root not zoomed). The warning may be the in-page overlay or, where the page would not let it
// hold, the full-tab warning page (pages/blocked.html) the tab was sent to: both are asserted the
// same way, by pixels. The tab's title and icon are HangUp's while the warning shows.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor, BROWSERS } from './browsers.mjs';
import { fixtureUrl } from './fixtures.mjs';
import { withBrowser } from './session.mjs';
import { sleep, press } from './driver.mjs';
import { PNG } from 'pngjs';
import { warningShare, warningOnScreen, primaryButton } from './pixels.mjs';
import { readClipboard, writeClipboard } from './clipboard.mjs';
import { inExtension as inExtensionPage, showPageAnyway } from './extension_page.mjs';


/** The tab's icon as the browser shows it: 'page' (title-fight.html's plain red square),
 *  'hangup' (a PNG without that red) or 'other'. Browsers may re-encode icons, so by pixels. */
function iconOf(url) {
  const m = /^data:image\/png;base64,(.+)$/.exec(url ?? '');
  if (!m) return 'other';
  const png = PNG.sync.read(Buffer.from(m[1], 'base64'));
  let opaque = 0;
  let red = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3] < 128) continue;
    opaque++;
    if (png.data[i] > 180 && png.data[i + 1] < 60 && png.data[i + 2] < 60) red++;
  }
  if (!opaque) return 'other';
  return red / opaque > 0.8 ? 'page' : red / opaque < 0.2 ? 'hangup' : 'other';
}

/** Runs in the page (if the tab is still on it): the lock and the page's top-layer tricks undone. */
function lockUndone() {
  const host = document.querySelector('hangup-warning');
  const topLayer = [...document.querySelectorAll(':popover-open, dialog[open]')].filter((el) => el !== host);
  return {
    present: !!host,
    fullscreen: !!document.fullscreenElement,
    topLayer: topLayer.map((el) => el.id || el.localName),
    viewTransition: !!document.activeViewTransition,
    rootZoom: getComputedStyle(document.documentElement).zoom ?? '1',
    rounds: window.rounds ?? window.started ?? null,
    opened: window.openedOver ?? 0, // windows the page opened itself (history-open-trap.html)
  };
}

/** HANGUP_HOSTILE=a.html,b.html runs only those pages (while working on one technique). */
const only = ({ file }) => !process.env.HANGUP_HOSTILE || process.env.HANGUP_HOSTILE.split(',').includes(file);

// Each page, and what it must show besides the warning on screen.
export const PAGES = [
  { file: 'raf-hide.html', does: 'hides the host in every animation frame and covers it' },
  { file: 'declarative.html', does: 'opens popovertarget / commandfor show-modal elements' },
  { file: 'zoom.html', does: 'zooms the root to 1 % (body zoomed back)' },
  { file: 'root-scale.html', does: 'scales, clips, masks, filters the root' },
  { file: 'view-transition.html', does: 'holds a view transition over the warning' },
  { file: 'root-innerhtml.html', does: 'replaces the root in a loop (innerHTML)' },
  { file: 'root-pristine.html', does: 'removes the host through a fresh frame\'s unhooked methods' },
  { file: 'sandbox.html', does: 'is served with CSP sandbox allow-scripts' },
  { file: 'document-write.html', does: 'replaces the document with document.open()/write()' },
  { file: 'css-attack.html', does: 'all:unset, rules on the host, ::backdrop, display:contents, inert root, cover floods' },
  { file: 'host-move.html', does: 'moves the host into its own hidden elements' },
  { file: 'blob-navigate.html', does: 'navigates the tab to a blob: URL that holds the scam' },
  { file: 'reload-loop.html', does: 'reloads itself every 1.5 s once warned' },
  { file: 'hop-loop.html', does: 'moves to a new address on its site every 1.5 s once warned' },
  { file: 'stop-loop.html', does: 'calls window.stop() in every animation frame and every 5 ms' },
  { file: 'stop-captured.html', does: 'calls a window.stop() taken before the verdict, in every animation frame and every 5 ms' },
  { file: 'frame-split.html', does: 'splits the scam across origins: claims in another site\'s frame, the number in the top page' },
  { file: 'srcdoc-cover.html', does: 'shows the scam only in a full-viewport srcdoc frame, rebuilt every 2 s' },
  { file: 'host-pseudo.html', does: 'generates full-viewport ::before/::after boxes on the warning\'s host (:popover-open, [popover] rules)' },
  // Techniques probed in the eighth session that held from the start (regression guards).
  { file: 'root-replacechild.html', does: 'replaces the root with replaceChild, replaceWith and replaceChildren (its own and a fresh frame\'s)' },
  { file: 'shadow-modal.html', does: 'opens a modal dialog and a popover inside a closed shadow root in every frame' },
  { file: 'focus-modal.html', does: 'reopens a modal dialog and full screen on focus, blur, pointer, key and visibility events' },
  { file: 'root-style-loop.html', does: 'puts display:none, content-visibility, visibility:collapse, inert and hidden on <html> and <body> in every frame, with @layer/@scope rules' },
  { file: 'adopt-node.html', does: 'adopts the host into other documents with unhooked adoptNode/importNode' },
  { file: 'design-delete.html', does: 'turns designMode on and deletes everything with execCommand' },
  // Eleventh session.
  { file: 'busy-loop.html', does: 'keeps the main thread busy (300 ms tasks, 10 ms breaks) from the start' },
  { file: 'site-hop.html', does: 'moves to the same scam on another site (a new domain) every 1.5 s once warned' },
  { file: 'name-squat.html', does: 'registers the warning\'s element name as its own custom element, which hides and removes itself' },
  // Twelfth session (shield): combinations the pages above do not cover.
  { file: 'vt-freeze.html', does: 'shows the scam only as a view transition\'s old picture, the document back to an ordinary notice' },
  { file: 'shadow-declarative.html', does: 'opens a modal dialog and a popover declaratively (commandfor, popovertarget) from buttons inside a closed shadow root' },
  // Thirteenth session (review): a transition started with no callback, the scam written after the start.
  { file: 'vt-late.html', does: 'starts a view transition with no update callback and writes the scam after the start, held as the old picture' },
  // Fourteenth session (shield).
  { file: 'hash-reset.html', after: 5000, does: 'once warned changes its address by a fragment and adds harmless frames, then removes the host with unhooked methods' },
  { file: 'gate-fullscreen-zoom.html', click: '#go', does: 'shows the scam only in full screen after a click on a gate (a :fullscreen rule), the root zoomed to 1 %' },
  // Seventeenth session (shield): the warning must stay usable, not only on screen: each ends
  // with a person's click on "Leave this page" where it is painted, or Enter.
  { file: 'frame-alert.html', leave: 'click', noDialogs: true, does: 'calls alert() with its number every 700 ms from a fresh frame reached through frames[i]' },
  { file: 'focus-steal.html', ends: 'page', leave: 'key', does: 'takes the focus from the warning (blur on the host, focus outside the inert body) every 10 ms and on every focus event' },
  // Eighteenth session (shield): the same from frames of another site, which no MAIN-world hook reaches.
  { file: 'frame-xo.html', ends: 'page', leave: 'click', noDialogs: true, does: 'inserts or navigates a frame of another site that calls alert() as it loads, every 250 ms, by eleven routes (insertion, markup, a captured appendChild, src, location, self-navigation, object, embed)' },
  // Nineteenth session (shield): the same where the document's observer does not look.
  { file: 'frame-shadow.html', ends: 'page', leave: 'click', noDialogs: true, does: 'inserts or navigates such a frame every 150 ms inside open, closed and declarative shadow roots (made before the verdict, attached after it, nested, from setHTMLUnsafe, with a captured attachShadow) and in a same-origin frame\'s document' },
  { file: 'frameset-nav.html', ends: 'page', leave: 'click', noDialogs: true, does: 'is a <frameset> whose <frame>s, made before the verdict, are navigated every 200 ms to a page of another site that calls alert() (location, src, self-navigation)' },
  // Twentieth session (shield): frames no guard of the top document sees, and DOM methods taken before the hooks are armed.
  { file: 'frame-xo-nested.html', ends: 'page', leave: 'click', noDialogs: true, does: 'has a frame of another site, made before the verdict, that inserts or navigates frames of a third site calling alert() as they load into its own document every 250 ms (insertion, markup, a captured appendChild, src, a closed shadow root, object), and srcdoc, data: and blob: frames that call it themselves' },
  { file: 'shadow-pristine.html', ends: 'page', leave: 'click', noDialogs: true, does: 'attaches a closed shadow root with a fresh frame\'s attachShadow taken at load (no hook sees it) to an element in the page every 250 ms and puts a frame of another site calling alert() in it' },
  { file: 'walk-flood.html', ends: 'page', leave: 'click', noDialogs: true, does: 'uses up the guard\'s walk bounds before the verdict (1 100 empty closed shadow roots) and, once warned, makes a frame of another site in a later closed root navigate itself to a page calling alert() every 250 ms' },
  { file: 'captured-natives.html', leave: 'click', does: 'hides, restyles, removes and moves the host and opens its own popover and modal dialog in every animation frame with DOM methods taken at load, before the hooks were armed' },
  // Twenty-first session (shield): frames that load nothing from the network, in shadow roots no hook told of.
  { file: 'shadow-local-frames.html', ends: 'page', leave: 'click', noDialogs: true, does: 'puts srcdoc, javascript:, data:, blob: and about:blank frames that call alert() into closed shadow roots attached with a captured attachShadow every 250 ms (no hook sees them, no header rule reaches them)' },
  // Twenty-first session (shield): the scam drawn where the snapshot does not read.
  { file: 'svg-use.html', does: 'draws the whole scam with SVG <use> clones of text kept in <defs> (the document\'s only rendered text is an ordinary line)' },
  // Twenty-first session (review): the marker and the header rule, attacked.
  { file: 'mark-squat.html', does: 'names an empty frame like the marker the warning leaves for the tab\'s frames (so that they would take the warning as shown and stop reading) and shows the whole scam in a full-viewport frame of another site' },
  { file: 'rule-keep.html', ends: 'page', leave: 'click', noDialogs: true, does: 'is walk-flood.html, and once warned navigates its top frame to a 204 every 2 s (no new document: the page and its warning stay) and renames the warning\'s marker frame every 4 ms' },
  // Twenty-second session (lead, from the outside red team): headers that keep the warning's frame
  // from loading or running its script; the background's check sends the tab to the full-tab
  // warning (warning_watch.js) where the in-page warning cannot draw itself.
  { file: 'coep.html', does: 'is served with Cross-Origin-Embedder-Policy: require-corp (and COOP same-origin), which blocks the extension\'s warning frame in Chromium' },
  { file: 'csp-sandbox-origin.html', does: 'is served with Content-Security-Policy: sandbox allow-same-origin (its origin kept, no scripts), a sandbox the warning frame inherits' },
  { file: 'validity-bubble.html', noBubbles: true, does: 'shows its scam and number only in a form field\'s custom validity message, in the browser\'s validation bubble (reportValidity() every 300 ms, the field outside <body>), over an ordinary sign-in form' },
  // Twenty-second session (shield): dialogs of a script-less frame (hostile22's 36-pristine-alert-loop).
  { file: 'dialog-scriptless.html', ends: 'page', leave: 'click', noDialogs: true, does: 'calls alert/confirm/prompt taken at load from a same-origin frame sandboxed allow-same-origin allow-modals (no scripts: no HangUp script in it) on that frame\'s window every 250 ms once warned' },
  // Twenty-third session (frames23; review 22 H4 and two variants).
  { file: 'dialog-scriptless-hidden.html', ends: 'page', leave: 'click', noDialogs: true, does: 'calls alert/confirm/prompt taken at load from two script-less allow-modals frames the check at the verdict misses (one in a closed root past the walk\'s bounds, reached with pristine methods; one whose sandbox attribute was changed after it loaded) every 250 ms once warned' },
  { file: 'dialog-scriptless-nested.html', ends: 'page', leave: 'click', noDialogs: true, does: 'calls alert/confirm/prompt taken before the verdict (window.open(\'\', name)) from a script-less allow-modals frame of its own site inside a frame of another site, in a closed root past that frame\'s walk bounds, every 250 ms once warned' },
  { file: 'dialog-scriptless-nested-late.html', ends: 'page', leave: 'click', noDialogs: true, does: 'does what dialog-scriptless-nested.html does, the script-less frame\'s body coming 2.5 s after its headers: its document starts (and its content scripts run) only after the warning went up' },
  { file: 'dialog-scriptless-nested-blank-nav.html', ends: 'page', leave: 'click', noDialogs: true, does: 'does what dialog-scriptless-nested.html does, and once warned sends that frame to about:blank or a blob: of its own every second (four routes) and calls the new document\'s dialogs (review 23 H7)' },
  { file: 'dialog-scriptless-late.html', ends: 'page', leave: 'click', noDialogs: true, does: 'appends, once warned, a new script-less allow-modals frame into a closed root every 250 ms with pristine methods and calls its alert() in the same task' },
  { file: 'navapi-flood.html', noFlood: true, does: 'pushes a history entry through the Navigation API (navigate with history: push, intercepted) every 50 ms once warned' },
  // Twenty-second session (shield): every other route to a validation bubble (review 21 M1, L1).
  { file: 'validity-request-submit.html', noBubbles: true, does: 'shows its scam only in a validation bubble raised by form.requestSubmit() every 300 ms' },
  { file: 'validity-submit-click.html', noBubbles: true, does: 'shows its scam only in a validation bubble raised by its submit button\'s click() every 300 ms' },
  { file: 'validity-dispatch-click.html', noBubbles: true, does: 'shows its scam only in a validation bubble raised by a synthetic click dispatched inside its submit button, and a label\'s click(), every 300 ms' },
  { file: 'validity-button.html', noBubbles: true, does: 'shows its scam only in a submit button\'s own validity message, by button.reportValidity() every 300 ms' },
  { file: 'validity-internals.html', noBubbles: true, does: 'shows its scam only in a form-associated custom element\'s validity message (ElementInternals.setValidity), by internals.reportValidity() every 300 ms' },
  { file: 'validity-shadow.html', noBubbles: true, does: 'shows its scam only in the validity message of a field in a closed shadow root, by reportValidity() every 300 ms' },
  { file: 'validity-pattern.html', noBubbles: true, does: 'shows its scam only in a field\'s title, which the validation bubble of a pattern mismatch shows (reportValidity() every 300 ms, no custom message)' },
  { file: 'validity-declarative.html', noBubbles: true, does: 'shows its scam only in the validity message of a field in a declarative shadow root (no attachShadow call), by its submit button\'s click() and reportValidity() every 300 ms' },
  { file: 'validity-pristine.html', noBubbles: true, does: 'shows its scam only in a validation bubble raised by a reportValidity() taken from a fresh frame through frames[0], every 300 ms' },
  // Twenty-third session (toplayer23, from hostile22's 15, 32 and 14): top-layer elements hit
  // testing goes through (`pointer-events: none`), so the cover check found the warning beneath.
  { file: 'passthrough-popover.html', runs: true, ends: 'page', leave: 'click', does: 'once warned shows a full-viewport popover with pointer-events:none in a closed shadow root attached with an attachShadow from a script-less frame, raised every 300 ms with that frame\'s showPopover/hidePopover' },
  { file: 'transition-popover.html', runs: true, ends: 'page', leave: 'click', does: 'shows passthrough-popover.html\'s layer from load (transparent until warned) with a million-second display/overlay transition, which a transition holds above every !important rule, and fades it out 250 ms of every second (review 23 H3)' },
  { file: 'fullscreen-overlay.html', poke: true, ends: 'page', does: 'on each click (a click on the warning too) puts a pointer-events:none element in full screen with a requestFullscreen from a script-less frame; an overlay transition of a million seconds keeps it in the top layer once full screen is left' },
  // Twenty-fourth session (frames24, review 23 H6): the browser's own lists, opened on the
  // activation a click on the warning gives the page, with methods of a script-less frame's realm.
  { file: 'select-classic.html', poke: true, picker: true, ends: 'page', does: 'on each click (a click on the warning too) opens a classic select\'s own list (the browser\'s widget, above the warning) full of its scam, with a showPicker() taken from a script-less frame' },
  { file: 'datalist-picker.html', poke: true, picker: true, ends: 'page', does: 'on each click (a click on the warning too) opens the suggestions of an input\'s datalist full of its scam, with a showPicker() taken from a script-less frame' },
  { file: 'select-shadow.html', poke: true, picker: true, ends: 'page', does: 'on each click (a click on the warning too) opens a classic select\'s list, then an input\'s datalist suggestions, full of its scam, both in closed shadow roots whose own sheet says display:block!important, with showPicker() taken from a script-less frame (review 24 H8)' },
  // (`fast`: opened with ?fast, where it races HangUp's activation consumer as fast as it can:
  // HS43-M1. In Firefox it wins that race and opens a datalist's suggestions, which overlay_host.js
  // `unpick` closes at the touch: forty-fifth session, ffrace45.)
  { file: 'select-shadow-deep.html', fast: true, poke: true, picker: true, ends: 'page', does: 'on each click (a click on the warning too) makes a new classic select, then an input with a datalist, full of its scam, in a closed shadow root past the 1 024 trees the guard observes (after 1 100 empty ones), whose own sheet says display:block!important, and opens its list in the same task with showPicker() taken from a script-less frame; on the third click the same in the closed root of its own hangup-warning element (review 25 H3)' },
  { file: 'select-picker.html', poke: true, ends: 'page', does: 'on each click (a click on the warning too) opens the ::picker(select) of a customizable select, a full-viewport scam with pointer-events:none, last in the root' },
  // Twenty-fifth session (lead): a document that never finishes parsing fires no DOMContentLoaded.
  // (No lock behaviour: warned when its hold outlasts HELD_PARSE_MAX_MS, 20 s from the content
  // script's start, content.js; docs/LOCK.md "Documents that never finish parsing".)
  { file: 'held/held-response.html?ms=60000', ends: 'page', wait: 30000, does: 'is sent whole, then its response is held open for 60 s with a space a second (the parser never finishes: no DOMContentLoaded), as a multipart/x-mixed-replace response is in Firefox' },
  // Lock behaviour lifts the hold at once (review 26 M1: only behaviour that holds a person does).
  // `within`: the warning's host came within this many ms of the navigation (the page's `warnedAt`;
  // the tab's navigation itself waits 20 s for a DOMContentLoaded that never comes).
  { file: 'held/held-response-lock.html?ms=60000', ends: 'page', within: 10000, does: 'is held-response.html, and pushes five history entries and asks beforeunload as it loads: warned within 10 s (held, it would be at 20 s)' },
  // Twenty-eighth session (review 28 MAIN-H1): the parse's events stopped before the content
  // script's listeners would hear them (Firefox read nothing until a pointer move: not warned in 60 s).
  // Thirty-second session: the browser's own beforeunload right before DOMContentLoaded (a 204
  // navigation) does not hold a page that stays (content.js keeps the hold a moment only).
  // In Chromium the 204 aborts the parse: no DOMContentLoaded, no load (review 32 MAIN-H1, read
  // at the stall check since; stop-at-end.html aborts it with window.stop()).
  { file: 'dcl-after-204.html', within: 10000, does: 'starts a navigation to a 204 (no document) just before its parse ends, so the browser\'s beforeunload comes right before its DOMContentLoaded: a static scam otherwise, with no lock behaviour' },
  { file: 'stop-at-end.html', within: 10000, does: 'calls window.stop() in its last script: its parse is aborted, which in Chromium fires neither DOMContentLoaded nor load; a static scam otherwise, with no lock behaviour' },
  { file: 'dcl-swallow.html', within: 10000, does: 'stops DOMContentLoaded, load, readystatechange and pageshow in its own window capture listeners: a static scam otherwise, with no lock behaviour' },
  // Forty-third session (hostile43): routes the pages above do not take.
  { file: 'observer-raf-remove.html', runs: true, does: 'removes the host in the microtask after its insertion (a MutationObserver on the whole document) and again in every animation frame with a fresh frame\'s unhooked methods, under its own full-viewport cover' },
  { file: 'observer-attr.html', runs: true, does: 'hides the host again (hidden, inert, display:none with a setAttribute taken at load) in a MutationObserver on the whole document, in answer to each of the guard\'s repairs, and in every animation frame' },
  { file: 'movebefore-jail.html', runs: true, does: 'moves the host with moveBefore (its own and a fresh frame\'s; insertBefore where there is none) into a display:none box, a clipped 1 px box, a closed shadow root and under its own cover, in every animation frame and every 20 ms' },
  { file: 'toplayer-flip.html', runs: true, does: 'closes and reopens a full-viewport modal dialog (closedby=none) and auto, manual and hint popovers in every animation frame (its own and a fresh frame\'s methods) so that each is the newest in the top layer, its cancel and toggle events cancelled' },
  { file: 'history-open-trap.html', runs: true, noFlood: 'history', leave: 'click', does: 'pushes 120 history entries at load and 40 on each popstate, and once warned pushes more and opens itself in new windows every 250 ms (its own pushState and open and a fresh frame\'s)' },
];


/** The list's pages run in part 1, the tests after the list in part 2. Until the forty-fourth
 *  session the split was at page 40: part 1 took 133-152 s, part 2 735-751 s in the CI of
 *  99bc41d (the held pages' own holds of 20 s and more, all in part 2), near tests/e2e.sh's 15 min
 *  limit per file; now some 6-7 min each by that CI's per-test durations (not yet timed whole). */
const SPLIT = PAGES.length;

/** The suite for one browser (a name of BROWSERS; nothing runs if it is not among them) and one
 *  part (1 or 2). */
export function hostileSuite(name, part) {
  if (!BROWSERS.includes(name)) return;
  const pages = part === 1 ? PAGES.slice(0, SPLIT) : PAGES.slice(SPLIT);
  describe(`hostile pages in ${name}, part ${part}`, () => {
    let browser;
    withBrowser(name, (env) => {
      browser = env.browser;
    });

    const settled = new WeakSet();
    /** The pixel share of the warning in a fresh screenshot. */
    async function share(tab) {
      // Headless Chromium sometimes keeps capturing the first frame of a page the tab navigated
      // to while screenshots were being taken (the full-tab warning); bringing it to the front
      // (once: a second without screenshots, the tab to the front, a 1 px resize) makes it capture
      // the current one. The page itself is rendered (its text is there, frames run).
      if (browser.name === 'chromium' && (await where(tab)) === 'blocked' && !settled.has(tab)) {
        settled.add(tab);
        await sleep(1000);
        await tab.page.bringToFront();
        const vp = tab.page.viewportSize();
        await tab.page.setViewportSize({ ...vp, height: vp.height + 1 });
        await tab.page.setViewportSize(vp);
      }
      return warningShare(await shot(tab));
    }

    /** A screenshot; Firefox's fails while the tab moves to another document ("Unable to
     *  capture screenshot"): taken again a moment later. */
    async function shot(tab, tries = 3) {
      try {
        return await tab.screenshot();
      } catch (err) {
        if (tries <= 1) throw err;
        await sleep(300);
        return shot(tab, tries - 1);
      }
    }

    /** Where the tab is: the page itself, or the full-tab warning page. */
    async function where(tab) {
      const url = await tab.url();
      return url.startsWith(`${browser.extBase}pages/blocked.html`) ? 'blocked' : url.startsWith(browser.extBase) ? url : 'page';
    }

    /** Runs `fn(arg)` in an extension page (the tabs API), as the extension sees the browser. */
    const inExtension = (fn, arg) => inExtensionPage(browser, fn, arg);

    /** The tab as the browser shows it (title, icon). */
    function tabInfo(urlPrefix) {
      return inExtension(async (prefix) => {
        const t = (await hangupProtocol.api.tabs.query({})).find((x) => String(x.url).startsWith(prefix));
        return t ? { id: t.id, title: t.title, icon: t.favIconUrl ?? '' } : null;
      }, urlPrefix);
    }

    /** The warning is on screen now and stays there for the next samples; returns where it is.
     *  If the tab moved to the full-tab warning page meanwhile (a navigation shows a blank frame
     *  or two), the samples are taken again there. */
    async function holds(tab, label, retry = true, wait = 20000) {
      let last;
      let seenAt; // where the tab was when the screenshot that shows the warning was taken
      const first = await waitFor(async () => {
        const place = await where(tab);
        last = await share(tab);
        if (!warningOnScreen(last)) return null;
        seenAt = place;
        return last;
      }, wait, 150);
      assert.ok(first, `${label}: the warning never covered the screen (${JSON.stringify(last)}; tab at ${await where(tab)})`);
      const at = await where(tab);
      // The page's fight sent the tab to the full-tab warning since that screenshot, whose first
      // frames show its static headline card while its view loads, not yet the warning these
      // samples ask for (hostile-chromium-1's root-pristine.html failed so once, "sample 0/4: … tab
      // at blocked", in 2.3 s: no settling had been done): the warning is looked for again there,
      // from the start. (Only that move: any other is for the checks below to judge.)
      if (retry && seenAt === 'page' && at === 'blocked') return holds(tab, label, false, wait);
      // Chromium: the frames the compositor produced over a second (a page that hides the
      // warning in an animation frame and shows it again later shows up here); Firefox: four
      // screenshots over 1.2 s.
      const shots = [];
      if (tab.frames) shots.push(...(await tab.frames(1000)));
      else {
        for (let i = 0; i < 4; i++) {
          await sleep(300);
          shots.push(await shot(tab));
        }
      }
      assert.ok(shots.length > 0, `${label}: no frames captured`);
      if (retry && at === 'page' && (await where(tab)) === 'blocked') return holds(tab, label, false);
      // A page that loads again once warned (reload-loop.html, hop-loop.html) shows itself for the moment the
      // background takes to judge the new load and send the tab to the full-tab warning.
      if (retry && at === 'page' && !shots.every((s) => warningOnScreen(warningShare(s)))
        && (await waitFor(async () => (await where(tab)) === 'blocked' || null, 5000))) {
        return holds(tab, label, false);
      }
      for (const [i, shot] of shots.entries()) {
        const s = warningShare(shot);
        assert.ok(warningOnScreen(s), `${label}: the warning did not stay on screen (sample ${i}/${shots.length}: ${JSON.stringify(s)}; tab at ${await where(tab)})`);
      }
      return where(tab);
    }

    /** A person uses the warning while the page keeps fighting: a click where "Leave this page"
     *  is painted (hit-tested, so it lands on whatever is on top there), or Enter on the focused
     *  button. Either must take the tab to pages/left.html. */
    async function leaves(tab, file, how, again = true) {
      const from = await where(tab);
      if (how === 'click') {
        const b = primaryButton(await shot(tab));
        assert.ok(b, `${file}: no "Leave this page" button painted`);
        await tab.clickAt(b.x, b.y);
      } else {
        await press(browser, tab, 'Enter');
      }
      // (A navigation the browser held is replaced by a new tab on left.html: Firefox's driver
      // follows it, in Chromium the old page is closed.)
      const at = `${browser.extBase}pages/left.html`;
      const left = await waitFor(async () => {
        if (tab.page?.isClosed()) return browser.context.pages().some((p) => p.url().startsWith(at)) || null;
        return (await tab.url()).startsWith(at) || null;
      }, 8000, 200);
      // The page sent its warning to the full-tab warning page while the click or key was on its
      // way (the guard's fallback, or the warning seeing itself covered): the click landed on a
      // page being replaced. The person now sees the full-tab warning and uses it once more.
      // (A "Leave" that went through and was then overridden by the page's request is the
      // background's bug, tests/unit/background_policy.test.mjs; here only a page-to-warning move
      // seen around the click is retried, once.)
      if (!left && again && from === 'page' && (await where(tab)) === 'blocked') return leaves(tab, file, how, false);
      assert.ok(left, `${file}: "Leave this page" (${how}) did not work (tab at ${await where(tab)}${again ? '' : ', clicked again on the full-tab warning'})`);
    }

    /** Firefox: runs `script` in the browser window's own (chrome) context, where the browser's
     *  popups, dialogs and tabs are, and comes back to the page's context. */
    async function inChrome(script) {
      const d = browser.driver;
      await d.setContext('chrome');
      try {
        return await d.executeScript(script);
      } finally {
        await d.setContext('content');
      }
    }

    /** How many page dialogs (alert, confirm, prompt) opened over `ms` from now, the tab's frames
     *  included. Chromium: the driver's dialog events (dismissed); Firefox: a dialog open when the
     *  test looks, every 150 ms (each blocks its page until cancelled, so none is missed). */
    async function dialogsDuring(tab, ms) {
      let n = 0;
      if (browser.name === 'chromium') {
        const seen = (d) => {
          n++;
          d.dismiss().catch(() => {});
        };
        tab.page.on('dialog', seen);
        await sleep(ms);
        tab.page.off('dialog', seen);
        return n;
      }
      // Firefox: the browser window's own event for every tab-modal dialog its content opens
      // (WebDriver's alert commands do not see a dialog of a frame of another site, which blocks
      // the page all the same), counted on the browser's side.
      await tab.url(); // the driver on this tab
      await inChrome(`
        window.hangupDialogs = 0;
        if (!window.hangupCounting) {
          window.hangupCounting = true;
          window.addEventListener('DOMWillOpenModalDialog', () => window.hangupDialogs++, true);
        }`);
      await sleep(ms);
      n = (await inChrome('return window.hangupDialogs;')) ?? 0;
      return n;
    }

    /** How many samples over `ms` from now show a browser validation bubble (page text the browser
     *  draws over the page). Chromium: the compositor's frames, by the bubble's own fill colour
     *  (a light grey-blue, none of the warning's); Firefox: the browser window's validation popup
     *  (`#invalid-form-popup`, chrome context) open or opening every 150 ms, and each time it opens. */
    async function bubblesDuring(tab, ms) {
      if (browser.name === 'chromium') {
        let n = 0;
        for (const frame of await tab.frames(ms, 40)) {
          const png = PNG.sync.read(frame);
          let fill = 0;
          for (let i = 0; i < png.data.length; i += 4) {
            if (Math.abs(png.data[i] - 218) <= 6 && Math.abs(png.data[i + 1] - 226) <= 6 && Math.abs(png.data[i + 2] - 239) <= 6) fill++;
          }
          if (fill > 5000) n++;
        }
        return n;
      }
      await tab.url(); // the driver on this tab
      await inChrome(`
        window.hangupBubbles = 0;
        if (!window.hangupBubbling) {
          window.hangupBubbling = true;
          window.addEventListener('popupshowing', (e) => { if (e.target.id === 'invalid-form-popup') window.hangupBubbles++; }, true);
        }`);
      let n = 0;
      for (const end = Date.now() + ms; Date.now() < end;) {
        const state = await inChrome('return document.getElementById("invalid-form-popup")?.state ?? "closed";');
        if (state === 'open' || state === 'showing') n++;
        await sleep(150);
      }
      return n + ((await inChrome('return window.hangupBubbles;')) ?? 0);
    }

    /** The browser's own list of a select or a datalist, open over the page (review 23 H6): a
     *  widget of the browser, not in any screenshot of the page. Chromium: a classic select that
     *  matches `:open` (a customizable one's list is in the page: pixels), or an input with a list
     *  that is rendered (Chromium draws a datalist's suggestions only for a rendered input; checked
     *  headful, docs/LOCK.md); Firefox: the browser window's select dropdown or autocomplete
     *  popup open or opening (chrome context). Returns what is open, or null. */
    async function nativePicker(tab) {
      if (browser.name === 'chromium') {
        return tab.eval(() => {
          const open = (el) => {
            try {
              return el.matches(':open');
            } catch {
              return false;
            }
          };
          const sel = [...document.querySelectorAll('select')].some((s) => open(s) && getComputedStyle(s).appearance !== 'base-select');
          const list = [...document.querySelectorAll('input[list]')].some((i) => i.checkVisibility());
          // (What the page holds in a closed root, out of this script's reach: select-shadow.html says.)
          const own = typeof window.pickerOpen === 'function' ? window.pickerOpen() : null;
          return sel ? 'select list' : list ? 'input with a list rendered' : own;
        });
      }
      await tab.url(); // the driver on this tab
      return inChrome(`
        const state = (p) => p?.state === 'open' || p?.state === 'showing';
        const select = document.getElementById('ContentSelectDropdown');
        if (state(select?.menupopup ?? select)) return 'select dropdown';
        return state(document.getElementById('PopupAutoComplete')) ? 'autocomplete popup' : null;`);
    }

    /** The person's address bar (an address) or Back button ('back') in `tab`: returns once the
     *  navigation is under way, without waiting for a page that stalls. */
    async function personGoes(tab, how) {
      if (tab.page) {
        if (how === 'back') await tab.page.goBack({ waitUntil: 'commit', timeout: 20000 }).catch(() => {});
        else await tab.page.goto(how, { waitUntil: 'commit', timeout: 20000 }).catch(() => {});
        return;
      }
      if (how === 'back') return tab.back();
      const { pageLoad } = await browser.driver.manage().getTimeouts();
      await browser.driver.manage().setTimeouts({ pageLoad: 1500 });
      await tab.goto(how);
      await browser.driver.manage().setTimeouts({ pageLoad });
    }

    /** The page's own count of its tries (`rounds`), read without acting as the person (`peek`:
     *  Playwright's `evaluate` would give the page an activation of the test's own); 0 when
     *  unreadable. */
    const rounds = async (tab) => (await tab.peek(() => window.rounds).catch(() => 0)) ?? 0;

    /** Chromium, and a `fast` page in Firefox: after the first click on the warning, until the page says it tried (`rounds`
     *  above 0), clicking again as a person would once an activation has lapsed (5 s), for up to
     *  30 s, instead of looking once after three clicks 600 ms apart. HS43-M1: select-shadow-deep.html
     *  had not tried when the CI of 99bc41d looked (rounds 0 in 3.9 s, under load); its 30 ms
     *  timer also lost every race with HangUp's consumer of the activation on a loaded machine,
     *  so it now polls as fast as it can (the page's own comment). */
    async function firstTry(tab) {
      const end = Date.now() + 30000;
      for (let clicked = Date.now(); Date.now() < end; await sleep(100)) {
        if ((await rounds(tab)) > 0) return;
        if (Date.now() - clicked > 5500) {
          await tab.clickAt(6, 6);
          clicked = Date.now();
        }
      }
    }

    for (const { file, does, click, after, ends, leave, noDialogs, noBubbles, noFlood, poke, runs, picker, wait, within, fast, only: one } of pages.filter(only)) {
      test(`${file}: the page ${does}; the warning stays on screen`, { skip: one && one !== name && `${one} only` }, async (t) => {
        // A page that may never fire DOMContentLoaded (`within`) is opened as a person types its
        // address: browser.open would wait 20 s for that event first (forty-fourth session: 22 s
        // per page at most 10 s from its warning); holds() then waits for the warning itself.
        const url = fixtureUrl(`hostile/${file}${fast ? '?fast' : ''}`, 'pc-alert-hostile.azurewebsites.net');
        const tab = within ? await browser.open() : await browser.open(url);
        if (within) await personGoes(tab, url);
        try {
          // A gate: the person's click shows the scam (cloaking).
          if (click) {
            await sleep(1500);
            await tab.click(click);
          }
          // An attack that starts a while after the warning: held at first, and again after it.
          if (after) {
            await holds(tab, file);
            await sleep(after);
          }
          // The page attacks on the person's clicks: a click on the warning, away from its buttons
          // (the top corner of its paper), gives the page activation too.
          if (poke) {
            await holds(tab, file);
            const pickers = [];
            for (let i = 0; i < 3; i++) {
              const clicked = Date.now();
              await tab.clickAt(6, 6);
              if (i === 0 && (browser.name === 'chromium' || fast)) await firstTry(tab);
              await sleep(clicked + 600 - Date.now());
              if (picker) pickers.push(await nativePicker(tab));
            }
            // (The page kept trying on each click: the test proves something. Chromium, and a
            // `fast` page in Firefox too: there the content script consumes the activation a click
            // on the warning gives the page (overlay_host.js `consume`) before a page's 30 ms timer
            // sees it, so such a page never gets to try; the pickers are checked all the same.)
            if (picker && (browser.name === 'chromium' || fast)) assert.ok((await rounds(tab)) > 0, `${file}: the page never opened a picker (the test proves nothing)`);
            assert.deepEqual(pickers.filter(Boolean), [], `${file}: the browser's own list over the warning after a click on it`);
          }
          let at = await holds(tab, file, true, wait);
          if (within) {
            const t = await tab.eval(() => window.warnedAt).catch(() => null);
            assert.ok(t > 0 && t < within, `${file}: warned ${Math.round(t)} ms after the navigation (at most ${within})`);
          }
          // (Where the browser has the feature, the page's attack ran: the test proves something.)
          if (((poke && browser.name === 'chromium') || runs) && at === 'page') {
            assert.ok((poke ? await rounds(tab) : await tab.eval(() => window.rounds).catch(() => 0)) > 0, `${file}: the page's attack never ran (the test proves nothing)`);
          }
          // (A page that attacks on activation does so until the activation lapses, 5 s in
          // Chromium: the lock is read once it has, not in the frame between its request and the
          // warning's answer.)
          // (Until the page's own `navigator.userActivation` says so, read without giving it one,
          // up to 8 s, and half a second for the warning's answer to a last try. A fixed 5.5 s
          // before the forty-fourth session, in Firefox too, where HangUp mostly consumes the
          // activation at the click.)
          if (poke && at === 'page') {
            await waitFor(() => tab.peek(() => navigator.userActivation?.isActive === false || null).catch(() => null), 8000, 100);
            await sleep(500);
          }
          // The page may have been sent to the full-tab warning just after the samples (its
          // context goes away under the probe): then that page is held to the same checks.
          const st = at === 'page' ? await tab.eval(lockUndone).catch(() => null) : null;
          if (at === 'page' && !st) at = await holds(tab, file, false);
          // A page that loads again once warned (reload-loop.html, hop-loop.html) is a new page without the
          // warning for the moment it takes the background to send the tab to the full-tab one.
          else if (at === 'page' && !st.present && (await waitFor(async () => (await where(tab)) === 'blocked' || null, 5000))) {
            at = await holds(tab, file, false);
          }
          t.diagnostic(`ended ${at === 'page' ? 'in the page' : `at ${at}`}; the page's rounds ${st?.rounds ?? '-'}, moves ${at === 'page' ? await tab.eval(() => window.moves ?? '-').catch(() => '?') : '-'}, pushes over the warning ${at === 'page' ? await tab.eval(() => window.pushedOver ?? '-').catch(() => '?') : '-'}`);
          if (at === 'page') {
            assert.equal(st.present, true, `${file}: no warning host`);
            assert.equal(st.fullscreen, false, `${file}: still full screen`);
            assert.deepEqual(st.topLayer, [], `${file}: page elements in the top layer`);
            assert.equal(st.viewTransition, false, `${file}: a view transition is still running`);
            assert.equal(String(st.rootZoom), '1', `${file}: the root is zoomed`);
            assert.equal(st.opened, 0, `${file}: the page opened ${st.opened} windows over the warning`);
          } else {
            assert.equal(at, 'blocked', `${file}: the tab went to ${at}`);
          }
          if (noDialogs) {
            const before = (await tab.eval(() => window.rounds).catch(() => 0)) ?? 0;
            const n = await dialogsDuring(tab, 3000);
            assert.equal(n, 0, `${file}: ${n} page dialogs opened over the warning in 3 s`);
            assert.ok(((await tab.eval(() => window.rounds).catch(() => 0)) ?? 0) > before, `${file}: the page stopped calling (the test proves nothing)`);
          }
          if (noFlood) {
            assert.equal(at, 'page', `${file}: the warning should stay in the page`);
            const st0 = await tab.eval(() => ({ n: history.length, url: location.href, rounds: window.rounds, nav: !!window.navigation }));
            // ('history': pushState, there with or without the Navigation API.)
            if (st0.nav || noFlood === 'history') {
              await sleep(2000);
              const st1 = await tab.eval(() => ({ n: history.length, url: location.href, rounds: window.rounds }));
              assert.ok(st1.rounds > st0.rounds, `${file}: the page stopped pushing (the test proves nothing)`);
              assert.deepEqual([st1.n, st1.url], [st0.n, st0.url], `${file}: the page went on pushing history entries over the warning`);
            }
          }
          if (noBubbles && at === 'page') {
            const before = (await tab.eval(() => window.rounds).catch(() => 0)) ?? 0;
            const n = await bubblesDuring(tab, 3000);
            assert.equal(n, 0, `${file}: a validation bubble over the warning in ${n} samples over 3 s`);
            assert.ok(((await tab.eval(() => window.rounds).catch(() => 0)) ?? 0) > before, `${file}: the page stopped asking (the test proves nothing)`);
          }
          if (noBubbles) assert.equal(at, 'page', `${file}: the warning should stay in the page`);
          if (ends) assert.equal(at, ends, `${file}: the warning should end ${ends === 'page' ? 'in the page' : 'as the full-tab warning'}`);
          if (leave) await leaves(tab, file, leave);
        } finally {
          await tab.close().catch(() => {});
        }
      });
    }

    /** Every tab's address, read where the browser keeps it: no tab is opened or selected (the
     *  background checks only a warning in the tab the person looks at). */
    async function tabUrls() {
      if (browser.name === 'chromium') return browser.context.pages().map((p) => p.url());
      return inChrome('return gBrowser.tabs.map((t) => t.linkedBrowser.currentURI.spec);');
    }

    if (part === 2) {
      test('freeze-host.html: the page hangs its renderer once the warning\'s host appears (nothing more is painted there); the tab goes to the full-tab warning page, on screen', async () => {
        const url = fixtureUrl('hostile/freeze-host.html', 'pc-alert-hostile.azurewebsites.net');
        const blocked = `${browser.extBase}pages/blocked.html`;
        const tab = await browser.open(url);
        try {
          const at = await waitFor(async () => (await tabUrls()).some((u) => u.startsWith(blocked)) || null, 30000, 500);
          assert.ok(at, `the tab was not sent to the full-tab warning: tabs at ${JSON.stringify(await tabUrls())}`);
          let png;
          if (browser.name === 'chromium') {
            const page = browser.context.pages().find((p) => p.url().startsWith(blocked));
            await page.bringToFront();
            await sleep(1000);
            png = await page.screenshot();
          } else {
            png = await waitFor(async () => {
              const shot = await tab.screenshot().catch(() => null);
              return shot && warningOnScreen(warningShare(shot)) ? shot : null;
            }, 10000, 500);
          }
          assert.ok(png && warningOnScreen(warningShare(png)), `the full-tab warning is not on screen: ${png ? JSON.stringify(warningShare(png)) : 'no screenshot'}`);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('frame-restore.html: while the warning shows the page\'s frames are sandboxed (a late frame runs no script); "Show the page anyway" gives every frame its own sandbox back, the <object> and all 300 <object> icons back in the page, and the late frame runs (green on screen)', async () => {
        const url = fixtureUrl('hostile/frame-restore.html', 'pc-alert-hostile.azurewebsites.net');
        const tab = await browser.open(url);
        try {
          assert.equal(await holds(tab, 'frame-restore.html'), 'page');
          const during = await waitFor(async () => {
            const st = await tab.eval(() => window.state());
            return st.late === '' ? st : null;
          }, 5000, 200);
          assert.ok(during, `the late frame was not sandboxed: ${JSON.stringify(await tab.eval(() => window.state()))}`);
          assert.deepEqual([during.modals, during.scripts, during.shadow, during.object, during.icons], ['', 'allow-scripts', '', false, 0], `while warned: ${JSON.stringify(during)}`);
          await sleep(1000);
          assert.equal((await tab.eval(() => window.state())).alive.late, undefined, 'the late frame ran its script under the warning');
          const t = await tabInfo(url);
          await showPageAnyway(browser, t.id, 0);
          // (Chromium loads an <object> put back only in a rendered tab: the tab in front, as a person has it.)
          if (browser.name === 'chromium') await tab.page.bringToFront();
          const after = await waitFor(async () => {
            const st = await tab.eval(() => window.state());
            return st.alive.late >= 1 && st.object ? st : null;
          }, 20000, 200); // (Firefox at a load of 30 on 2 cores: the late frame ran after 10-11 s)
          assert.ok(after, `after "Show the page anyway": ${JSON.stringify(await tab.eval(() => window.state()))}`);
          assert.deepEqual([after.modals, after.scripts, after.shadow, after.late, after.object, after.icons], ['allow-scripts allow-modals', 'allow-scripts', null, null, true, 300], `after: ${JSON.stringify(after)}`);
          // What the person sees: the page, with the late frame painted green by its own script.
          const png = PNG.sync.read(await shot(tab));
          let green = 0;
          for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 30 && png.data[i + 1] > 170 && png.data[i + 1] < 215 && png.data[i + 2] < 30) green++;
          assert.ok(green > 400 * 300 * 0.5, `the late frame is not painted on screen (${green} green pixels)`);
          assert.ok(!warningOnScreen(await share(tab)), 'the warning is still on screen after "Show the page anyway"');
        } finally {
          await tab.close().catch(() => {});
        }
      });

      /** What the person sees of the honest forum thread (hostile/held-stall-thread.html,
       *  held-script-thread.html) in `tab`: 'the full-tab warning', 'the warning' (in the page),
       *  'replies' (its replies are in: read whole), or null (not there, or not finished). */
      async function thread(tab) {
        if ((await where(tab)) === 'blocked') return 'the full-tab warning';
        const st = await tab.peek(() => ({ warned: !!document.querySelector('hangup-warning'), done: document.body?.innerText.includes('techgran'), path: location.pathname })).catch(() => null);
        if (!/\/held-(stall|script)-thread\.html$/.test(st?.path ?? '')) return null;
        return st.warned ? 'the warning' : st.done ? 'replies' : null;
      }

      /** The honest thread `how` (how the person got there) finishes within `ms` unwarned, and is
       *  still unwarned 2.5 s later (a read held until its replies came would judge it then).
       *  Returns when its replies were first seen. */
      async function readWhole(tab, how, ms = 25000) {
        const seen = await waitFor(() => thread(tab), ms, 250);
        const whole = Date.now();
        assert.equal(seen, 'replies', `the honest thread ${how}: ${seen ?? 'never finished'}`);
        await sleep(2500);
        assert.equal(await thread(tab), 'replies', `the honest thread ${how} was warned on its first post`);
        return whole;
      }

      /** A held kit's own clock (hostile/kit-clock.js; held-frame.html's shell), read until the
       *  warning's host came (40 s): it came within 30 s of the first load and, for a kit that
       *  loads itself again (`later`), in its second load or after (the first was replaced
       *  unwarned: the test proves something). Returns what the page noted. Read with `peek`: a
       *  read that gave the kit the person's activation made each of its loads the person's
       *  navigation, never joined (held_chain.js `acted`; held-reload-xo.html in Chromium, reads
       *  from the first load: never warned, 19 loads), so a load that has been activated fails. */
      async function warnedByClock(tab, label, later = true) {
        let seen = null;
        let acted = null;
        let other = null;
        const opened = Date.now();
        // What the reads saw, each change once (ms since the commit; a read slower than 2 s says
        // so): a failure says where the tab's trace was lost (HS42-M1, not explained).
        const trace = [];
        const note = (what, since) => {
          const late = Date.now() - since > 2000 ? ` (read took ${Date.now() - since} ms)` : '';
          if (late || trace.at(-1)?.what !== what) trace.push({ t: Date.now() - opened, what: what + late });
          if (trace.length > 14) trace.splice(1, 1);
        };
        const at = await waitFor(async () => {
          // The tab went to the full-tab warning before the page could note the in-page one (a run
          // another document kept navigating goes there at once: held-reload-xo.html): when, by the
          // test's clock from the kit's first load; in the last load seen or the one after it.
          // Asked at every read, whether or not a read of the clock came first: the move can fall
          // between two reads (HS42-M1). With no clock seen, timed from the navigation's commit
          // and the load unknown (`later` is then judged by time below).
          const asked = Date.now();
          const place = await where(tab).catch((err) => `error ${String(err).slice(0, 60)}`);
          note(place, asked);
          if (place === 'blocked') {
            if (!seen?.firstAt) return { warnedAt: Date.now() - opened, warnedLoad: null, blind: true };
            return { ...seen, warnedAt: seen.warnedAt ?? Date.now() - seen.firstAt, warnedLoad: seen.warnedLoad ?? seen.load };
          }
          const read = Date.now();
          const now = await tab.peek(() => ({ load: window.load, firstAt: window.firstAt, warnedAt: window.warnedAt, warnedLoad: window.warnedLoad, acted: navigator.userActivation?.hasBeenActive, at: location.href.slice(0, 60) })).catch((err) => ({ err: String(err).slice(0, 80) }));
          note(now?.err ?? `load ${now?.load ?? '-'}${now?.warnedAt ? ' warned' : ''}`, read);
          if (now?.acted === true) acted = now.load;
          if (now?.firstAt) seen = now; // (not another page's nothing)
          else other = { ...now, t: Date.now() - opened }; // (what a failure reads meanwhile)
          return seen?.warnedAt ? seen : null;
        }, 40000, 250);
        assert.equal(acted, null, `${label}: load ${acted} had the person's activation (the test proves nothing)`);
        assert.ok(at, `${label}: the warning's host never came (40 s; last seen ${JSON.stringify(seen)}; then ${JSON.stringify(other)}; reads ${JSON.stringify(trace)}; tab at ${await where(tab).catch((err) => String(err).slice(0, 80))})`);
        // (No load seen: every kit here loads itself again within 12 s, so a warning later than
        // that by the test's clock came after the first load was replaced.)
        if (later) assert.ok(at.warnedLoad >= 2 || (at.blind && at.warnedAt > 12500), `${label}: the warning came in the first load (${Math.round(at.warnedAt)} ms)`);
        assert.ok(at.warnedAt < 30000, `${label}: warned ${Math.round(at.warnedAt)} ms after the first load (at most 30 000)`);
        return at;
      }

      test('held-script-thread.html: an honest forum thread whose first post quotes a scam pop-up and whose ad script (after that post) comes 8 s late is not judged on its first half (review 25 H6)', { skip: !only({ file: 'held-script-thread.html' }) }, async () => {
        const tab = await browser.open(fixtureUrl('hostile/held-script-thread.html', 'forum.homepc-help.example'));
        try {
          // (Its replies, which call the pop-up a scam, are in once the script ran: the test proves something.)
          await readWhole(tab, 'whose ad script comes late', 20000);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('held-stall-thread.html: an honest forum thread whose first post quotes a scam pop-up, makes a sound context and plays a muted video (as ad scripts do), and whose network stalls 6 s before the replies (no script) is not judged on its first half (review 25 H6, review 26 M1)', { skip: !only({ file: 'held-stall-thread.html' }) }, async () => {
        const tab = await browser.open(fixtureUrl('hostile/stall/held-stall-thread.html?ms=6000', 'forum.homepc-help.example'));
        try {
          await readWhole(tab, 'whose network stalls', 20000);
          // The replies were parsed 6 s after the first post: past the early read (the test proves something).
          const gap = await tab.eval(() => window.repliesAt - window.firstAt);
          assert.ok(gap > 5000, `the network did not stall past the early read (${gap} ms)`);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('multipart-scam.html: the scam sent as a multipart/x-mixed-replace response, a new part every 15 s, each held open until the next (four parts, the last held 30 s): in Firefox, where each part is a document of its own, the warning is on screen within 30 s of the navigation (its hold counts from the response, not the part: on main 523006f it came only with the last part\'s own 20 s, 65 s in); in Chromium, which renders the response as a broken image, no scam is on screen', { skip: !only({ file: 'multipart-scam.html' }) }, async () => {
        const tab = await browser.open(fixtureUrl('hostile/multipart/multipart-scam.html?repeat=4&every=15000&ms=30000', 'pc-alert-multipart.example'));
        try {
          if (browser.name === 'chromium') {
            // What the person sees: a broken image on an empty page, not the scam's colours.
            await sleep(3000);
            const doc = await tab.eval(() => ({ type: document.contentType, text: document.body?.innerText ?? '' }));
            assert.notEqual(doc.type, 'text/html', 'Chromium rendered the part as a page');
            assert.ok(!/ACCESS TO THIS PC|555-0142/.test(doc.text), 'the scam\'s text is in the document');
            const png = PNG.sync.read(await tab.screenshot());
            let blue = 0;
            for (let i = 0; i < png.data.length; i += 4) {
              if (Math.abs(png.data[i] - 10) <= 12 && Math.abs(png.data[i + 1] - 61) <= 12 && Math.abs(png.data[i + 2] - 145) <= 12) blue++;
            }
            assert.ok(blue / (png.width * png.height) < 0.01, `the scam's blue covers ${Math.round((100 * blue) / (png.width * png.height))} % of the screen`);
            return;
          }
          // The warned part's own clock (the response's): when it started and when the warning came.
          const at = await waitFor(() => tab.eval(() => (window.warnedAt ? { warnedAt: window.warnedAt, partAt: window.partAt } : null)).catch(() => null), 40000, 250);
          assert.ok(at, 'the warning\'s host never came (40 s)');
          // The warning came in a later part: the first was replaced unwarned (the test proves something).
          assert.ok(at.partAt > 10000, `the warning came in the response's first part (${Math.round(at.partAt)} ms)`);
          assert.ok(at.warnedAt < 30000, `warned ${Math.round(at.warnedAt)} ms after the navigation (at most 30 000)`);
          await holds(tab, 'multipart-scam.html');
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('held-stall-thread.html reloaded: the honest forum thread whose network stalls 10 s before the replies, reloaded by the person (the browser\'s reload button) 2 s (before its first stall check; in Firefox the reload stops the old document, which fires its DOMContentLoaded) and 12 s after it was opened, is not judged on its first half: only a page that loads itself again while held shares its hold with the next (held-reload.html)', { skip: !only({ file: 'held-stall-thread.html' }) }, async () => {
        const tab = await browser.open();
        try {
          const opened = Date.now();
          await personGoes(tab, fixtureUrl('hostile/stall/held-stall-thread.html?ms=10000', 'forum.homepc-help.example'));
          for (const at of [2000, 12000]) {
            await sleep(opened + at - Date.now());
            const seen = await thread(tab);
            assert.notEqual(seen, 'the warning', `an honest thread the person reloads was warned before the reload at ${at} ms`);
            assert.notEqual(seen, 'the full-tab warning', `an honest thread the person reloads was sent to the full-tab warning before the reload at ${at} ms`);
            await tab.reload();
          }
          // The third load's replies come 10 s after it started, 22 s after the first: past a hold shared with the first two loads.
          const whole = await readWhole(tab, 'the person reloaded while it stalled');
          assert.ok(whole - opened > 21000, `the replies came ${whole - opened} ms after the first load (the test proves nothing before 20 s)`);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      // Held kits that load themselves again (or, in a frame, whose frame does), each warned by
      // its own clock (warnedByClock) and then on screen; `again`: ms from what the clock noted to
      // a moment past the kit's next load, when the warning must still be what the person sees.
      const HELD_KITS = [
        { file: 'held-reload.html', at: 'hostile/held/held-reload.html?ms=60000', host: 'pc-alert-reload.example',
          again: (at) => at.firstAt + 12000 * (at.warnedLoad + 0.5) - Date.now(),
          does: 'a held scam (its response open, no DOMContentLoaded, no lock behaviour) that loads itself again every 12 s, before the 20 s its read is held, is warned within 30 s of its first load, in a later load, and the warning stays on screen when it loads again (review 31 HS-M1: on main 95c2d12 never warned, each load held anew)' },
        { file: 'held-reload.html?every=2000', at: 'hostile/held/held-reload.html?ms=60000&every=2000', host: 'pc-alert-reload-fast.example',
          again: () => 2500,
          does: 'a held scam (its response open, no lock behaviour) that loads itself again every 2 s, before its first stall check (3 s), is warned within 30 s of its first load, in a later load, and the warning stays on screen (review 32 HS32-M1, then held-reload-fast.html: on main 50933ff never warned in Chromium, 45 s, 22 loads)' },
        { file: 'held-reload-xo.html', at: 'hostile/held/held-reload-xo.html?ms=60000', host: 'pc-alert-reload-xo.example',
          again: () => 2500,
          does: 'a held scam (its response open, no lock behaviour) whose top a sandboxed frame of another origin (allow-scripts allow-top-navigation) navigates to the same address every 2 s (no navigate event in the top, as for the person\'s reload button) is warned within 30 s of its first load, in a later load, and the warning stays on screen past the frame\'s next navigation: the full-tab warning (review 33 HS33-H1: never warned on main 3038a18\'s scripts in Chromium, 40 s, 28 loads)' },
        // (The shell's clock: it loads once, its frame again and again.)
        { file: 'held-frame.html', label: 'held-frame.html?every=2000', at: 'hostile/held-frame.html?every=2000', host: 'pc-alert-shell.example', once: true,
          does: 'a shell with no text whose whole screen is a frame of another site holding a held scam (its response open, no lock behaviour) that loads itself again every 2 s is warned within 30 s, and the warning stays on screen (review 24 H5\'s held body, in a frame: on main 50933ff never warned in Chromium, 40 s; without the reloads it is warned at ~22.5 s in both browsers, as a held top page)' },
        // (Its document read as the run's hold ends is gone before its verdict: the run goes on.)
        { file: 'held-frame.html', label: 'held-frame.html?every=700', at: 'hostile/held-frame.html?every=700', host: 'pc-alert-shell-fast.example', once: true,
          does: 'the same shell whose frame loads itself again every 700 ms is warned within 30 s, and the warning stays on screen (forty-sixth session: on main d908f28 never warned in Chromium, 40 s, 2 runs of 2; the CI of 18c9c01 saw the every-2000 kit so under load: the document read as the run\'s hold ended was replaced before its verdict, and the run ended with it)' },
        { file: 'held-hop-redirect.html', at: 'hostile/held/held-hop-redirect.html?ms=60000', host: 'pc-alert-hop-1.example',
          does: 'a held scam (its response open, no lock behaviour) that sends itself every 2 s through a redirect (302) to the same page on another of its sites is warned within 30 s of its first load, in a later load, and the warning stays on screen (review 34 HS34-H1: a run joined only by the destination\'s origin or its own never warned it)' },
      ];
      for (const { file, label = file, at: address, host, again, once, does } of HELD_KITS) {
        test(`${label}: ${does}`, { skip: !only({ file }) }, async (t) => {
          // Opened as a person types the address: the driver's wait for a load a held page never
          // finishes (20 s) would end when the kit is warned, and a tab that moved to the full-tab
          // warning before the first read of the kit's clock has nothing left to read
          // (held-reload-xo.html, 1 run of 3 in Chromium, session 41). Its clock is then read from
          // the start, never as the person (`peek`, warnedByClock).
          const tab = await browser.open();
          await personGoes(tab, fixtureUrl(address, host));
          try {
            const at = await warnedByClock(tab, label, !once);
            t.diagnostic(`warned ${Math.round(at.warnedAt)} ms after the first load, in load ${at.warnedLoad ?? '-'}`);
            await holds(tab, label);
            if (!again) return;
            const next = again(at);
            if (next > 0) await sleep(next);
            await holds(tab, `${label} (loaded again)`);
          } finally {
            await tab.close().catch(() => {});
          }
        });
      }

      test('held-reload.html?every=2000 left by the person: the honest forum thread whose network stalls 13 s, reached from the kit\'s tab by a typed address about 9 s into the kit\'s run and again by Back, is read whole, not joined to the kit\'s run (whose 20 s would read it on its first post some 11 s in), and "Leave this page" on the kit\'s warning lands and stays on the landing page; review 34: the person\'s own leave is never the kit holding the tab', { skip: !only({ file: 'held-reload.html?every=2000' }) }, async () => {
        const tab = await browser.open();
        const kit = fixtureUrl('hostile/held/held-reload.html?ms=60000&every=2000', 'pc-alert-left.example');
        const forum = fixtureUrl('hostile/stall/held-stall-thread.html?ms=13000', 'forum.homepc-help.example');
        // The person acts at least `after` ms into the kit's run, in a calm moment of its cycle: 0.7
        // to 1.2 s into one of its loads (kit-clock.js `startedAt`, when its scripts ran), so 0.8 s
        // or more before its next reload (2 s after that). In the moment between the kit's reload
        // and its next document, a person's navigation takes the reload's place and joins the
        // kit's run (LOCK.md, a LOW left open): not what this test is about (review 34's note).
        const calm = async (since, after) => {
          const end = Date.now() + after + 20000;
          while (Date.now() < end) {
            const started = await tab.peek(() => window.startedAt).catch(() => null);
            const early = started >= since + after ? started + 700 - Date.now() : -Infinity;
            if (early >= 0) await sleep(early);
            if (early > -500) return;
            await sleep(100);
          }
          assert.fail(`the held kit did not load itself again in a calm moment (${after + 20000} ms)`);
        };
        try {
          // 1. About 9 s into the kit's run (it reloads itself every 2 s) the person types the thread's address.
          let since = Date.now();
          await personGoes(tab, kit);
          await calm(since, 8000);
          await personGoes(tab, forum);
          await readWhole(tab, 'reached by a typed address from the held kit\'s tab');
          // 2. The kit again, and about 9 s into its run the person goes Back (the thread loads again: no-store).
          since = Date.now();
          await personGoes(tab, kit);
          await calm(since, 8000);
          await personGoes(tab, 'back');
          await readWhole(tab, 'reached by Back from the held kit\'s tab');
          // 3. The kit again, warned 20 s into its run: "Leave this page" lands, and stays.
          await personGoes(tab, kit);
          const warned = await waitFor(() => tab.peek(() => (document.querySelector(':root > hangup-warning') ? true : null)).catch(() => null), 40000, 250);
          assert.ok(warned, 'the held kit was never warned (40 s)');
          await holds(tab, 'held-reload.html?every=2000');
          await leaves(tab, 'held-reload.html?every=2000', 'click');
          await sleep(3000);
          assert.ok((await tab.url()).startsWith(`${browser.extBase}pages/left.html`), `"Leave this page" did not stay on the landing page (tab at ${await where(tab)})`);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('held-news-ad.html: an honest news page whose response is still coming (held), on which the person clicks its ad, a frame of another site whose link opens in the whole tab (target=_top), 10 s in, to the honest forum thread whose network stalls 14 s: the thread is read whole, not joined to the news page\'s run (whose 20 s would read it on its first post some 10 s in: review 39 HS-L1, warned 2 of 2 in Chromium on hostile40\'s build)', { skip: !only({ file: 'held-news-ad.html' }) }, async () => {
        const tab = await browser.open();
        try {
          const opened = Date.now();
          await personGoes(tab, fixtureUrl('hostile/held/held-news-ad.html?ms=60000', 'news.northfield-courier.example'));
          await sleep(opened + 10000 - Date.now());
          // Still coming when the person clicks (the test proves something): a held page view.
          assert.equal(await tab.peek(() => document.readyState), 'loading', 'the news page was not held at the click');
          await tab.clickInFrame('#ad', 'a');
          const whole = await readWhole(tab, 'reached by a click on an ad frame\'s target=_top link on a held page', 30000);
          // Its replies came past the news page's 20 s: a joined run would have read it before.
          assert.ok(whole - opened > 21000, `the replies came ${whole - opened} ms after the news page (the test proves nothing before 20 s)`);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('held-redirect.html: an honest page that sends itself on while loading (location.replace in its head) to the forum thread whose network stalls 6 s before its replies is not judged on the thread\'s first half (the redirect shares its hold with the thread: review 32 HS32-M1\'s honest side)', { skip: !only({ file: 'held-redirect.html' }) }, async () => {
        const tab = await browser.open(fixtureUrl('hostile/held-redirect.html?ms=6000', 'forum.homepc-help.example'));
        try {
          await readWhole(tab, 'reached by a redirect', 20000);
          const st = await tab.eval(() => ({ gap: window.repliesAt - window.firstAt, url: location.pathname }));
          assert.equal(st.url, '/hostile/stall/held-stall-thread.html', 'the page did not redirect');
          assert.ok(st.gap > 5000, `the network did not stall past the early read (${st.gap} ms)`);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('back-shell.html: Back from a warned scam to a page that forges the warning\'s mark, holds its own first read (40 s) and shows the scam in a script-only sandboxed srcdoc frame: the frame reads anyway and the tab is warned while the shell still holds (review 22 H3)', { skip: !only({ file: 'back-shell.html' }) }, async () => {
        const tab = await browser.open(fixtureUrl('hostile/back-shell.html', 'pc-alert-shell-b.example'));
        try {
          // The landing page moves on to a scam of another site, which is warned.
          const scam = await waitFor(async () => (await tab.url()).includes('pc-alert-kit-a.example')
            && (await tab.eval(() => !!document.querySelector('hangup-warning')).catch(() => false)), 20000, 200);
          assert.ok(scam, `the scam the landing page moved to was not warned (tab at ${await tab.url()})`);
          await sleep(1000);
          await tab.back();
          assert.equal(await holds(tab, 'back-shell.html'), 'page');
          const st = await tab.eval(() => ({ shell: window.shell, ready: document.readyState, url: location.href }));
          assert.equal(st.shell, true, `Back did not load the landing page again as the shell: ${JSON.stringify(st)}`);
          assert.equal(st.ready, 'loading', 'the shell no longer holds its own read (the test proves nothing)');
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('dialog-scriptless-hidden.html: "Show the page anyway" gives the script-less frames loaded again for their own page world (one the guard\'s walk never reached) their own sandbox back', { skip: !only({ file: 'dialog-scriptless-hidden.html' }) }, async () => {
        const url = fixtureUrl('hostile/dialog-scriptless-hidden.html', 'pc-alert-hostile.azurewebsites.net');
        const tab = await browser.open(url);
        try {
          assert.equal(await holds(tab, 'dialog-scriptless-hidden.html'), 'page');
          // Chromium: both were loaded again under a sandbox without allow-modals (Firefox: its MAIN
          // world runs in them, nothing to do).
          if (browser.name === 'chromium') {
            const during = await waitFor(async () => {
              const st = await tab.eval(() => window.state());
              return st.hidden === '' ? st : null;
            }, 5000, 200);
            assert.ok(during, `while warned: ${JSON.stringify(await tab.eval(() => window.state()))}`);
          }
          const t = await tabInfo(url);
          await showPageAnyway(browser, t.id);
          const after = await waitFor(async () => {
            const st = await tab.eval(() => window.state());
            return st.hidden === 'allow-same-origin allow-modals' ? st : null;
          }, 5000, 200);
          assert.deepEqual(after, { hidden: 'allow-same-origin allow-modals', told: 'allow-same-origin' }, `after: ${JSON.stringify(await tab.eval(() => window.state()))}`);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('a warned page that dispatches forged pageshow events (persisted: true, 40 of them) has nothing sent to the background again: only the browser\'s own restore from the back/forward cache tells it of the page view (review 21 L2)', async () => {
        const url = fixtureUrl('hostile/validity-bubble.html', 'pc-alert-hostile.azurewebsites.net');
        const tab = await browser.open(url);
        let ext = null;
        try {
          assert.equal(await holds(tab, 'validity-bubble.html'), 'page');
          // An extension page hears what the tab's content scripts send to the extension, as the
          // background does.
          ext = await browser.openExtensionPage('pages/popup.html');
          // (Counted in the DOM: Firefox runs each WebDriver script in a sandbox of its own.)
          await ext.eval(() => {
            document.documentElement.dataset.heard = '0';
            hangupProtocol.api.runtime.onMessage.addListener((msg, sender) => {
              if (msg?.what !== hangupProtocol.MSG.analyse || String(sender.url).startsWith(location.origin)) return;
              document.documentElement.dataset.heard = String(Number(document.documentElement.dataset.heard) + 1);
            });
          });
          const sent = await tab.eval(() => {
            for (let i = 0; i < 40; i++) window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
            return !!document.querySelector('hangup-warning');
          });
          assert.equal(sent, true, 'the warning went before the forged events');
          await sleep(2000);
          assert.equal(await ext.eval(() => document.documentElement.dataset.heard), '0', 'forged pageshow events made the page send its read again');
        } finally {
          await ext?.close().catch(() => {});
          await tab.close().catch(() => {});
        }
      });

      test('clickjack-dismiss.html: the page paints a fake "Continue" exactly over the warning\'s "Show the page anyway" in a pointer-events:none popover (a closed shadow root no hook told of); it is never on screen; and where a layer like it is over the warning all the same (the top-layer sheet taken away), the person\'s click on "Continue" does not put the warning away: the tab goes to the full-tab warning', async () => {
        const file = 'clickjack-dismiss.html';
        const url = fixtureUrl(`hostile/${file}`, 'pc-alert-hostile.azurewebsites.net');
        const tab = await browser.open(url);
        try {
          assert.equal(await holds(tab, file), 'page');
          assert.ok((await tab.eval(() => window.rounds)) > 0, 'the page never showed its layer (the test proves nothing)');
          // Where the warning paints "Show the page anyway" (Chromium: read in the warning's frame;
          // Firefox's driver cannot reach a frame in a closed shadow root: the layer alone is checked).
          if (browser.name !== 'chromium') return;
          const f = tab.page.frames().find((fr) => fr.url().startsWith(browser.extBase));
          const r = await f.evaluate(() => {
            const b = document.querySelector('[data-action=show]');
            b.scrollIntoView({ block: 'center' });
            const { x, y, width, height } = b.getBoundingClientRect();
            return { x, y, width, height };
          });
          await tab.eval((rect) => window.aim(rect), r);
          await sleep(500);
          assert.ok(warningOnScreen(await share(tab)), 'the fake "Continue" layer is on screen over the warning');
          // The second line: a layer over the warning all the same (the sheet that hides the page's
          // top layer taken away, as if a route it does not reach had been found).
          const t = await tabInfo(url);
          await inExtension(async (id) => (await import('../background/top_layer.js')).showTopLayer(id), t.id);
          await sleep(300);
          const covered = await share(tab);
          await tab.clickAt(r.x + r.width / 2, r.y + r.height / 2);
          assert.ok(!warningOnScreen(covered), `the layer did not come back over the warning (the test proves nothing): ${JSON.stringify(covered)}`);
          const blocked = await waitFor(async () => (await where(tab)) === 'blocked' || null, 8000, 200);
          assert.ok(blocked, `the click through the page's layer put the warning away (tab at ${await where(tab)}, ${JSON.stringify(await tabInfo(url))})`);
          await holds(tab, file, false);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('transition-popover.html with the top-layer sheet taken away (as if a route it does not reach had been found): the layer that blinks over the warning (covering 75 % of each second) is seen by the warning\'s own frame and the tab goes to the full-tab warning (Chromium: IntersectionObserver v2; review 23 H3)', async (t) => {
        if (browser.name !== 'chromium') return t.skip('no IntersectionObserver v2 in Firefox');
        const file = 'transition-popover.html';
        const url = fixtureUrl(`hostile/${file}`, 'pc-alert-hostile.azurewebsites.net');
        const tab = await browser.open(url);
        try {
          assert.equal(await holds(tab, file), 'page');
          const info = await tabInfo(url);
          await inExtension(async (id) => (await import('../background/top_layer.js')).showTopLayer(id), info.id);
          const seen = [];
          for (let i = 0; i < 6 && (await where(tab)) === 'page'; i++) {
            seen.push(warningOnScreen(await share(tab)));
            await sleep(150);
          }
          assert.ok(seen.includes(false) || (await where(tab)) === 'blocked', 'the layer did not come back over the warning (the test proves nothing)');
          const blocked = await waitFor(async () => (await where(tab)) === 'blocked' || null, 8000, 200);
          assert.ok(blocked, `the blinking layer stayed over the warning (tab at ${await where(tab)})`);
          await holds(tab, file, false);
        } finally {
          await tab.close().catch(() => {});
        }
      });

      test('activation-clipboard.html: a click on the warning gives the page activation, with which it writes a command to the clipboard by methods no hook sees (writeText and execCommand from a script-less frame): written once per click, it is gone a second later, also by writeText alone (the frame of the top\'s origin inside a frame of another site, or taken out before the warning: review 26 H2); written at every poll while the activation lasts, it is gone when the activation is, and after "Leave this page"', { skip: !only({ file: 'activation-clipboard.html' }) }, async () => {
        const PAYLOAD = 'HANGUP-ACTIVATION-PAYLOAD';
        const readerUrl = fixtureUrl('benign-article.html', 'clipboard-reader.example');
        if (browser.name === 'chromium') {
          await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(readerUrl).origin });
        }
        const reader = await browser.open(readerUrl);
        const file = 'activation-clipboard.html';
        const clean = async (when) => {
          const clip = await readClipboard(browser, reader);
          assert.ok(!clip.includes(PAYLOAD), `the clipboard holds the page's command ${when}: ${clip}`);
        };
        const poke = async (tab) => {
          if (browser.name === 'chromium') await tab.page.bringToFront(); // (reading the clipboard took the reader to the front)
          await tab.clickAt(6, 6); // on the warning, away from its buttons (the top corner of its paper)
        };
        // (No script is run in the page while its activation matters: Chromium's driver runs
        // scripts with a user gesture, which would give the page activation of its own.)
        // Whether the page tried (it saw the activation): asserted in Chromium only. In Firefox
        // HangUp consumes the activation before the page's next check in most clicks (docs/LOCK.md),
        // and the frame's writeText fails there anyway: its clipboard is checked all the same.
        const tried = async (tab, n, what) => {
          const tries = await tab.eval(() => window.tries);
          if (browser.name === 'chromium') assert.ok(tries >= n, `the page did not try to write the clipboard ${what} (the test proves nothing): ${tries} tries`);
        };
        // (Every mode polls with a MessageChannel (`fast`): the page sees the activation before
        // HangUp consumes it, as its first animation frame does in some clicks only. wt-fast:
        // writeText only, once per activation: no copy event and no hook sees it; review 26 H2.
        // With -xo the script-less frame is of the top's origin inside a frame of another site;
        // with -gone it was taken out before the warning came, its methods kept.)
        const modes = { 'wt-fast': '?once&wt&fast', 'wt-fast-xo': '?once&wt&fast&xo', 'wt-fast-gone': '?once&wt&fast&gone', once: '?once&fast', 'every-poll': '?fast' };
        for (const [mode, query] of Object.entries(modes)) {
          const tab = await browser.open(fixtureUrl(`hostile/${file}${query}`, 'pc-alert-hostile.azurewebsites.net'));
          try {
            assert.equal(await holds(tab, `${file} (${mode})`), 'page');
            if (mode.startsWith('wt-fast')) {
              // The person's own text on the clipboard before the click, over what the page wrote
              // before it with activation this test gave it: Playwright's screenshot (holds())
              // runs a script with a user gesture in the page (one gives it 5 s of
              // `userActivation.isActive`), which no person can while the warning shows. In each
              // of 10 failures (instrumented, clip38) the page never wrote after the click (HangUp
              // consumed its activation first) and the command read was that earlier one, whose
              // write the warning had not seen (made before it listened, or within 500 ms of it:
              // clipboard_note.js reads such a change as the person's own). (The tab then to the
              // front, its warning focused again, before the click. A run proves the warning's answer
              // only when the page wrote after the click: 12 of 20 repeated gone clicks; `tried`
              // counts the screenshots' tries too: review 38 CL38-M1.)
              await writeClipboard(browser, reader, 'my own text, copied before the click (clip38)');
              if (browser.name === 'chromium') await tab.page.bringToFront();
              await sleep(300);
              await poke(tab);
              await sleep(1500);
              await clean(`1.5 s after a click on the warning (${mode}: writeText only, from a realm no hook reached)`);
              assert.equal(await tab.eval(() => window.taken), 'before the warning', 'the page did not take the methods before the warning (the test proves nothing)');
              await tried(tab, 1, 'after the click');
            } else if (mode === 'once') {
              for (let i = 0; i < 2; i++) {
                if (i) await sleep(5000); // the first click's activation lapses: the page writes again on the next
                await poke(tab);
                await sleep(1000);
                await clean('a second after a click on the warning');
              }
              // (Tried: since the twenty-sixth session its writes mostly fail: the copy event
              // copies HangUp's note, and Firefox refuses the frame's writeText.)
              await tried(tab, 2, 'on each click');
            } else {
              await poke(tab);
              await sleep(7000); // the page's activation (5 s) has lapsed, and the warning's last write is done
              await clean('once its activation from a click on the warning lapsed');
              await tried(tab, 1, 'while active');
              if (browser.name === 'chromium') await tab.page.bringToFront();
              await leaves(tab, file, 'click');
              await sleep(1000); // (the landing page's script has run: it writes the note as it loads)
              await clean('after "Leave this page"');
            }
          } finally {
            await tab.close().catch(() => {});
          }
        }
        await reader.close().catch(() => {});
      });

      test('activation-clipboard.html: while the warning shows, a copy the page makes with a script-less frame\'s execCommand copies HangUp\'s note instead, and its hooked writeText is refused (Chromium: its driver runs a script with activation, as a click on the warning gives it)', { skip: name !== 'chromium' ? 'Firefox\'s driver gives a script no activation: the page could not copy' : !only({ file: 'activation-clipboard.html' }) }, async () => {
        const readerUrl = fixtureUrl('benign-article.html', 'clipboard-reader.example');
        await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(readerUrl).origin });
        const reader = await browser.open(readerUrl);
        const tab = await browser.open(fixtureUrl('hostile/activation-clipboard.html?once', 'pc-alert-hostile.azurewebsites.net'));
        try {
          assert.equal(await holds(tab, 'activation-clipboard.html'), 'page');
          await tab.page.bringToFront();
          // Until the activation holds()'s screenshots gave the page has lapsed (5 s; Playwright's
          // screenshot runs a script with a user gesture, review 38's clip38 finding): a write the
          // page started with it, retried once the tab has the focus, could land after this test's
          // copy (the clean-clone CI of 3038a18 read the page's command here once).
          await sleep(5500);
          // (The page's own loop is stopped first, in the same script: only these two writes.)
          const r = await tab.eval(() => {
            warned = false; // eslint-disable-line no-undef
            select.call(ta); // eslint-disable-line no-undef
            let heard = false; // the page's own copy listener: HangUp's comes first and stops the event
            document.addEventListener('copy', () => (heard = true), true);
            const copied = execCommand.call(document, 'copy'); // eslint-disable-line no-undef
            return navigator.clipboard.writeText('HANGUP-HOOKED-PAYLOAD').then(() => 'written', (e) => e.name).then((w) => ({ copied, w, heard }));
          });
          const clip = await readClipboard(browser, reader);
          assert.ok(!clip.includes('HANGUP-ACTIVATION-PAYLOAD') && !clip.includes('HANGUP-HOOKED-PAYLOAD'), `the clipboard holds the page's text: ${clip}`);
          // The copy's note, or the warning's own written over it (it saw the clipboard change).
          assert.match(clip, /^HangUp (removed a command|cleared the clipboard)/, 'the copy copied HangUp\'s note');
          assert.equal(r.heard, false, `the page heard its copy event: ${JSON.stringify(r)}`);
          assert.equal(r.w, 'NotAllowedError', `the hooked writeText: ${JSON.stringify(r)}`);
        } finally {
          await tab.close().catch(() => {});
          await reader.close().catch(() => {});
        }
      });

      test('title-fight.html: the tab reads "HangUp: scam page blocked" with HangUp\'s icon while the warning shows, and the page\'s own after "Show the page anyway"', async () => {
        const url = fixtureUrl('hostile/title-fight.html', 'pc-alert-hostile.azurewebsites.net');
        const tab = await browser.open(url);
        try {
          await holds(tab, 'title-fight.html');
          const ours = await waitFor(async () => {
            const t = await tabInfo(url);
            return t?.title === 'HangUp: scam page blocked' && iconOf(t.icon) === 'hangup' ? t : null;
          }, 5000, 200);
          assert.ok(ours, `tab title/icon: ${JSON.stringify(await tabInfo(url))}`);
          // The page keeps setting its title and adding icons (every 100 ms): it never shows.
          for (let i = 0; i < 3; i++) {
            await sleep(300);
            const t = await tabInfo(url);
            assert.equal(t.title, 'HangUp: scam page blocked', 'the page changed the tab title back');
            assert.equal(iconOf(t.icon), 'hangup', 'the page changed the tab icon back');
          }
          assert.ok((await tab.eval(() => window.rounds)) >= 5, 'the page stopped fighting (test proves nothing)');
          // "Show the page anyway": what the background tells the tab's top frame.
          await showPageAnyway(browser, ours.id, 0);
          const back = await waitFor(async () => {
            const t = await tabInfo(url);
            return t?.title === 'Windows Defender Security Alert' && iconOf(t.icon) === 'page' ? t : null;
          }, 10000, 300);
          assert.ok(back, `after "Show the page anyway": ${JSON.stringify(await tabInfo(url))}`);
          assert.ok(!warningOnScreen(await share(tab)), 'the warning is still on screen after "Show the page anyway"');
        } finally {
          await tab.close().catch(() => {});
        }
      });
    }
  });
}

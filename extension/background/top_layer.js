// The page's top layer while the warning shows (docs/LOCK.md, "A layer the page paints over the
// warning that clicks go through"). The content script closes the page's popovers it can see,
// but a popover in a closed shadow root that no hook told of (attached with an attachShadow
// taken from a frame where no HangUp script runs), shown again and again with a showPopover
// taken the same way, is out of its sight; with `pointer-events: none` it is not hit-tested
// either, so the cover check finds the warning beneath it. A USER style sheet reaches every
// element of the page, in every shadow root (user rules apply in shadow trees, and a user
// `!important` beats every rule and style attribute of the page): while the warning shows,
// every open popover but the warning's host, and a customizable select's picker
// (`::picker(select)`, Chromium), is `display: none` with no transition; the browser's own lists
// of a select or a datalist are not drawn. Put in by the background (scripting API)
// into the top frame only, when the warning is mounted (the content script's `mute` message),
// taken out when the person chooses to see the page. Costs nothing before a verdict.
import { api } from './api.js';

// `:root > hangup-warning`: the warning's host, a child of the root element in the document's
// own tree (a page element of that name in a shadow root, or elsewhere, is not). Two rules: a
// browser without ::picker() drops only the second.
// `transition: none`: transitions sit above every `!important` in the cascade, so a page
// `transition: display … allow-discrete` would keep the popover shown for as long as it says
// (review 23 H3); a user `!important` transition-property beats the page's, and a transition
// running when the sheet comes is cancelled.
// A classic select's list and a datalist's suggestions are not in the page: each browser draws
// them as its own widget above the page and the warning, and the activation a click on the
// warning gives the page lets it open them with `showPicker()`, a method of a script-less frame's
// realm too, which no hook reaches in Chromium (review 23 H6). While the warning shows, a select
// and an input with a list are not rendered: `showPicker()` refuses a select that is not rendered,
// and a list already open closes; Chromium opens no datalist for an input that is not rendered,
// Firefox does (there the MAIN world refuses `showPicker()` while the warning shows, main_world.js).
// The warning covers the page meanwhile: nothing a person could see moves.
// In Chromium (156) these rules do not reach inside shadow trees: a select or an input made and
// opened in one task in a closed root past the trees the guard observes kept its list over the
// warning (review 25 H3). So every child of the root but the warning's host is not rendered
// either: no element of the page's document tree, no shadow host, nothing in any shadow root
// (the content script takes out a page element of the host's own name put on the root).
const CSS = ':popover-open:not(:root > hangup-warning){display:none!important;transition:none!important}\n'
  + '::picker(select){display:none!important;transition:none!important}\n'
  + 'select,input[list]{display:none!important;transition:none!important}\n'
  + ':root>:not(hangup-warning){display:none!important;transition:none!important}';

const target = (tabId) => ({ target: { tabId, frameIds: [0] }, css: CSS, origin: 'USER' });

/** The warning shows in `tabId`'s top frame: the page's top layer is hidden. */
export async function hideTopLayer(tabId) {
  try {
    await api.scripting.insertCSS(target(tabId));
    return true;
  } catch {
    return false; // the tab moved on meanwhile
  }
}

/** The person chose to see the page: its top layer back. */
export async function showTopLayer(tabId) {
  try {
    await api.scripting.removeCSS(target(tabId));
  } catch {
    /* the tab moved on: the sheet went with its document */
  }
}

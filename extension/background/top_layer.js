// The page's top layer while the warning shows (docs/LOCK.md, "A layer the page paints over the
// warning that clicks go through"). The content script closes the page's popovers it can see,
// but a popover in a closed shadow root that no hook told of (attached with an attachShadow
// taken from a frame where no HangUp script runs), shown again and again with a showPopover
// taken the same way, is out of its sight; with `pointer-events: none` it is not hit-tested
// either, so the cover check finds the warning beneath it. A USER style sheet reaches every
// element of the page, in every shadow root (user rules apply in shadow trees, and a user
// `!important` beats every rule and style attribute of the page): while the warning shows,
// every open popover but the warning's host, and a customizable select's picker
// (`::picker(select)`, Chromium), is `display: none` with no transition. Put in by the background (scripting API)
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
const CSS = ':popover-open:not(:root > hangup-warning){display:none!important;transition:none!important}\n'
  + '::picker(select){display:none!important;transition:none!important}';

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

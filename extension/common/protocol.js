// The one definition of every name that crosses a context boundary on the JS side: runtime
// message kinds, the DOM events between the MAIN world and the isolated world, the behaviour
// keys the MAIN world counts, and the bounds on what a page may send.
//
// A classic script, so it loads everywhere: listed first among the isolated-world content
// scripts, and imported for its side effect by the background and the extension pages
// (`import '../common/protocol.js'`). It defines one frozen global, `hangupProtocol`.
// The MAIN-world script cannot share it (it runs in the page's world): it keeps its own copy of
// the event names, checked equal to these by tests/unit/protocol.test.mjs.
//
//   message (what)   sender -> receiver                         trusted sender
//   analyse          content script -> background (snapshot)    any frame (page-controlled data; `restored`: the
//                                                               top frame's warned read again, on the browser's own
//                                                               back/forward-cache restore)
//   warn             background -> content scripts of a tab     background
//   dismiss          overlay page -> background -> top frame    extension pages only
//   tabVerdict       popup / overlay -> background              any (read-only)
//   settings         overlay -> background                      any (read-only; `live: true` waits for the policy)
//   leave            overlay -> background                      any (navigates its own tab away)
//   trust            overlay -> background                      extension pages only
//   report           overlay -> background                      extension pages only
//   mute             content script -> background               top frame of a warned tab (mutes it while the warning shows,
//                    and puts the top-layer style sheet in its page: background/top_layer.js)
//   mistake          overlay -> background                      extension pages only (opens "Report a mistake")
//   block            content script (top frame) -> background   a warned tab's top frame, same site, or the warning's
//                    overlay page -> background                 own frame in it (the in-page warning cannot hold, or is
//                                                               covered: the tab goes to pages/blocked.html)
//   tabIcon          content script -> background               any (HangUp's icon as a data: URL)
//   notScam          overlay -> background                      extension pages only (trusts, notes the mistake)
//   showWarning      popup -> background -> top frame           extension pages only (a dismissed warning again)
//   viewPanic        overlay / popup -> background              extension pages only (the view trapped, logged and kept)
//   warningRuns      background -> top frame of a tab           background (the warning's page ran in the tab)
//   warningDrawn     background -> top frame of a tab           background (asks: is the warning drawn? `{drawn}`;
//                    no answer: the renderer is hung; background/warning_watch.js)
//   frameReload      content script (sub-frame) -> background   any frame of a warned tab: may it load itself again?
//                    (a network document with no MAIN world and no reachable parent; `{reload}`, once per frame)
//   hold             content script -> background               any frame: its document is still loading at its
//                    first stall check (top frame; `held` ms so far, `started`, `reached`: its navigation
//                    entry's type), the page navigates it away while held
//                    (`leaving`), it unloads still held with the person's activation (`acted`: their
//                    navigation, never joined), or its hold ended (`done`); answers `{left}`, ms left of the frame's hold
//                    (background/held_chain.js: page views that reload before their hold ends)
//                    background -> a frame of a tab                 background, after a `leaving` or another origin's
//                    navigation of a held page view: the frame's next document tells its hold at once; answers
//                    `{pageId, loading, started}` (`performance.timeOrigin`)
//   frameClipboard   background -> top frame of a tab           background (carries what a sub-frame's page put
//                    on the clipboard: page-controlled; the top frame's next read is judged with it)
//   clipboard        content script -> background               any frame (its page wrote or tried to write the
//                    clipboard once warned, or may: a script-less frame of a page of its origin;
//                    or the warning saw the clipboard change; forged, it only lets the warning write its note there)
'use strict';

(() => {
  if (globalThis.hangupProtocol) return; // loaded twice (a module import after the classic script)
  const MSG = Object.freeze({
    analyse: 'analyse',
    warn: 'warn',
    dismiss: 'dismiss',
    tabVerdict: 'tabVerdict',
    settings: 'settings',
    leave: 'leave',
    trust: 'trust',
    report: 'report',
    mute: 'mute',
    mistake: 'mistake',
    block: 'block',
    tabIcon: 'tabIcon',
    notScam: 'notScam',
    showWarning: 'showWarning',
    viewPanic: 'viewPanic',
    frameClipboard: 'frameClipboard',
    frameReload: 'frameReload',
    hold: 'hold',
    clipboard: 'clipboard',
    warningRuns: 'warningRuns',
    warningDrawn: 'warningDrawn',
  });

  // DOM events on `window`/`document` between the MAIN world and the isolated world. The page
  // can see and forge both: a forged report only adds suspicion, a forged neutralise only makes
  // the page undo its own lock.
  const EVENT = Object.freeze({
    /** MAIN -> isolated: `detail` is a JSON string of behaviour counts. */
    report: 'hangup:report',
    /** isolated -> MAIN: the background's scam verdict; undo the lock and refuse it from now on.
     *  Cancelable: the MAIN world cancels it, which tells the isolated world (its listener comes
     *  right after the MAIN world's, before any page listener) that its page world has HangUp in it. */
    neutralise: 'hangup:neutralise',
    /** MAIN -> isolated: `detail` is the message of an alert/confirm/prompt the page opens. */
    dialog: 'hangup:dialog',
    /** MAIN -> isolated, on the element (composed): a shadow root was attached while the warning
     *  shows (forged: the isolated world only walks that subtree once more). */
    shadow: 'hangup:shadow',
    /** The warning's frame -> its parent's isolated world, as postMessage data (not an event): the
     *  person clicked or pressed a key on the warning, which gave the page user activation; it is
     *  consumed (overlay_host.js `consume`). Forged by the page: it consumes its own activation. */
    touched: 'hangup:touched',
  });

  // What the MAIN world counts (the Rust `Behaviour` struct has one field per key, checked by
  // tests/unit/protocol.test.mjs). `auth_prompts` is counted by the background, not the page.
  const BEHAVIOUR_KEYS = Object.freeze([
    'fullscreen', 'dialogs', 'print', 'beforeunload', 'history', 'keyboard_lock', 'pointer_lock',
    'media_play', 'audio_context', 'speech', 'key_block', 'context_block', 'window_open',
    'notification', 'downloads',
  ]);

  // Bounds on page-controlled data. The Rust side (src/snapshot.rs) enforces the same again.
  const LIMITS = Object.freeze({
    textChars: 64 * 1024, // visible text (MAX_TEXT_BYTES in Rust)
    listItems: 64, // tel: links, alt texts (MAX_LIST_ITEMS)
    itemChars: 512, // one list item
    titleChars: 1024,
    urlChars: 4096,
    count: 1e6, // one behaviour count
    dialogTexts: 16, // dialog messages kept, each at most itemChars (MAX_DIALOG_TEXTS, MAX_DIALOG_BYTES)
    clipboardChars: 2 * 65536 + 1, // text the page put on the clipboard (ClickFix; main_world.js CLIP_SCAN: background/clip_text.js brings it within the engine's 4 KB)
    heldMs: 20000, // how long a document still loading is read `held` at most (content.js, background/held_chain.js)
  });

  // A scam verdict's `kind` (the Rust `Kind`, src/verdict.rs) and the message key of its
  // warning's headline, which the cover paints before the warning's frame (overlay_host.js) and
  // the frame's static fallback shows (overlay_fallback.js); the Rust view (src/ui/wording.rs)
  // uses the same keys, checked by tests/unit/protocol.test.mjs.
  const HEADLINES = Object.freeze({
    tech_support: 'overlayHeadline',
    clickfix: 'clickfixHeadline',
    account: 'accountHeadline',
    parcel: 'parcelHeadline',
    refund: 'refundHeadline',
    other: 'otherHeadline',
  });
  /** A verdict's kind as the warning knows it (an unknown one is the tech-support warning's). */
  const kindOf = (verdict) => (Object.hasOwn(HEADLINES, verdict?.kind ?? '') ? verdict.kind : 'tech_support');

  globalThis.hangupProtocol = Object.freeze({
    MSG,
    EVENT,
    BEHAVIOUR_KEYS,
    LIMITS,
    HEADLINES,
    kindOf,
    /** The WebExtension namespace: Firefox has `browser`, Chromium `chrome` (promises in MV3). */
    api: globalThis.browser ?? globalThis.chrome,
  });
})();

// Puts the warning over the page: an <iframe> of the extension's overlay page inside a closed
// shadow root, so page scripts and styles cannot reach into it. The page may fight back; each
// move is answered in the same frame, before anything is painted (docs/LOCK.md):
//   - top layer: the host is a manual popover, above any z-index. Page full screen and
//     picture-in-picture windows are exited,
//     page popovers and modal dialogs are refused as they open (`beforetoggle`, `command`) or
//     closed (a mutation observer and a check every animation frame), and the host is raised;
//     a host hidden by any route (`beforetoggle` closing, popover attribute) is shown again in a
//     microtask, so within the page's own animation-frame callback;
//   - removed or moved: re-attached (moveBefore keeps the frame alive where the host is still
//     connected); re-attaching reloads the frame, so after a few re-attachments, or when the
//     warning cannot stay on top or cannot render (a sandboxed or non-HTML document, its frame
//     kept from loading by window.stop()), the tab
//     itself goes to the extension's warning page (pages/blocked.html), out of the page's reach;
//   - restyled: attributes dropped; :host rules are !important inside the shadow tree, which beats
//     the page's !important rules; properties of the root that scale, clip or hide what it holds
//     (zoom, transform, filter, clip-path, mask, contain, content-visibility…) are overridden
//     inline with !important; view transitions (painted above the top layer) are skipped;
//   - keyboard: the page body is made `inert`, the warning frame gets the focus and gets it back
//     (in a microtask) whenever the page takes it; the page sees no focus events meanwhile;
//   - the tab: its title and icon are HangUp's while the warning shows (restored on "Show the
//     page anyway");
//   - frames: every page iframe is sandboxed without `allow-modals` before its next document, so
//     a frame of another site shows no dialog over the warning; in the document, in shadow roots
//     (closed ones too, attached before or after the verdict, declarative ones) and in
//     same-origin frame documents. frame/object/embed cannot be sandboxed: taken out. All
//     given back on "Show the page anyway". A sub-frame of the warned tab runs the same frame
//     guard on its own document (`guardFrames`, no warning there); the background's frame rule
//     (background/frame_rules.js) covers what no guard sees;
//   - the browser's own lists: the selects the guard finds are disabled and the inputs lose their
//     `list` while it shows (closed shadow roots too), given back on "Show the page anyway".
'use strict';

const hangupOverlay = (() => {
  const { api, MSG, EVENT, HEADLINES } = hangupProtocol; // names: extension/common/protocol.js
  // Inline on the root element, each !important (beats every page rule on it, layered or not).
  // `transition` and `animation` first: a page transition would otherwise ease our values in.
  const ROOT_STYLE = [
    ['transition', 'none'], ['animation', 'none'], ['display', 'block'], ['visibility', 'visible'],
    ['opacity', '1'], ['zoom', '1'], ['transform', 'none'], ['scale', 'none'], ['rotate', 'none'],
    ['translate', 'none'], ['offset-path', 'none'], ['perspective', 'none'], ['filter', 'none'],
    ['clip-path', 'none'], ['mask', 'none'], ['contain', 'none'], ['content-visibility', 'visible'],
  ].map(([p, v]) => `${p}:${v}!important`).join(';');
  const REATTACH_LIMIT = 3; // re-attachments (each reloads the frame) within REATTACH_WINDOW_MS
  const REATTACH_WINDOW_MS = 10000;
  // The guard observer's answers between two animation frames (or two slow checks in a hidden
  // tab) before it leaves the repairs to the next frame's check: no page needs more.
  const GUARD_BURST = 200;
  const COVERED_LIMIT_MS = 1500; // the host not on top (despite every answer) this long: fall back
  // The warning frame not loaded this long in a visible tab (a page calling window.stop() in a
  // loop aborts its load and leaves it blank): loaded once more, then, the same again, fall back
  // (an honest slow load gets a second chance before the tab moves to the warning page).
  const BLANK_LIMIT_MS = 4000;
  const TITLE_FALLBACK = 'HangUp: scam page blocked';
  const HEADLINE_FALLBACK = 'This page is a fake virus warning. Your computer is fine.';
  const CLICKFIX_HEADLINE_FALLBACK = 'This page tried to make you run a command on your computer.';
  // overlay.html's first paint (ui.css: body.overlay, .card, .headline; its rem is 16 px) in pixels,
  // not rem (the page sets the root's font size), and generic fonts only (a page's @font-face
  // may redefine a named family, never a generic one).
  const STATIC_STYLE = `.paper{position:absolute;inset:0;background:#f4f1ea;color-scheme:light;display:flex;
        align-items:flex-start;justify-content:center;padding:4vh 16px;box-sizing:border-box;
        font:18px/1.5 system-ui,sans-serif;color:#1b1b1b;text-align:start}
        .card{max-width:704px;width:100%;box-sizing:border-box;background:#fff;border-radius:12px;
        padding:24px 28px;box-shadow:0 2px 16px rgba(0,0,0,.12);border-top:8px solid #8a1c1c}
        .headline{font-size:25.6px;line-height:1.25;margin:0;font-weight:700;color:#8a1c1c}
        @media (max-width:480px){.paper{padding:8px}.card{padding:16px;border-radius:8px}.headline{font-size:21.6px}}`;
  // The page's frames while the warning shows (docs/LOCK.md, "opens dialogs from a frame of another
  // site"): a dialog is tab-modal, above the top layer, and a frame of another site inserted or
  // navigated after the verdict runs its first script before its own content script can learn of
  // it. Sandbox flags are taken when a navigation starts, and a navigation of another site has
  // not committed by the end of the page's task: each iframe gets a `sandbox` without
  // `allow-modals` and is navigated again, in the observer's microtask. frame/object/embed have
  // no sandbox: a new one (or one given a new address) is taken out.
  const FRAMES = 'iframe,frame,object,embed';
  const FRAME_ATTRS = ['sandbox', 'src', 'srcdoc', 'data'];
  // A classic select's list and a datalist's suggestions are the browser's own widgets, drawn above
  // the page and the warning, opened by the activation a click on the warning gives the page
  // (`showPicker()` of a script-less frame's realm). The top frame's user sheet hides them
  // (top_layer.js), but in Chromium a closed root's own `display: block !important` keeps them
  // rendered (review 24 H8): every one the guard finds, in the document and in the shadow roots it
  // enters, closed ones too, is disabled (a select) or loses its `list` (an input) while the
  // warning shows: `showPicker()` refuses an element that is not mutable and an input with no list
  // has no suggestions. Given back with the frames on "Show the page anyway".
  const LISTS = 'select,input[list]';
  const GUARD_ATTRS = [...FRAME_ATTRS, 'list', 'disabled'];
  const MODALS = /(^|\s)allow-modals(\s|$)/i;
  const SCRIPTS = /(^|\s)allow-scripts(\s|$)/i;
  // Elements that can hold a shadow root (attachShadow's list, and custom elements): only these
  // are asked for a closed one (an extension API call each in Chromium).
  const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
  // The walk at mount (every element of the document, its shadow roots and same-origin frame
  // documents) stops after this many elements: a huge DOM costs a bounded time once
  // (docs/BENCHMARKS.md); what it did not reach is still sandboxed when the page changes it.
  const WALK_LIMIT = 200000;
  const FRAME_DEPTH = 3; // same-origin frame documents within frame documents
  // The MAIN world tells of each shadow root attached while the warning shows (composed: the
  // listener on window sees its outermost host, whose subtree is walked).
  const SHADOW_EVENT = EVENT.shadow;
  // The name of the frame that tells every frame of the tab the warning shows (ancestorWarned()).
  const WARNED_MARK = 'hangup-warning-shown';
  const MARK_FRAME = typeof globalThis.cloneInto !== 'function'; // (a Firefox content script has cloneInto)
  const FIREFOX = !MARK_FRAME;
  // A touch within this long of `consume` spending the activation is the same click's (pointerdown,
  // then pointerup): the page had none to spend (`unpick`).
  const UNPICK_SKIP_MS = 150;
  // The name under which a same-origin sub-frame's content script finds this document's `keep`
  // (`unguarded`): a property of this content script's own global (Chromium's isolated world;
  // the page's world does not see it).
  const KEEP = 'hangupKeepFrame';

  const o = {
    host: null,
    frame: null,
    mark: null, // the named frame of WARNED_MARK, in the host
    guard: null,
    timer: 0,
    raf: 0,
    root: null,
    rootStyle: null, // the root's own style attribute, restored on unmount
    reattached: [],
    coveredSince: 0,
    loadingSince: 0, // when the warning frame started (re)loading; 0 once it has loaded
    reloadedBlank: false, // the frame was loaded once more after BLANK_LIMIT_MS
    runs: false, // the warning frame's page runs (the background said so): false while it (re)loads
    fellBack: false,
    leftFullscreen: false, // the page's full screen was left: raise the host once (check)
    src: '', // the warning frame's address: overlay.html, '?<kind>' for another kind's headline (protocol.js HEADLINES; a query, not a fragment: setting the same src again must reload)
    // Shown again after a long time hidden (timers throttled): the load gets its full time.
    onVisible: () => {
      if (o.loadingSince && !document.hidden) o.loadingSince = Date.now();
    },
    title: null, // { page, ours }
    icons: [], // the page's icon links, taken out while the warning shows
    ourIcon: null,
    sandboxed: new Map(), // page iframe -> its own sandbox attribute (null: none), given back on unmount
    reloaded: new Set(), // page iframes loaded again under the sandbox: loaded again on unmount
    removed: new Map(), // frame/object/embed taken out -> { parent, next }: put back on unmount
    trees: new Set(), // shadow roots and same-origin frame documents observed besides the document
    sought: new WeakSet(), // shadow roots past the observed trees whose frames were searched (`seek`)
    listed: new Map(), // select -> null (disabled by us), input -> its own `list` (taken away): given back on unmount (LISTS)
    keeper: null, // observes the frames kept for a sub-frame with no MAIN world (`keep`) outside the guard's trees
    // "Show the page anyway" came (unmount): frames given back load as the page made them, and
    // one that still finds the warning's mark meanwhile (another frame's warning not yet put
    // away) is not taken again (`keep`). Until the warning is shown or guarded again here.
    shownAnyway: false,
    localNavs: false, // a sub-frame cancels its navigations to local documents while the warning shows (guardFrames)
    walked: 0, // elements walked (WALK_LIMIT)
    bodyWasInert: false,
    inertBody: null,
    // Whether the page may show the browser's validation bubbles (page text drawn over the
    // warning): not from the verdict until "Show the page anyway" (content.js sets it, every frame).
    bubbles: true,

    mounted() {
      return this.host !== null;
    },

    /** The background saw the warning's page run in this tab (its first request): the frame
     *  loaded by the last (re)load draws the warning. Only the background can say it: the page
     *  cannot reach the frame, and a message from the page could be forged. */
    ran() {
      if (this.host) this.runs = true;
    },

    /** For the background's check (background/warning_watch.js): is the warning drawn here? */
    drawn() {
      return Boolean(this.host?.isConnected && this.runs);
    },

    /** `kind`: the verdict's (protocol.js `HEADLINES`), whose headline the cover and the frame's
     *  static fallback paint: the words the frame's view will show (src/ui/wording.rs). */
    mount({ kind } = {}) {
      kind = hangupProtocol.kindOf({ kind });
      if (this.host) return;
      this.shownAnyway = false;
      // A sandboxed document (CSP `sandbox`, opaque origin) cannot show an extension frame in
      // Firefox, and a document that is not HTML (SVG, XML) cannot host the popover and shadow
      // root at all: the warning page in the tab itself is the strongest option there.
      const html = document.documentElement?.namespaceURI === 'http://www.w3.org/1999/xhtml' && typeof HTMLElement === 'function';
      if (!html || String(globalThis.origin) === 'null') {
        this.fallback(html ? 'sandboxed' : 'not-html');
        if (!html) return;
      }
      let host;
      let frame;
      try {
        host = document.createElement('hangup-warning');
        const shadow = host.attachShadow({ mode: 'closed' });
        const style = document.createElement('style');
        // `all: initial` keeps page CSS from leaking in through inheritance; it also resets the
        // UA's [popover] box (margin, border, padding, background). Page rules may generate
        // ::before/::after boxes on the host itself (painted inside it, above the frame, and
        // elementFromPoint sees the host there): none.
        style.textContent = `:host{all:initial!important;position:fixed!important;inset:0!important;
        width:100vw!important;height:100vh!important;max-width:none!important;max-height:none!important;
        margin:0!important;padding:0!important;border:0!important;overflow:hidden!important;
        z-index:2147483647!important;display:block!important;zoom:1!important;
        visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;
        scale:none!important;rotate:none!important;translate:none!important;offset-path:none!important;
        clip-path:none!important;mask:none!important;pointer-events:auto!important;contain:none!important;
        content-visibility:visible!important;transition:none!important;animation:none!important}
        :host::backdrop,:host::before,:host::after{display:none!important;content:none!important}
        iframe{all:initial;display:block;position:absolute;inset:0;width:100%;height:100%;border:0;color-scheme:light}
        ${STATIC_STYLE}`;
        frame = document.createElement('iframe');
        this.src = api.runtime.getURL('pages/overlay.html') + (kind === 'tech_support' ? '' : `?${kind}`);
        frame.src = this.src;
        frame.setAttribute('title', 'HangUp');
        // The warning may write the clipboard (its harmless note over a scam's command,
        // pages/clipboard_note.js); no other feature is delegated to it.
        frame.setAttribute('allow', 'clipboard-write');
        frame.addEventListener('load', () => this.loaded(frame));
        // The warning's headline painted with the cover, under the frame (transparent until its
        // own page paints the same card over it): the frame's load is the longest step to the
        // warning's text (docs/BENCHMARKS.md), and the content script already has the words.
        // A text field behind the frame whose showPicker() consumes user activation (`consume`).
        const picker = document.createElement('input');
        picker.autocomplete = 'off';
        picker.tabIndex = -1;
        picker.setAttribute('aria-hidden', 'true');
        picker.style.cssText = 'all:initial;position:absolute;left:0;top:0;width:1px;height:1px;opacity:0;pointer-events:none';
        this.picker = picker;
        shadow.append(style, picker, staticCard(kind), frame);
        // A named frame in the host's own (never rendered) children: any frame of the tab, of any
        // origin, finds the warning shown through `top[name]` (ancestorWarned()).
        this.keepMark(host);
      } catch {
        this.fallback('no-host');
        return;
      }
      // A validation bubble open now (shown before the verdict, page text over the page) is
      // Firefox's popup, which closes only when its field is blurred: the field is blurred while
      // its `blur` still reaches the page (from here on the focus listener stops focus events).
      blurFocused();
      this.host = host;
      this.frame = frame;
      this.root = document.documentElement;
      this.rootStyle = this.root.getAttribute('style');
      this.root.append(host);
      this.reattached = [];
      this.coveredSince = 0;
      this.loadingSince = Date.now();
      this.reloadedBlank = false;
      this.runs = false;
      // Every change the page makes is answered in the observer's microtask, before paint.
      this.burst = 0;
      this.guard = new MutationObserver((records) => {
        try {
          this.frames(records);
        } catch {
          /* a node gone meanwhile: the warning's own checks run all the same */
        }
        // A page observer that undoes each repair (with methods taken before the hooks) trades
        // records with this one for ever in one microtask checkpoint: the renderer hangs with the
        // warning unpainted (hostile/observer-attr.html, observer-raf-remove.html). Past the
        // burst the repairs wait for the next frame and the tab goes to the full-tab warning.
        if (++this.burst > GUARD_BURST) return this.fallback('fight');
        this.check();
      });
      this.guard.observe(document, {
        childList: true, subtree: true, characterData: true, attributes: true,
        attributeFilter: ['style', 'class', 'inert', 'hidden', 'open', 'popover', 'rel', 'href', ...GUARD_ATTRS],
      });
      // Frames already there, in the document, its shadow roots and same-origin frame documents:
      // their next navigation is sandboxed (what they show now had its content scripts told of
      // the verdict with every other frame of the tab).
      this.walked = 0;
      try {
        for (const c of [...this.root.children]) if (c !== host) this.squats(c);
        this.enter(document, false, 0);
      } catch {
        /* an odd tree: the warning goes up all the same */
      }
      this.guard.takeRecords();
      document.addEventListener('visibilitychange', this.onVisible); // one listener, however many mounts
      this.takeTab();
      this.check();
      // Keyboard focus into the warning now (overlay.js then focuses "Leave this page" inside).
      // Not again on load: re-focusing the frame element would take the focus off that button.
      this.focus();
      const tick = () => {
        if (!this.host) return;
        this.burst = 0;
        this.check(true);
        this.raf = requestAnimationFrame(tick);
      };
      this.raf = requestAnimationFrame(tick);
      // Animation frames stop in a hidden tab; keep a slow check for the moment it is shown.
      this.timer = setInterval(() => {
        this.burst = 0;
        this.check(true);
      }, 500);
      this.consumer = setInterval(() => this.consume(), 10);
      addEventListener('message', this.onConsume, true);
    },

    /** A click or key press on the warning gives the page user activation too (it reaches every
     *  ancestor of the frame clicked), with which it could write the clipboard by routes no hook
     *  sees (a script-less frame's writeText). While the warning shows, that activation is
     *  consumed as soon as this world sees it: showPicker() on a text field of this document
     *  consumes it for the whole frame tree (HTML "show the picker, if applicable"; a text field
     *  shows no picker). Checked every 10 ms and when the warning's frame says it was touched
     *  (`onConsume`): the page may still write in the moment before (the warning's note then
     *  writes over it, pages/clipboard_note.js). docs/LOCK.md, "The clipboard while the warning shows". */
    consume() {
      if (!this.host || navigator.userActivation?.isActive === false) return;
      try {
        this.picker?.showPicker();
        this.consumedAt = Date.now();
      } catch {
        /* no activation (any more) */
      }
    },
    onConsume: (e) => {
      if (e.source !== o.frame?.contentWindow || e.data !== EVENT.touched) return;
      o.consume();
      o.unpick();
    },

    /** Firefox: the page may see the activation a touch of the warning gives it before `consume`
     *  does (polling with a MessageChannel: hostile/select-shadow-deep.html?fast) and spend it on a
     *  showPicker() taken before the verdict from a frame no hook reached, on an input with a list
     *  in a closed root out of the guard's sight. Firefox draws that datalist's suggestions
     *  (PopupAutoComplete, a browser popup above the warning) for an input the user sheet leaves
     *  unrendered, and keeps them open until a trusted blur in the document stops the form-fill
     *  controller. So on each touch whose activation is already gone and was not spent by
     *  `consume` (the page spent it), the warning's frame is blurred and focused again in the
     *  same task: the popup closes; the frame's own page keeps its focused control; the page sees
     *  no focus event (`onFocusMove`). docs/LOCK.md, "Native pickers". */
    unpick() {
      if (!FIREFOX || !this.host || navigator.userActivation?.isActive !== false) return;
      if (Date.now() - (this.consumedAt ?? 0) < UNPICK_SKIP_MS || document.activeElement !== this.host) return;
      try {
        this.frame?.blur();
      } finally {
        this.focus();
      }
    },

    /** A sub-frame of a warned tab (content.js): no warning here (the top frame shows it), but the
     *  frames this document makes or navigates while it shows get the same sandbox (the top's
     *  guard cannot see into a frame of another site; frames that load nothing from the network,
     *  `srcdoc`, `data:`, `blob:`, are not reached by the background's rule either). */
    guardFrames() {
      this.shownAnyway = false;
      if (!this.host && !this.localNavs) {
        this.localNavs = true;
        try {
          globalThis.navigation?.addEventListener('navigate', onLocalNavigate, true);
        } catch {
          /* no Navigation API */
        }
      }
      if (this.guard || this.host || !document.documentElement || topGuards()) return;
      this.guard = new MutationObserver((records) => {
        try {
          this.frames(records);
        } catch {
          /* a node gone meanwhile */
        }
      });
      this.guard.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: GUARD_ATTRS });
      this.walked = 0;
      try {
        // (Not into same-origin frame documents: each runs its own guard. Two guards observing
        // one document would answer each other's re-insertions without end.)
        this.enter(document, false, FRAME_DEPTH);
      } catch {
        /* an odd tree */
      }
      this.guard.takeRecords();
    },

    /** This sub-frame's page world has no HangUp MAIN world (content.js: its neutralise went
     *  unanswered; a frame sandboxed without `allow-scripts`), so its alert(), confirm() and
     *  prompt() are the browser's own for whoever holds its window: the page may have taken it
     *  before the verdict, or just now, in a shadow root no walk reaches or whose method and
     *  getter it took from a pristine realm, and a `sandbox` attribute changed after the frame
     *  loaded tells nothing of the document it loaded (review 22 H4). The parent document's
     *  guard loads the frame again under a sandbox without `allow-modals` (`keep`), in this very
     *  call: a frame made while the warning shows is replaced before the page's next statement.
     *  Only Chromium lets the child's content script reach its parent's (same extension, same
     *  origin: the page's world sees neither); Firefox, where this does nothing, showed no such
     *  dialog in these cases. */
    unguarded() {
      let f = null;
      let keep = null;
      try {
        f = window.frameElement;
        keep = f?.ownerDocument?.defaultView?.[KEEP];
      } catch {
        /* no parent to ask */
      }
      if (typeof keep === 'function') return void keep(f);
      // A parent of another origin (`frameElement` is null): a page of this frame's origin
      // further up may still hold this window (a named frame is reached by `window.open('',
      // name)` from anywhere in the tab; review 23 H4). A document from the network loads itself
      // again, once (the background keeps count): the tab's frame rule gives the new response a
      // sandbox without modals. (A local document here, `about:blank` navigated to by such a
      // page, inherits the frame's flags: not covered, docs/LOCK.md.)
      if (f) return;
      // A local document of this origin (`about:blank`, a `blob:`: it inherits the frame's flags,
      // dialogs included, and no header rule reaches it), made by a page that can reach this window:
      // the top page navigated the frame here before its network document had started, so no
      // listener of ours could cancel that navigation (review 23 H7, `onLocalNavigate`). It goes on
      // to an empty `data:` document: another origin (opaque), whose dialogs no page can call.
      if (/^(about|blob):$/.test(location.protocol)) {
        location.replace('data:text/html,');
        return;
      }
      if (!/^https?:$/.test(location.protocol)) return;
      // A document that was not itself reloaded loads again at once (no round trip: a page that
      // keeps its renderer busy with dialogs would delay the answer), and the background notes it;
      // a reloaded one (by us, or by the page before the verdict) asks first.
      let reloaded = true;
      try {
        reloaded = performance.getEntriesByType('navigation')[0]?.type === 'reload';
      } catch {
        /* asked */
      }
      if (!reloaded) {
        api.runtime.sendMessage({ what: MSG.frameReload, now: true }).catch(() => {});
        location.reload();
        return;
      }
      api.runtime.sendMessage({ what: MSG.frameReload }).then((a) => {
        if (a?.reload === true) location.reload();
      }).catch(() => {});
    },

    /** Frame `f` of this document asked to be loaded again (`unguarded`): it is, under the
     *  guard's sandbox, and given back with the rest on "Show the page anyway". Once: a frame
     *  loaded again under a sandbox without `allow-modals` asks too (its page world is the same,
     *  script-less), and is left. The `sandbox`, `src`, `srcdoc` of a frame kept outside the
     *  trees the guard observes are observed on the frame itself: a change may start a
     *  navigation under other flags, and the frame is loaded again as the guard would. */
    keep(f) {
      try {
        if (this.shownAnyway || !f?.isConnected || f.localName !== 'iframe' || f.ownerDocument !== document) return;
        const own = f.getAttribute('sandbox');
        if (this.reloaded.has(f) && own !== null && !MODALS.test(own)) return;
        this.sandbox(f, true);
        this.watchFrame(f);
      } catch {
        /* a frame gone meanwhile */
      }
    },

    /** The `sandbox`, `src`, `srcdoc` of frame `f`, outside the trees the guard observes, observed
     *  on the frame itself (`keep`, `seek`). */
    watchFrame(f) {
      try {
        this.keeper ??= new MutationObserver((records) => {
          const seen = new Set();
          for (const r of records) {
            const g = r.target;
            if (seen.has(g)) continue;
            seen.add(g);
            const root = g.getRootNode();
            if (this.guard && (root === document || this.trees.has(root))) continue; // the guard answers
            try {
              this.sandbox(g, true);
            } catch {
              /* gone */
            }
          }
          this.keeper?.takeRecords(); // our own changes
        });
        this.keeper.observe(f, { attributes: true, attributeFilter: FRAME_ATTRS });
      } catch {
        /* a frame gone meanwhile */
      }
    },

    // "Show the page anyway" (issue 5, UI): the person chose to see the page; remove the warning
    // for this page view only. The content script keeps `warned`, so it is not mounted again
    // until the next navigation.
    unmount() {
      const host = this.host;
      this.host = null; // first: the listeners and the observer stand down
      this.shownAnyway = true;
      this.guard?.disconnect();
      this.keeper?.disconnect();
      this.keeper = null;
      clearInterval(this.timer);
      clearInterval(this.consumer);
      removeEventListener('message', this.onConsume, true);
      cancelAnimationFrame(this.raf);
      if (document.body && this.inertBody === document.body && !this.bodyWasInert) document.body.inert = false;
      if (this.root) {
        if (this.rootStyle === null) this.root.removeAttribute('style');
        else this.root.setAttribute('style', this.rootStyle);
      }
      this.giveTabBack();
      for (const t of this.trees) {
        try {
          if (t.nodeType === 9) t.defaultView?.removeEventListener(SHADOW_EVENT, this.onShadow, true);
        } catch {
          /* gone */
        }
      }
      this.trees.clear();
      this.sought = new WeakSet();
      for (const [e, own] of this.listed) {
        try {
          if (own === null) e.removeAttribute('disabled');
          else if (!e.hasAttribute('list')) e.setAttribute('list', own);
        } catch {
          /* gone */
        }
      }
      this.listed.clear();
      // The page's frames get their own sandbox attribute back (for their next navigation), and
      // those loaded again under the sandbox load again without it: the page as it would be.
      for (const [f, own] of this.sandboxed) {
        if (own === null) f.removeAttribute('sandbox');
        else f.setAttribute('sandbox', own);
      }
      for (const f of this.reloaded) if (f.isConnected && this.sandboxed.has(f)) reinsert(f);
      this.sandboxed.clear();
      this.reloaded.clear();
      // frame/object/embed taken out go back where they were (they load their address again).
      for (const [el, { parent, next }] of [...this.removed].reverse()) {
        try {
          if (parent.isConnected && !el.isConnected) parent.insertBefore(el, next?.parentNode === parent ? next : null);
        } catch {
          /* the page rebuilt that part meanwhile */
        }
      }
      this.removed.clear();
      host?.remove();
      this.frame = this.guard = this.root = this.mark = null;
    },

    /** Tree `t` (the document, a shadow root, a same-origin frame document) guarded: observed,
     *  its frames sandboxed (`reload`: inserted just now), its shadow roots and same-origin frame
     *  documents entered, within WALK_LIMIT elements. */
    enter(t, reload, depth) {
      if (t !== document) {
        if (this.trees.has(t)) return;
        if (this.trees.size >= 1024) return void this.seek(t, reload); // (a page making roots without end)
        this.trees.add(t);
        // (One observer for every tree: its callback gets the page's changes in all of them at once.)
        this.guard.observe(t, { childList: true, subtree: true, attributes: true, attributeFilter: GUARD_ATTRS });
        if (t.nodeType === 9) {
          try {
            t.defaultView?.addEventListener(SHADOW_EVENT, this.onShadow, true);
            t.defaultView?.addEventListener('invalid', onInvalid, true);
          } catch {
            /* gone */
          }
        } else t.addEventListener('invalid', onInvalid, true); // a shadow root: the event stops there
      }
      this.walk(t, reload, depth);
    },

    /** Tree `t`, a shadow root past the 1 024 trees the guard observes (a page making roots
     *  without end; review 23 H4's frame sits in a closed root after 1 100 empty ones): not
     *  observed, but its frames get the sandbox (those there before the warning for their next
     *  document: `forNext`; so a page that sends review 23 H4's frame to `about:blank` before its
     *  own document started gets a document with no dialogs, review 23 H7) and are watched on
     *  themselves, and its roots are searched the same way, within WALK_LIMIT elements; once per
     *  root and warning. */
    seek(t, reload) {
      if (this.sought.has(t)) return;
      this.sought.add(t);
      this.lists(t);
      for (const f of t.querySelectorAll(FRAMES)) {
        if (reload || f.localName !== 'iframe') this.sandbox(f, reload);
        else this.forNext(f);
        if (f.localName === 'iframe' && f.isConnected) this.watchFrame(f);
      }
      if (this.walked >= WALK_LIMIT) return;
      const all = elements(t);
      const end = Math.min(all.length, WALK_LIMIT - this.walked);
      this.walked += end;
      for (let i = 0; i < end; i++) this.shadowOf(all[i], reload, FRAME_DEPTH);
    },

    /** Iframe `f`, there before the warning in a root past the observed trees, allows no dialog
     *  from its next document on (one the page sends to `about:blank` included), and is not loaded
     *  again from here: a script-less one with modals loads itself again (content.js, `unguarded`).
     *  (In headless Chromium, such a frame taken out by the guard of its parent, a frame of another
     *  process, while the page held one of its dialogs open ended the tab and the browser context:
     *  seen in the hostile suite's dialog pages, docs/LOCK.md review 24 H5.) */
    forNext(f) {
      const own = f.getAttribute('sandbox');
      if (own !== null && !MODALS.test(own)) return;
      if (!this.sandboxed.has(f)) remember(this.sandboxed, f, own, (_, g) => g.isConnected);
      f.setAttribute('sandbox', '');
    },

    /** The frames and shadow roots under `n` (a tree, or an element and its subtree). */
    walk(n, reload, depth) {
      this.lists(n);
      const frames = n.querySelectorAll(FRAMES);
      for (const f of n.nodeType === 1 && n.matches(FRAMES) ? [n, ...frames] : frames) {
        this.sandbox(f, reload);
        // A same-origin frame's document (made before the verdict: its scripts run) is guarded too.
        // (One inserted just now is loading again under the sandbox: nothing of it runs.)
        if (reload || f.localName !== 'iframe' || !f.isConnected || depth >= FRAME_DEPTH) continue;
        let d = null;
        try {
          d = f.contentDocument;
        } catch {
          /* another origin */
        }
        if (d?.documentElement) this.enter(d, false, depth + 1);
      }
      if (this.walked >= WALK_LIMIT) return;
      const all = elements(n);
      const end = Math.min(all.length, WALK_LIMIT - this.walked);
      this.walked += end;
      if (n.nodeType === 1) this.shadowOf(n, reload, depth);
      for (let i = 0; i < end; i++) this.shadowOf(all[i], reload, depth);
    },

    /** Element `e`'s shadow root, closed ones too, guarded. */
    shadowOf(e, reload, depth) {
      const name = e.localName;
      if ((!SHADOW_HOSTS.has(name) && !name.includes('-')) || e === this.host) return; // never our own
      const sr = hangupShadowRoot(e);
      if (sr && !this.trees.has(sr)) this.enter(sr, reload, depth);
    },

    /** The MAIN world attached a shadow root under `e.target` (retargeted to the outermost host
     *  in the document) while the warning shows: the new roots in its subtree are guarded. */
    onShadow: (e) => {
      const t = e.target;
      if (!o.guard || !t || t.nodeType !== 1) return; // (a sub-frame's guard has no host)
      try {
        o.frames(o.guard.takeRecords()); // the page's changes so far, answered first
        o.shadows(t);
      } catch {
        /* a node gone meanwhile */
      }
      o.guard.takeRecords(); // our own changes: not the page's
      queueMicrotask(() => o.check()); // (what those records would have checked)
    },

    /** The shadow roots under element or root `n` (its own too) not yet guarded: guarded, also
     *  inside roots already guarded (a new root nested in one), within WALK_LIMIT elements. */
    shadows(n, budget = { left: WALK_LIMIT }) {
      const visit = (e) => {
        const name = e.localName;
        if ((!SHADOW_HOSTS.has(name) && !name.includes('-')) || e === this.host) return;
        const sr = hangupShadowRoot(e);
        if (!sr) return;
        if (!this.trees.has(sr)) this.enter(sr, true, 0);
        else if (budget.left > 0) this.shadows(sr, budget);
      };
      if (n.nodeType === 1) visit(n);
      const all = elements(n);
      const end = Math.min(all.length, budget.left);
      budget.left -= end;
      for (let i = 0; i < end; i++) visit(all[i]);
    },

    focus() {
      // Focus inside the warning (overlay.js then focuses its first action) unless already there.
      if (this.host && document.activeElement !== this.host) this.frame?.focus();
    },

    /** Frames the page inserted, or whose address or sandbox it changed, by any route. */
    frames(records) {
      // Each frame once, `true` when what it is loading may have started without our sandbox:
      // inserted, or its sandbox attribute touched (even if put back as it was: a navigation may
      // have started in between).
      const todo = new Map();
      const added = [];
      const add = (f, reload) => todo.set(f, reload || todo.get(f) === true);
      for (const r of records) {
        if (r.type === 'attributes') {
          if (FRAME_ATTRS.includes(r.attributeName) && r.target.matches(FRAMES)) add(r.target, r.attributeName === 'sandbox');
          else if ((r.attributeName === 'list' || r.attributeName === 'disabled') && r.target.matches(LISTS)) this.unlist(r.target);
          continue;
        }
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1) continue;
          if (n.matches(FRAMES)) add(n, true);
          if (n.firstElementChild) for (const f of n.querySelectorAll(FRAMES)) add(f, true);
          // Shadow roots in what was added (declarative ones from `setHTMLUnsafe`, or attached
          // while it was out of the document) are guarded too.
          added.push(n);
        }
      }
      for (const [f, reload] of todo) this.sandbox(f, reload);
      for (const n of added) {
        if (!n.isConnected) continue;
        if (n.parentNode === document.documentElement && this.squats(n)) continue;
        this.lists(n, true);
        this.shadows(n);
      }
      this.guard.takeRecords(); // our own changes, made just now: not the page's
    },

    /** Element `n`, a child of the root, is the page's own `hangup-warning` (not ours): taken out
     *  for good. While the warning shows, the top frame's user sheet hides every child of the root
     *  but the warning's host (top_layer.js): a page element of the host's name there would be
     *  rendered, and a select in its shadow root could open its list over the warning. A
     *  sub-frame's guard (no host: the sheet is the top frame's) leaves its document as it is. */
    squats(n) {
      if (n.localName !== 'hangup-warning' || !this.host || n === this.host || this.shownAnyway) return false;
      n.remove();
      return true;
    },

    /** The selects and inputs with a list under `n` (a tree, or an element and its subtree, itself
     *  too): no native list while the warning shows (LISTS). */
    lists(n, fresh = false) {
      const found = n.querySelectorAll(LISTS);
      for (const e of n.nodeType === 1 && n.matches(LISTS) ? [n, ...found] : found) this.unlist(e, fresh);
    },

    /** Select `e` disabled, or input `e`'s `list` taken away (its own kept for unmount). A select
     *  the page disabled itself is left (and not enabled on unmount). */
    unlist(e, fresh = false) {
      if (!e.isConnected || this.shownAnyway) return;
      // A list the page opened already (a select made, inserted and opened in one task, review 25
      // H3) stays open when the select is disabled: taken out and put back, which closes it. So is
      // every one inserted while the warning shows.
      let open = fresh;
      try {
        open ||= e.matches(':open');
      } catch {
        /* no :open (Firefox) */
      }
      if (e.localName === 'select') {
        if (e.hasAttribute('disabled') && !open) return;
        if (!this.listed.has(e)) remember(this.listed, e, null, (_, g) => g.isConnected);
        e.setAttribute('disabled', '');
      } else {
        const own = e.getAttribute('list');
        if (own === null && !open) return;
        if (own !== null && !this.listed.has(e)) remember(this.listed, e, own, (_, g) => g.isConnected);
        e.removeAttribute('list');
      }
      if (open) reinsert(e);
    },

    /** Frame `f` shows no dialog from its next document on; `reload`: what it is loading now is
     *  loaded again under the sandbox (a navigation to another site has not committed yet). */
    sandbox(f, reload) {
      if (!f.isConnected) return;
      if (f.localName !== 'iframe') {
        // No sandbox for these: a <frame> made before the verdict can still be navigated
        // (`frames[i].location`, or by itself) without a mutation, so every one goes at mount.
        if (reload || f.localName === 'frame' || f.hasAttribute('data') || f.hasAttribute('src')) {
          remember(this.removed, f, { parent: f.parentNode, next: f.nextSibling }, (at) => at.parent.isConnected);
          f.remove();
        }
        return;
      }
      const own = f.getAttribute('sandbox');
      const safe = own !== null && !MODALS.test(own);
      // A frame sandboxed without scripts but with modals: no HangUp script runs in its document,
      // and the page may call that window's own alert()/confirm()/prompt(), taken at any time,
      // over the warning (hostile/dialog-scriptless.html): it loads again under the sandbox.
      if (!safe && own !== null && !SCRIPTS.test(own)) reload = true;
      if (safe && !reload) return;
      if (!this.sandboxed.has(f)) remember(this.sandboxed, f, own, (_, g) => g.isConnected);
      if (!safe) f.setAttribute('sandbox', '');
      if (!reload) return;
      remember(this.reloaded, f, f, (_, g) => g.isConnected);
      reinsert(f);
    },

    /** The strongest option: the background sends the tab itself to the warning page. Once. */
    fallback(reason) {
      if (this.fellBack) return;
      this.fellBack = true;
      api.runtime.sendMessage({ what: MSG.block, reason }).catch(() => {});
    },

    /** Puts everything right again; cheap when nothing changed (it runs every frame). */
    check(frame = false) {
      const host = this.host;
      const root = document.documentElement;
      if (!host || !root) return;
      if (root !== this.root) {
        // A new root (document.open(), the root replaced by a route the MAIN world did not
        // refuse): the warning frame reloads with it, and a page that does it once will do it
        // again. The tab goes to the warning page; meanwhile the host follows the new root, the
        // listeners (erased with the old document) are registered again and the MAIN world is
        // told again to refuse.
        this.fallback('root-replaced');
        this.root = root;
        this.rootStyle = root.getAttribute('style');
        listen();
        document.dispatchEvent(new CustomEvent(EVENT.neutralise));
      }
      // A full-screen element sits in the top layer above everything: leave full screen. An
      // `overlay` transition keeps the element there after it left (Chromium): finished, and the
      // host raised above whatever lingers (hostile/fullscreen-overlay.html).
      let raise = this.leftFullscreen;
      this.leftFullscreen = false;
      if (document.fullscreenElement && document.exitFullscreen) {
        document.exitFullscreen().then(() => {
          this.leftFullscreen = true;
          this.check();
        }, () => {});
      } else if (document.webkitFullscreenElement) document.webkitExitFullscreen?.();
      if (raise) finishOverlay();
      // Picture-in-picture windows float above every window, the warning's tab included: a kit
      // may open one with its scam on the first click. Closed, whoever opened them.
      try {
        globalThis.documentPictureInPicture?.window?.close();
      } catch {
        /* none, or already closing */
      }
      if (document.pictureInPictureElement) document.exitPictureInPicture?.().catch(() => {});
      // Attributes the page put on the host (style, hidden, inert, popover…) go.
      for (const name of host.getAttributeNames()) if (name !== 'popover') host.removeAttribute(name);
      if (host.parentNode !== root) this.reattach(host, root, frame);
      this.keepMark(host);
      // Page modal dialogs and popovers sit in the top layer too (and a modal dialog makes
      // everything else inert): close them.
      for (const el of document.querySelectorAll('dialog[open], :popover-open')) {
        if (el === host) continue;
        try {
          if (el.matches(':popover-open')) el.hidePopover();
          else el.close();
          raise = true;
        } catch {
          /* not ours to close */
        }
      }
      if (typeof host.showPopover === 'function') {
        try {
          if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
          if (raise && host.matches(':popover-open')) host.hidePopover();
          if (!host.matches(':popover-open')) host.showPopover();
        } catch {
          /* not connected yet */
        }
      } else if (root.lastElementChild !== host) {
        // No top layer: tree order decides between equal z-indexes. moveBefore keeps the frame alive.
        if (typeof root.moveBefore === 'function') root.moveBefore(host, null);
        else root.append(host);
      }
      // Whatever the page put on the root that scales, clips or hides it (and the host with it).
      if (root.getAttribute('style') !== `${this.rootStyle ?? ''};${ROOT_STYLE}`) root.setAttribute('style', `${this.rootStyle ?? ''};${ROOT_STYLE}`);
      if (root.inert) root.inert = false;
      // View transitions paint above the top layer; a held one keeps the scam on screen.
      try {
        document.activeViewTransition?.skipTransition();
      } catch {
        /* finished meanwhile */
      }
      // The page underneath takes no focus, clicks or keys: only the warning does.
      const body = document.body;
      if (body && body !== this.inertBody) {
        this.bodyWasInert = body.inert;
        this.inertBody = body;
      }
      if (body && !body.inert) body.inert = true;
      this.keepTab();
      // A page modal dialog took the focus (and made the warning inert while it was open): give the
      // focus back to the warning, whose own page remembers its focused control.
      if (raise) this.frame?.focus();
      if (frame) this.onTop(host);
      if (this.loadingSince) {
        // A hidden tab loads late (and checks rarely): count from when it shows.
        if (document.hidden) this.loadingSince = Date.now();
        else if (Date.now() - this.loadingSince > BLANK_LIMIT_MS) {
          if (this.reloadedBlank) this.fallback('blank');
          else {
            this.reloadedBlank = true;
            this.loadingSince = Date.now();
            this.runs = false;
            if (this.frame) this.frame.src = this.src;
          }
        }
      }
    },

    /** The named frame of WARNED_MARK, in the host (again if the page took it out). Not in
     *  Firefox: there an iframe in the host's never rendered children crashed the tab's content
     *  process when the page kept removing the host (hostile/root-pristine.html), and its frames
     *  in roots no hook told of held without it (docs/LOCK.md). */
    keepMark(host) {
      if (!MARK_FRAME) return;
      if (!this.mark) {
        this.mark = document.createElement('iframe');
        this.mark.name = WARNED_MARK;
      }
      if (this.mark.parentNode !== host) host.append(this.mark);
      // The page may rename its window (it is about:blank of the page's origin): named again in
      // place, not made anew (a frame re-created on every check crashed renderers).
      try {
        const w = this.mark.contentWindow;
        if (w && w.name !== WARNED_MARK) w.name = WARNED_MARK;
      } catch {
        /* navigated to another origin: the header rule still holds the tab's frames */
      }
    },

    reattach(host, root, frame = false) {
      // The page's move or removal reloaded the warning frame already: a page that keeps doing
      // it would keep the warning blank. Then the tab goes to the warning page (the host is
      // kept meanwhile).
      const now = Date.now();
      this.reattached = this.reattached.filter((t) => now - t < REATTACH_WINDOW_MS);
      if (this.reattached.length > REATTACH_LIMIT) {
        this.fallback('reattached');
        // Past the limit, once a frame: a page observer that takes the host out in answer to
        // each insertion (with a method taken before the hooks) would otherwise trade records
        // with the guard's observer for ever, and the page, its renderer and the fallback's
        // message with them would hang (hostile/observer-raf-remove.html).
        if (!frame) return;
      }
      this.reattached.push(now);
      if (this.reattached.length > REATTACH_LIMIT) this.fallback('reattached');
      if (host.isConnected && typeof root.moveBefore === 'function') {
        try {
          root.moveBefore(host, null); // still in the document: moved back without another reload
          return;
        } catch {
          /* across documents: append below */
        }
      }
      root.append(host);
      this.loadingSince = Date.now(); // a frame inserted again loads again
      this.runs = false;
    },

    /** The warning frame fired `load`: loaded, unless its load was aborted and it still holds
     *  the initial about:blank (readable from here, unlike the extension's page). */
    loaded(frame) {
      try {
        if (frame.contentWindow?.location.href === 'about:blank') return;
      } catch {
        /* the extension's page: another origin */
      }
      this.loadingSince = 0;
    },

    /** Checked once per frame: is the warning what a person sees? If it stays covered (by
     *  something none of the answers above removed) the tab goes to the warning page. */
    onTop(host) {
      // The visible viewport, scrollbars excluded (in quirks mode the body's client box is it).
      const vp = document.compatMode === 'BackCompat' && document.body ? document.body : document.documentElement;
      const w = Math.min(vp.clientWidth || innerWidth, innerWidth);
      const h = Math.min(vp.clientHeight || innerHeight, innerHeight);
      const points = [[w / 2, h / 2], [4, 4], [w - 4, h - 4]];
      const seen = points.every(([x, y]) => document.elementFromPoint(x, y) === host);
      if (seen || !w || !h) {
        this.coveredSince = 0;
        return;
      }
      if (!this.coveredSince) this.coveredSince = Date.now();
      else if (Date.now() - this.coveredSince > COVERED_LIMIT_MS) this.fallback('covered');
    },

    // --- The tab's title and icon are HangUp's while the warning shows.
    takeTab() {
      const ours = api.i18n?.getMessage('tabTitleBlocked') || TITLE_FALLBACK;
      this.title = { page: document.title, ours };
      api.runtime.sendMessage({ what: MSG.tabIcon }).then((r) => {
        if (!this.host || typeof r?.icon !== 'string') return;
        const link = document.createElement('link');
        link.rel = 'icon';
        // Sized for the tab strip (16 CSS px): both browsers prefer an exactly sized icon over
        // the page's unsized ones (Firefox does not drop an icon whose link was removed).
        const px = 16 * Math.max(1, Math.round(devicePixelRatio || 1));
        link.sizes = `${px}x${px}`;
        link.type = 'image/png';
        link.href = r.icon;
        this.ourIcon = link;
        this.keepTab();
      }, () => {});
      this.keepTab();
    },

    keepTab() {
      if (!this.title) return;
      if (document.title !== this.title.ours) document.title = this.title.ours;
      for (const link of document.querySelectorAll('link[rel~="icon" i]')) {
        if (link === this.ourIcon) continue;
        this.icons.push({ link, parent: link.parentNode, next: link.nextSibling });
        link.remove();
      }
      const icon = this.ourIcon;
      const head = document.head ?? document.documentElement;
      if (icon && icon.parentNode !== head) head.append(icon);
    },

    giveTabBack() {
      if (!this.title) return;
      document.title = this.title.page;
      this.ourIcon?.remove();
      for (const { link, parent, next } of this.icons.reverse()) {
        try {
          if (parent?.isConnected) parent.insertBefore(link, next?.parentNode === parent ? next : null);
        } catch {
          /* the page rebuilt its head meanwhile */
        }
      }
      this.icons = [];
      this.title = this.ourIcon = null;
    },
  };

  /** Whether the top frame's guard walks this sub-frame's document already: every frame from here
   *  up to the top is of the top's origin, within FRAME_DEPTH (as `walk` enters frame documents). */
  function topGuards() {
    let w = window;
    try {
      for (let depth = 1; w !== w.top; depth++) {
        if (depth > FRAME_DEPTH) return false;
        w = w.parent;
        void w.document; // throws for another origin
      }
      return true;
    } catch {
      return false;
    }
  }

  /** Whether the tab's top document shows the warning now: its named frame (WARNED_MARK) is
   *  reachable as `top[name]` from a frame of any origin (named child frames are among the few
   *  properties another origin may read), or, the same origin up to the top, the host itself.
   *  Asked by a sub-frame's content script at document_start, before the frame's own scripts run:
   *  a frame that loads nothing from the network (`srcdoc`, `about:blank`, `javascript:`, `data:`,
   *  a `blob:` of the page) inside a shadow root no hook told of is reached by neither the guard
   *  nor the background's header rule, and the background's answer to its first read comes after
   *  its first script (docs/LOCK.md). A page that names a frame so only neutralises its own frames: each asks the
   *  background, and reads as any other when the tab is not warned (review 21 H1).
   *  Asked only by a frame whose document the background's header rule does not reach
   *  (`unruled`): a cross-origin `top[name]` or `parent.document` read throws, which every ad
   *  frame of an ordinary page paid (docs/BENCHMARKS.md, "Twenty-second session (helper
   *  `cost`)"). One property read (and a few root children per same-origin ancestor). */
  function ancestorWarned() {
    // A document of the top's own origin, from the network too (review 23 H7: the frame of H4
    // loaded again under the rule, whose navigations the top page may send to `about:blank`):
    // its top's document is read without a throw (Chromium tells the top's origin first).
    // (A document sandboxed without `allow-same-origin` keeps its address's origin in `location`
    // but may not read the top: the read throws.)
    try {
      if (topOrigin() === location.origin && hostIn(window.top)) return true;
    } catch {
      /* an opaque origin */
    }
    if (!unruled()) return false;
    try {
      if (window.top[WARNED_MARK]) return true;
    } catch {
      /* another origin without such a frame: SecurityError */
    }
    let w = window;
    try {
      for (let depth = 0; w !== w.top && depth < 16; depth++) {
        w = w.parent;
        if (hostIn(w)) return true; // throws for another origin: stop there
      }
    } catch {
      /* another origin above */
    }
    // Past a parent of another origin, the top may still be of this document's origin (an
    // `about:blank` the top navigated a frame of another site's frame to: Firefox has no named
    // mark). One more read, only where the walk stopped below the top.
    if (w !== window.top) {
      try {
        return hostIn(window.top);
      } catch {
        /* another origin */
      }
    }
    return false;
  }
  /** Whether window `w`'s document holds the warning's host among its root's children (throws
   *  for another origin). */
  function hostIn(w) {
    const root = w.document.documentElement;
    for (let c = root?.lastElementChild; c; c = c.previousElementSibling) {
      if (c.localName === 'hangup-warning') return true;
    }
    return false;
  }
  /** The top document's origin where the browser tells it without a cross-origin read
   *  (`location.ancestorOrigins`, Chromium), or ''. */
  function topOrigin() {
    try {
      const a = location.ancestorOrigins;
      return a?.length ? a[a.length - 1] : '';
    } catch {
      return '';
    }
  }
  o.ancestorWarned = ancestorWarned;

  /** Whether this frame's document came by a way the background's header rule
   *  (background/frame_rules.js, a CSP `sandbox` on every frame response while the warning
   *  shows) does not reach: an address that loads nothing from the network (`about:blank`,
   *  `about:srcdoc`, `data:`, `blob:`; a `javascript:` URL's result from a blank frame is
   *  `about:blank`), a `javascript:` URL's result in a frame that showed a network document
   *  (it keeps that document's address, and its navigation entry has no response), or a
   *  response a service worker made (no network response to add a header to). A document the
   *  network delivered while the warning shows is sandboxed already; one it delivered before
   *  was told of the verdict with every other frame. Unsure: reached by nothing. */
  function unruled() {
    if (!/^https?:$/.test(location.protocol)) return true;
    try {
      const nav = performance.getEntriesByType('navigation')[0];
      return !nav || !(nav.responseStart > 0) || nav.workerStart > 0;
    } catch {
      return true;
    }
  }

  /** The focused element, inside shadow roots too, blurred (not the body). */
  function blurFocused() {
    try {
      let a = document.activeElement;
      for (let i = 0; i < 32 && a; i++) {
        const inner = hangupShadowRoot(a)?.activeElement;
        if (!inner) break;
        a = inner;
      }
      if (a && a !== document.body && a !== document.documentElement) a.blur?.();
    } catch {
      /* nothing focused */
    }
  }

  /** Records `key` in `map` (a Map, or a Set: `value` unused) to be given back on unmount: every
   *  one, with no count bound (a bound silently lost the page's frames past it: review 19 L6).
   *  What was there at mount is bounded by the page's DOM; a page that keeps making new ones
   *  while the warning shows makes the list grow only as fast as it makes elements, and each
   *  time the list doubles those that `live(value, key)` no longer holds (the element, or the
   *  place it goes back to, left the document: nothing to give back) are forgotten. */
  const bounds = new WeakMap();
  function remember(map, key, value, live) {
    if (map.size >= (bounds.get(map) ?? 256)) {
      for (const [k, v] of map.entries()) if (!live(v, k)) map.delete(k);
      bounds.set(map, Math.max(256, map.size * 2));
    }
    if (map instanceof Map) map.set(key, value);
    else map.add(key);
  }

  /** Every element under `n` (a shadow root has no getElementsByTagName; the live collection
   *  of a document or element is cheaper than a static list). */
  function elements(n) {
    return n.getElementsByTagName ? n.getElementsByTagName('*') : n.querySelectorAll('*');
  }

  /** Frame `f` loads its address again: Chromium does not restart a pending navigation when `src`
   *  is set to the same address, so it is taken out (which aborts what it was loading) and put
   *  back in its place (not moveBefore: that keeps the loading frame). */
  function reinsert(f) {
    const parent = f.parentNode;
    const next = f.nextSibling;
    f.remove();
    parent.insertBefore(f, next);
  }

  /** Every `overlay` transition or animation in the document (shadow trees too) finished: what
   *  left the top layer (full screen, a popover) leaves it now, not when the page says. Only
   *  after the page's full screen was left (a getAnimations() walk). */
  function finishOverlay() {
    try {
      for (const a of document.getAnimations()) {
        const props = a.transitionProperty ? [a.transitionProperty] : a.effect?.getKeyframes?.().flatMap(Object.keys) ?? [];
        if (props.includes('overlay')) a.finish();
      }
    } catch {
      /* an animation gone meanwhile, or one that cannot finish (infinite): the host is raised */
    }
  }

  /** The headline as overlay.html first shows it; hidden from screen readers (the frame says it). */
  function staticCard(kind) {
    const paper = document.createElement('div');
    paper.className = 'paper';
    paper.setAttribute('aria-hidden', 'true');
    paper.lang = (api.i18n?.getMessage('@@ui_locale') || 'en').replace('_', '-');
    paper.dir = api.i18n?.getMessage('@@bidi_dir') || 'ltr';
    const card = document.createElement('div');
    card.className = 'card';
    const headline = document.createElement('div');
    headline.className = 'headline';
    headline.textContent = api.i18n?.getMessage(HEADLINES[kind])
      || (kind === 'clickfix' ? CLICKFIX_HEADLINE_FALLBACK : HEADLINE_FALLBACK);
    card.append(headline);
    paper.append(card);
    return paper;
  }

  // Top-layer elements the page opens while the warning shows, by any route (declarative
  // `popovertarget`, `commandfor` + `command=show-modal`, methods from a realm the MAIN world did
  // not reach) are cancelled as they open; the host hidden by any route is shown again in a
  // microtask (before the frame is painted). Registered at document_start on window in the
  // capture phase, before any page listener; again after document.open() erased them.
  function onBeforeToggle(e) {
    const host = o.host;
    if (!host) return;
    if (e.target === host) {
      if (e.newState === 'closed') queueMicrotask(() => o.check());
      else e.stopImmediatePropagation(); // a page listener must not cancel our showPopover()
    } else if (e.newState === 'open') {
      e.preventDefault();
      e.stopImmediatePropagation();
      queueMicrotask(() => o.check());
    }
  }
  function onCommand(e) {
    if (!o.host || e.target === o.host) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  }
  // Validation bubbles (the page's text drawn by the browser over the warning, docs/LOCK.md): every
  // route fires a cancelable `invalid` at the field first, and a cancelled one shows none. On
  // window by content.js (with the message told before the verdict), here on shadow roots and
  // same-origin frame documents the guard enters. True when it was refused.
  function onInvalid(e) {
    if (o.bubbles) return false;
    e.preventDefault();
    e.stopImmediatePropagation();
    return true;
  }
  o.onInvalid = onInvalid;
  function onLate(e) {
    if (!o.host) return;
    if (e.type.endsWith('fullscreenchange') && !document.fullscreenElement) o.leftFullscreen = true;
    queueMicrotask(() => o.check());
  }
  // The keyboard stays with the warning: while it shows, the page sees no focus moves (it could
  // answer each by taking the focus again: in Chromium that answered HangUp's own re-focus until
  // the tab died), and focus taken from the warning by a route the MAIN world did not refuse
  // comes back in a microtask, within the page's own task.
  function onFocusMove(e) {
    if (!o.host) return;
    e.stopImmediatePropagation();
    queueMicrotask(() => o.focus());
  }
  // Navigation API floods (`navigation.navigate(url, {history: 'push'})` with an intercepting
  // handler, the same for pushState and fragments): the dead Back button goes on while the
  // warning shows. Same-document navigations the page starts are cancelable: cancelled (the
  // browser's own, "Leave" and the full-tab warning among them, are not).
  function onNavigate(e) {
    if (o.host && e.cancelable) e.preventDefault();
  }
  // A sub-frame of a warned tab (guardFrames): a navigation of this frame to a document that loads
  // nothing from the network and takes the origin of whoever navigated it (`about:blank`, `blob:`,
  // `javascript:`) is cancelled while the warning shows (a `data:` document's origin is opaque: no
  // page reaches its dialogs; `unguarded` goes there). Such a document takes the frame's own flags (no header rule reaches it) and,
  // of the origin of whoever navigated it, may be reached by a page no guard sees: review 23 H7, the
  // top page sending the frame of H4 (loaded again under the rule, of the top's origin, in a frame of
  // another site) to `about:blank` and opening dialogs in it. The top's navigations of a frame of
  // its origin are cancelable (another origin's are not, and give the blank document that origin).
  function onLocalNavigate(e) {
    if (o.host || o.shownAnyway || !e.cancelable) return;
    try {
      if (/^(about|blob|javascript):/i.test(e.destination?.url ?? '')) e.preventDefault();
    } catch {
      /* an odd event */
    }
  }
  function listen() {
    try {
      globalThis.navigation?.addEventListener('navigate', onNavigate, true);
    } catch {
      /* no Navigation API */
    }
    addEventListener(SHADOW_EVENT, o.onShadow, true);
    addEventListener('invalid', onInvalid, true); // (content.js's, erased by document.open() once warned)
    addEventListener('beforetoggle', onBeforeToggle, true);
    addEventListener('command', onCommand, true);
    for (const type of ['toggle', 'fullscreenchange', 'webkitfullscreenchange', 'pagereveal']) addEventListener(type, onLate, true);
    for (const type of ['focus', 'blur', 'focusin', 'focusout']) addEventListener(type, onFocusMove, true);
  }
  globalThis[KEEP] = (f) => o.keep(f);
  // Only the top frame mounts the warning (content.js); a sub-frame guards its frames only.
  if (window === window.top) listen();
  else addEventListener(SHADOW_EVENT, o.onShadow, true);
  return o;
})();

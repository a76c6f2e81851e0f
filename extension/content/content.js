// The isolated-world content script: snapshot -> background -> (on a scam verdict) overlay.
//
//   MAIN world hooks --EVENT.report / EVENT.dialog--> behaviour counts, clipboard, dialog texts
//                     (untrusted, may only add suspicion)
//   DOM ready / mutations / interaction / new behaviour --> a glance (every page, < 1 ms)
//        --> runtime.sendMessage('analyse', glance) --> the engine says whether it saw anything
//        --> if it did (or the glance or behaviour did): hangupSnapshot() --> 'analyse' again
//   background answers {warn} --> hangupOverlay.mount() + EVENT.neutralise to the MAIN world
// Reads run in idle time unless the page is attacking (dialogs, full screen, …).
// (names: extension/common/protocol.js)
'use strict';

(() => {
  const { api, MSG, EVENT, BEHAVIOUR_KEYS, LIMITS } = hangupProtocol;
  const behaviourKeys = new Set(BEHAVIOUR_KEYS);
  const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const behaviour = {};
  const dialogTexts = [];
  let clipboard = null; // ClickFix: the last text the page put on the clipboard (MAIN world, untrusted)
  let warned = false;
  let guarding = false; // the warning shows (this frame neutralised its page): copies are refused (`onCopy`)
  let toldClipboard = false; // the background was told this page tried to write the clipboard
  let early = false; // the document is loading, its reads warn only with behaviour that holds (`lift`)
  let outlasted = false; // its hold ran out while it was still loading (`lift`): it still tells when it leaves
  let heldScam = false; // an early read was judged a scam and held (the background's `held`)
  let probing = false; // a neutralise event of ours is being dispatched (`neutralise`)
  let mainAnswered = false; // this document's MAIN world cancelled it
  let deep = false; // the page's behaviour (MAIN world) asked for full snapshots on this page
  let looked = -1; // the glance score that last led to a full read (-1: none since the last interaction)
  let unscrambled = false; // a glance of lone letters led to a full read since the last interaction
  // Re-reads with no change observed (the timed beats, pointer moves): read in full again only
  // when the glance changed or the last full read saw less than its glance (text hidden then,
  // which CSS alone may show since); otherwise they cost the glance only.
  let recheck = false;
  let hidden = false; // the last full read saw less than the glance that asked for it (score, numbers, reasons)
  let glanceSeen = null; // the glance of the last full read ({url, title, text, tels})
  let glanceLast = ''; // the text of the last glance taken
  // What a timed beat compares (`calm`): the last glance sent and answered that was made of the
  // whole rendered text ({rendered, url, title, tels}; null: the next beat reads as before), and
  // whether the observer saw a change since that glance was taken.
  let calmGlance = null;
  let dirty = true;
  let beatLater = false; // a beat came while a read was under way: it is judged when that read ends
  // What was last sent, glance and full read apart (a glance after a full read of the same page
  // is not sent again): its key, and its text.
  const lastSent = { glance: '', full: '' };
  const lastText = { glance: '', full: '' };
  const answers = { glance: null, full: null }; // the engine's answer to each
  let timer = 0;
  let idle = 0;
  let busy = false;
  let again = false;
  let changes = 0; // re-reads caused by mutations since the last interaction (back-off)
  let shows = 0; // the same for attribute-only mutations (class, style: reveals, animations)
  let moves = 0; // re-reads caused by pointer moves and scrolls since the last interaction
  let due = 0; // when the pending timer fires (performance.now())
  let failures = 0;
  const rIC = globalThis.requestIdleCallback;

  // Counts from the MAIN world. The page can forge these events; the engine only lets them add
  // suspicion, and each count is clamped so a forged flood cannot overflow anything.
  // On window, capture phase, registered before any page script: the page cannot stop the event first.
  function onReport(ev) {
    let counts;
    try {
      counts = JSON.parse(typeof ev.detail === 'string' ? ev.detail : '{}');
    } catch {
      return;
    }
    let changed = false;
    if (takeClipboard(counts?.clipboard)) return;
    if (counts?.transition) return onTransition();
    for (const [k, v] of Object.entries(counts ?? {})) {
      if (!behaviourKeys.has(k) || typeof v !== 'number' || !(v >= 0)) continue;
      const n = Math.min(Math.floor(v), LIMITS.count);
      if ((behaviour[k] ?? 0) < n) {
        behaviour[k] = n;
        changed = true;
      }
    }
    if (changed) {
      deep = true;
      schedule(behaviour.dialogs || behaviour.fullscreen ? 0 : 150, true);
    }
  }
  /** ClickFix: text a page put on the clipboard (this frame's MAIN world, or a sub-frame's
   *  through the background). Read in full at once, with it. False when `clip` is not one. */
  function takeClipboard(clip) {
    if (!clip || typeof clip.text !== 'string' || typeof clip.via !== 'string') return false;
    // Once warned the hooks refuse the write; a write they do not see may not be: the warning may write its note.
    if (guarding) return tellClipboard(), true;
    clipboard = { text: clip.text.slice(0, LIMITS.clipboardChars), via: clip.via.slice(0, 16) };
    lastSent.full = ''; // a new copy is always judged, even if the same text was copied before
    deep = true;
    schedule(0, true);
    return true;
  }
  /** The copied text with the snapshot. A ClickFix page may pad itself with a long harmless
   *  article so that its steps come after the visible text's bound (review 44 CF44-M1): with a
   *  command copied and the bound reached, the document's last 16 K characters lead the text
   *  (first, so the engine's byte bound cuts the article, whatever its script). */
  function withClip(snapshot) {
    if (!clipboard) return snapshot;
    snapshot.clipboard = clipboard;
    if (snapshot.text.length > LIMITS.textChars - 1024) {
      const all = (document.body ?? document.documentElement)?.innerText ?? '';
      if (all.length > LIMITS.textChars) snapshot.text = `${all.slice(-16384)}\n${snapshot.text}`.slice(0, LIMITS.textChars);
    }
    return snapshot;
  }
  // A view transition is taking (or has just taken) its picture of the document: a kit can keep
  // that picture on screen for as long as it likes while the document goes back to something
  // harmless (tests/e2e/hostile/vt-freeze.html). Read it now, in this task: a glance, and a
  // full read when the glance differs from the last one read (an ordinary page's transition
  // starts from what was read already). A forged report costs the page its own time.
  function onTransition() {
    if (warned || !document.documentElement || !document.body) return;
    const g = hangupGlance();
    if (g.text === glanceLast) return;
    glanceLast = g.text;
    send(withClip(hangupSnapshot(behaviour, dialogTexts, deep || dialogTexts.length > 0)), false);
  }
  // A dialog's message (alert/confirm/prompt), sent by the MAIN world before the dialog opens.
  function onDialog(ev) {
    const t = typeof ev.detail === 'string' ? ev.detail.slice(0, LIMITS.itemChars) : '';
    if (!t.trim() || dialogTexts.includes(t)) return;
    if (dialogTexts.length >= LIMITS.dialogTexts) dialogTexts.shift();
    dialogTexts.push(t);
    deep = true;
    schedule(0, true);
  }
  // A field's validation bubble (reportValidity, requestSubmit, a submit button's click…): the
  // browser draws the field's message over the page, where no DOM text holds it. A message the
  // page set (`setCustomValidity`, or a pattern mismatch's `title`) is told like a dialog's, from the `invalid` event every route
  // fires before its bubble; while the warning shows the bubble is refused (overlay_host.js).
  // Fields in shadow roots and form-associated custom elements: the MAIN world (main_world.js).
  function onInvalid(ev) {
    if (!hangupOverlay.onInvalid(ev)) tellBubble(ev.target);
  }
  function tellBubble(el) {
    let t = '';
    try {
      // A pattern mismatch's bubble shows the field's `title` under the browser's own words.
      t = el?.validity?.customError ? String(el.validationMessage) : el?.validity?.patternMismatch ? String(el.title ?? '') : '';
    } catch {
      return;
    }
    if (t) onDialog({ detail: t });
  }
  // A field in a shadow root no hook attached (declarative, or a method taken from a pristine
  // frame): its `invalid` stops at the root, but showing the bubble focuses the field, and that
  // focus is seen here at its outermost host (focusin is composed): the focused field inside,
  // closed roots too, is told the same way.
  function onFocusIn(ev) {
    let el = ev.target;
    if (ev.isTrusted === false || !el || el.nodeType !== 1) return;
    for (let i = 0; i < 32; i++) {
      const root = hangupShadowRoot(el);
      // The root hears its fields' later `invalid` events too: a field focused once (before its
      // message was set) raises its next bubbles with no new focus (review 22 M4).
      root?.addEventListener('invalid', onInvalid, true);
      const inner = root?.activeElement;
      if (!inner) break;
      el = inner;
    }
    if (el !== ev.target) tellBubble(el);
  }
  // A person's interaction: cloaked kits show the scam only after a click, a key, full screen
  // or when the tab becomes visible. Read again soon, and restart the back-off.
  function onInteraction(ev) {
    if (ev.isTrusted === false) return;
    if (ev.type === 'visibilitychange' && document.visibilityState === 'hidden') return; // leaving: nothing to read
    changes = 0;
    shows = 0;
    moves = 0;
    looked = -1; // what the page shows now may differ from what the glance text says: look again
    unscrambled = false;
    schedule(300);
    setTimeout(() => schedule(0), 1500);
  }
  // Moving the pointer or scrolling can show what CSS alone hid, with no mutation to observe
  // (`:hover` rules, scroll-driven animations). A person moves all the time: one read per move
  // after the last such read, 300 ms later, doubling up to 10 s until a click or a key.
  const MOVES = ['pointermove', 'scroll'];
  const MOVE_OPTIONS = { capture: true, passive: true };
  let movesArmed = false;
  function armMoves() {
    if (movesArmed || warned) return;
    movesArmed = true;
    for (const type of MOVES) addEventListener(type, onMove, MOVE_OPTIONS);
  }
  function onMove(ev) {
    if (ev.isTrusted === false) return;
    for (const type of MOVES) removeEventListener(type, onMove, MOVE_OPTIONS);
    movesArmed = false;
    const delay = Math.min(300 * 2 ** moves, 10000);
    moves++;
    setTimeout(() => {
      recheck = true;
      schedule(0);
      armMoves();
    }, delay);
  }
  // While the warning shows, the page may not write the clipboard by a copy or cut: a trusted
  // copy event in this document (execCommand('copy') from any realm, a script-less frame's
  // included: no hook sees those) copies HangUp's note instead, and no page listener hears it
  // (on window, capture phase, registered before any page script). The page tried: the warning
  // may write its note (`tellClipboard`). docs/LOCK.md, "The clipboard while the warning shows".
  function tellClipboard() {
    if (toldClipboard) return;
    toldClipboard = true;
    api.runtime.sendMessage({ what: MSG.clipboard }).catch(() => {});
  }
  function onCopy(e) {
    if (!guarding || !e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    try {
      e.clipboardData?.setData('text/plain', api.i18n.getMessage('clipboardNote'));
    } catch {
      /* no data transfer: nothing is copied */
    }
    tellClipboard();
  }
  function listen() {
    addEventListener(EVENT.report, onReport, true);
    addEventListener('copy', onCopy, true);
    addEventListener('cut', onCopy, true);
    addEventListener(EVENT.dialog, onDialog, true);
    addEventListener(EVENT.neutralise, onNeutraliseSeen, true);
    addEventListener('invalid', onInvalid, true);
    addEventListener('focusin', onFocusIn, true);
    for (const type of ['pointerdown', 'keydown', 'fullscreenchange', 'webkitfullscreenchange']) addEventListener(type, onInteraction, true);
    document.addEventListener('visibilitychange', onInteraction, true);
    // What a person types is never read (snapshot.js hangupFieldText).
    addEventListener('input', onTyped, true);
    movesArmed = false; // document.open() dropped them too
    armMoves();
  }
  /** Whether two glances ({url, title, text, tels}) read the same. */
  function sameGlance(a, b) {
    return !!a && !!b && a.text === b.text && a.title === b.title && a.url === b.url && a.tels === b.tels;
  }
  function onTyped(e) {
    if (e.isTrusted) hangupTyped.add(e.composedPath()[0] ?? e.target);
  }
  listen();

  /** `patience`: how long the read may wait for idle time once the delay is over. */
  function schedule(delay, urgent = false, patience = 1000) {
    if (warned) return;
    if (urgent) {
      clearTimeout(timer);
      timer = 0;
    }
    if (timer) return;
    due = performance.now() + delay;
    timer = setTimeout(() => {
      timer = 0;
      // The page is attacking: read now. Otherwise when the browser has nothing else to do.
      if (urgent || !rIC) read();
      else if (!idle) idle = rIC(() => ((idle = 0), read()), { timeout: patience });
    }, delay);
  }
  // The top page's first read waits for idle time at most this long: while a browser starts,
  // idle time can come 0.5 s after a scam page's first paint (docs/BENCHMARKS.md, "The first
  // read's wait"). The read costs the same whenever it runs.
  const FIRST_READ_PATIENCE_MS = 50;

  /** Frames too small to show text (trackers, ad slots) do no work until they grow. */
  function tiny() {
    return window !== window.top && (innerWidth < 4 || innerHeight < 4);
  }

  async function read() {
    if (warned || !document.documentElement) return;
    watch();
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      if (tiny()) {
        addEventListener('resize', () => schedule(0), { once: true });
        return;
      }
      // Behaviour or a dialog already asks for the full read: no glance, no round trip.
      const attacked = deep || dialogTexts.length > 0 || !document.body;
      calmGlance = null;
      dirty = false;
      // A timed re-read or a move checks that the style sheets it read are unchanged (a sheet
      // replaced through the CSSOM with as many rules, snapshot.js `hangupSheetSame`).
      const g = attacked ? null : hangupGlance(recheck);
      if (g) glanceLast = g.text;
      const seen = g && { url: g.url, title: g.title, text: g.text, tels: g.tel_links.join('\n') };
      // A re-read with no change observed looks again as after an interaction only when the
      // page may show more than its last full read saw.
      if (recheck && g) {
        if (!sameGlance(seen, glanceSeen) || hidden) {
          looked = -1;
          unscrambled = false;
        }
      }
      recheck = false;
      // The glance's own reasons for a full look: the engine decides, the test is permissive.
      // A top page with almost no text may draw it where a glance cannot read (closed shadow
      // roots, CSS-generated text, a canvas, letters placed by layout), unless it is plain.
      const small = !attacked && window === window.top && !g.truncated && g.text.replace(/\s+/g, '').length < 300;
      const bare = small && !hangupPlain(document);
      // What a beat compares (`calm`): a glance made of the whole rendered text, on a page whose
      // plainness (style sheets, which the CSSOM changes unseen) does not decide its reading.
      const calmAs = g && !g.truncated && g.rendered !== null && !small ? { rendered: g.rendered, ...seen } : null;
      // A sub-frame with no text and no tel: link (an ad or tracking frame) sends nothing: it
      // shows a person nothing to read, and the first message of a frame is the costly part of
      // its read. A mutation, an interaction or behaviour from the MAIN world reads it again.
      if (!attacked && window !== window.top && !g.tel_links.length && !/\S/.test(g.text)) {
        calmGlance = calmAs;
        return;
      }
      // Letters placed one by one by layout read as gibberish in the glance's tree order: read
      // in full once (a page that keeps changing is not read in full on every change).
      const scrambled = !attacked && !unscrambled && g.scrambled;
      if (scrambled) unscrambled = true;
      const full = attacked || bare || scrambled;
      let asked = null; // the glance's answer that asks for this full read
      if (!full) {
        asked = await send({ url: g.url, title: g.title, text: g.text, tel_links: g.tel_links }, true);
        // A beat may skip this glance's repeat unless it would have the page read in full again
        // (the engine asks to look, or it is lone letters, and it differs from the last glance
        // read in full: `recheck`); checked after this read, when glanceSeen is current.
        if (asked && calmAs) calmGlance = Object.assign(calmAs, { again: asked.look || g.scrambled });
        // A page that keeps changing harmlessly (a ticker under a phone number) is read in full
        // again only when its glance scores higher than the one already read in full.
        if (!asked?.look || !(asked.score > looked)) return;
        looked = asked.score;
      }
      if (seen) glanceSeen = seen;
      const snapshot = withClip(hangupSnapshot(behaviour, dialogTexts, deep || bare || dialogTexts.length > 0));
      const answer = await send(snapshot, false);
      // Text the glance read and the full read did not see as shown (transparent, off-screen,
      // clipped): CSS alone may show it later, so re-reads keep reading in full.
      // A reason the glance found and the full read did not counts too: the full read's own
      // reasons (alt texts, DOM hints) can make up the score of the text it could not see.
      if (answer && asked) {
        const seenReasons = new Set(answer.reasons ?? []);
        hidden = answer.score < asked.score || answer.phones < asked.phones || (asked.reasons ?? []).some((r) => !seenReasons.has(r));
      }
    } finally {
      busy = false;
      if (beatLater) {
        beatLater = false;
        onBeat();
      }
      if (again) {
        again = false;
        schedule(0);
      }
    }
  }

  async function send(snapshot, glance) {
    // Skip identical snapshots: mutations that change nothing a person can read cost one read only.
    // The text is compared as a whole (native, exact) with the last one sent; a fingerprint
    // computed in JavaScript cost as much as the glance itself (docs/BENCHMARKS.md).
    // Glances and full reads are compared each with the last of their kind: an unchanged glance
    // after a full read is not sent again, the engine's answer to it stands.
    const kind = glance ? 'glance' : 'full';
    const key = `${clipboard?.text.length}|${snapshot.title}|${JSON.stringify(snapshot.behaviour ?? {})}|${dialogTexts.length}|${snapshot.dom?.fake_dialogs}|${snapshot.dom?.hidden_cursor}`;
    if (key === lastSent[kind] && snapshot.text === lastText[kind]) return answers[kind];
    lastSent[kind] = key;
    lastText[kind] = snapshot.text;
    let answer;
    // A full read of a document still loading (`early`), with no behaviour from the page that
    // holds the person: `held` (the background does not warn it yet; `lift` reads again).
    const held = !glance && early && loading() && !holding() && !dialogTexts.length && !clipboard;
    try {
      answer = await api.runtime.sendMessage({ what: MSG.analyse, pageId, snapshot, glance, held, early });
    } catch {
      // The background was restarting (a suspended Firefox event page can drop the message that
      // wakes it): send the same snapshot again, a few times.
      lastSent[kind] = '';
      if (failures++ < 3) schedule(250);
      return null;
    }
    answers[kind] = answer;
    if (answer?.held) {
      heldScam = true;
      if (!early) readHeld(); // (the document ended while this read was judged)
    }
    if (answer?.warn) {
      if (!glance && window === window.top) warnedRead = snapshot;
      warn(answer.kind);
    }
    return answer;
  }
  // The full read that was warned (top frame): a warned page restored from the back/forward cache
  // still shows its warning, but the background has judged other pages in the tab since and taken
  // the tab's frame rule away (background/frame_rules.js); it is told of this page view again.
  let warnedRead = null;
  // Only the browser's own: a page could dispatch a forged one (`persisted: true`) in a loop, and each
  // would have the background analyse this read again (review 21 L2).
  addEventListener('pageshow', (e) => {
    if (!e.isTrusted || !e.persisted || !warnedRead || !hangupOverlay.mounted()) return;
    // (`restored`: the person came back to this page view, e.g. Back from "Leave this page".)
    api.runtime.sendMessage({ what: MSG.analyse, pageId, snapshot: warnedRead, glance: false, restored: true }).catch(() => {});
  });

  // Whether this document's own MAIN world (main_world.js) answered the last neutralise event:
  // it cancels the (cancelable) event on window in the capture phase, with the listener it
  // registered at document_start; this one, registered right after it and before any page script,
  // reads the answer before any page listener runs. No answer: no HangUp script runs in this
  // document's page world (a frame sandboxed without `allow-scripts`), so its alert(), confirm()
  // and prompt() are the browser's own for whoever holds its window.
  function onNeutraliseSeen(e) {
    if (probing) mainAnswered = e.defaultPrevented;
  }
  /** Asks the MAIN world to undo the lock (exit full screen, stop dialogs, audio, traps). The
   *  detail is the note that replaces a command the page put on the clipboard (ClickFix). A
   *  sub-frame whose page world no HangUp script guards is loaded again under a sandbox without
   *  dialogs, by its parent's guard (overlay_host.js `unguarded`; review 22 H4). */
  function neutralise() {
    guarding = true;
    probing = true;
    mainAnswered = false;
    try {
      document.dispatchEvent(new CustomEvent(EVENT.neutralise, { cancelable: true, detail: api.i18n.getMessage('clipboardNote') }));
    } finally {
      probing = false;
    }
    if (!mainAnswered && window !== window.top) {
      // No HangUp in this page world, and a page of this origin above can reach it (`frames[i]`,
      // through frames of other sites too): it can take this realm's pristine clipboard methods,
      // whose writes no hook and no copy event sees (Chromium's writeText, called on the top
      // document's clipboard with the activation a click on the warning gives it; review 26 H2).
      // The warning writes its note after each touch, as where the page wrote.
      // (Before `unguarded`, which may load the frame again.)
      if (sameOriginAncestor()) tellClipboard();
      hangupOverlay.unguarded();
    }
  }
  /** Whether a frame above this one (the top included) is of this document's origin: its page
   *  can reach this window. (A sandbox without `allow-same-origin` makes the origin opaque: none is.) */
  function sameOriginAncestor() {
    for (let w = window, i = 0; w !== w.top && i < 32; i++) {
      w = w.parent;
      try {
        if (w.document) return true;
      } catch {
        /* another origin: further up */
      }
    }
    return false;
  }

  /** `kind`: the verdict's (protocol.js `HEADLINES`: the cover paints its headline before the frame). */
  function warn(kind) {
    if (warned) return;
    warned = true;
    hangupOverlay.bubbles = false;
    observer.disconnect();
    neutralise();
    // The top frame mounts the overlay (the background tells it); a sub-frame guards the frames
    // it makes while the warning shows (a frame of another site: the top cannot see its document).
    if (window !== window.top) {
      hangupOverlay.guardFrames();
      return;
    }
    hangupOverlay.mount({ kind });
    api.runtime.sendMessage({ what: MSG.mute, pageId }).catch(() => {});
  }

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (msg?.what === MSG.warn) warn(msg.kind);
    // The background's check that the warning is drawn (background/warning_watch.js): its page
    // ran; is it drawn? (A hung renderer does not answer: the tab goes to the full-tab warning.)
    if (msg?.what === MSG.warningRuns && window === window.top) hangupOverlay.ran();
    if (msg?.what === MSG.warningDrawn && window === window.top) sendResponse({ drawn: hangupOverlay.drawn() });
    // The background asks the frame's document after a held page view of it left by the page's own
    // doing (held_chain.js `askNext`): a document still loading tells its hold now (a top one would
    // at 3 s; a sub-frame's tells only so).
    // `loading`: the one that left is still there (its navigation made no document yet, or none).
    // (`started`: the background tells the next document from the one that left by it.)
    if (msg?.what === MSG.hold) {
      tellHold();
      sendResponse({ pageId, loading: stillHeld(), started: performance.timeOrigin });
    }
    // A sub-frame of this page put a command on the clipboard and its steps may be shown here
    // (a fake check box in an iframe): this frame's reads carry the command from now on.
    if (msg?.what === MSG.frameClipboard && window === window.top && !warned) takeClipboard(msg.clipboard);
    // From the background when the person picks "Show the page anyway" or trusts the site (every
    // frame: a sub-frame's guard gives its frames back too).
    if (msg?.what === MSG.dismiss) {
      guarding = false;
      hangupOverlay.unmount();
      hangupOverlay.bubbles = true;
    }
    // From the popup's "Show the warning again", through the background.
    if (msg?.what === MSG.showWarning && warned) hangupOverlay.bubbles = false;
    if (msg?.what === MSG.showWarning && warned && window !== window.top) {
      hangupOverlay.guardFrames();
      neutralise(); // (the MAIN world stays neutralised; a frame with none is taken again)
    }
    if (msg?.what === MSG.showWarning && warned && window === window.top) {
      guarding = true;
      hangupOverlay.mount({ kind: msg.kind });
      api.runtime.sendMessage({ what: MSG.mute, pageId }).catch(() => {});
    }
  });

  // Re-read when the page changes, throttled: scam kits build their text late. Backs off on
  // pages that never stop changing (tickers, feeds, animations): 400 ms, 800 ms, … up to 10 s;
  // interaction restarts it. The whole document is observed, so text outside <body>, a replaced <body> or
  // <html>, and document.open()/write() are all seen; document.open() also drops every event
  // listener of the document and window, so they are added again.
  let root = document.documentElement;
  const observer = new MutationObserver((records) => {
    dirty = true;
    if (document.documentElement !== root) {
      root = document.documentElement;
      listen();
      changes = 0;
    }
    // Nodes or text changed (a kit writing its scam), or only attributes (a kit revealing it, or
    // an animation): each backs off on its own, so an endless animation does not delay the read
    // of text written meanwhile, and a pending later read is brought forward.
    // The back-off grows by one step per read it schedules, not per record.
    const text = records.some((r) => r.type !== 'attributes');
    const delay = backOff(text ? changes : shows);
    if (!(idle || (timer && due <= performance.now() + delay))) {
      if (text) changes++;
      else shows++;
      clearTimeout(timer);
      timer = 0;
      schedule(delay);
    }
    // A read is pending that no attribute change could bring forward (each would return above
    // until that read starts, and its due time only comes sooner): attributes are not observed
    // until it starts (`watch`). An animation that sets a style every frame cost one callback
    // per frame (~3 ms of script time a second, docs/BENCHMARKS.md "Twenty-fourth session").
    if (!unwatched && (idle || (timer && due <= performance.now() + backOff(shows)))) {
      unwatched = true;
      observer.observe(document, NODES);
    }
  });
  function backOff(n) {
    return Math.min(400 * 2 ** Math.max(0, n - 3), 10000);
  }

  // Attributes that show or hide what is already in the document: a cloaked kit can reveal its
  // scam by a class or style change alone, which adds no node and changes no text.
  const REVEALING = ['class', 'style', 'hidden', 'open'];
  const NODES = { childList: true, subtree: true, characterData: true };
  const ALL = { ...NODES, attributes: true, attributeFilter: REVEALING };
  let unwatched = false; // attributes not observed until the pending read starts
  /** Attributes observed again (a read starts: what changes from now on is after it). */
  function watch() {
    if (!unwatched || warned) return;
    unwatched = false;
    observer.observe(document, ALL);
  }
  // Observed from DOMContentLoaded on (or from a held parser's stall, below): the parser's own
  // insertions before it would only cost records and callbacks, and the first read comes right after.
  let started = false;
  function start() {
    if (warned || started) return;
    started = true;
    observer.observe(document, ALL);
    if (document.documentElement !== root) {
      root = document.documentElement;
      listen();
    }
    schedule(0, false, window === window.top ? FIRST_READ_PATIENCE_MS : 1000);
    beat(0);
  }
  // A kit can show its scam with no change the observer sees: a style sheet changed through the
  // CSSOM (a rule's style, insertRule, replaceSync, adoptedStyleSheets, a sheet's media), an
  // attribute it does not watch (`data-*`, `id`, `lang` under an attribute selector), a checkbox
  // checked or a `:target` set by script, a delayed CSS animation. So the page is read again a
  // few times after it starts, while it shows, as a person's pointer move would have it read
  // (`onMove`): each a glance, sent only when it changed, and a full read only when the engine
  // asks for one and the glance changed or the last full read saw less than its glance did
  // (`recheck`; see/reveal-by-cssom.html, see/reveal-by-animation.html).
  const BEATS_MS = [2500, 6000, 12000, 25000, 50000];
  function beat(i) {
    if (i >= BEATS_MS.length) return;
    setTimeout(() => {
      if (warned) return;
      // A tab opened behind (a pop-under) keeps its reads for when it is shown.
      if (document.hidden) {
        document.addEventListener('visibilitychange', () => beat(i), { once: true });
        return;
      }
      beat(i + 1);
      onBeat();
    }, BEATS_MS[i] - (i ? BEATS_MS[i - 1] : 0));
  }
  function onBeat() {
    // A read under way (its glance not yet answered) is compared with once it ends.
    if (busy) {
      beatLater = true;
      return;
    }
    // A frame too small to show text waits for a resize (`read`); one whose glance would read
    // what the last one read has nothing new to send.
    if (tiny() || calm()) return;
    recheck = true;
    schedule(0);
  }
  // Whether a beat's glance would read exactly what the last glance read, so the beat can skip
  // it (most pages, most beats: a glance and its idle task cost ~2-3 ms of script time each,
  // docs/BENCHMARKS.md). Only when nothing the observer watches changed since, the last full
  // read (if any) saw all its glance saw (`hidden`), and the glance was made of the whole
  // rendered text: then the document's `innerText` (one native call; it reflects what CSS
  // shows or hides, so a CSSOM rule, an unwatched attribute or a checkbox that shows the scam
  // changes it), its URL, title and `tel:` links are what that glance read. Otherwise (a
  // glance cut short reads the viewport, a walked one or a full read sees what innerText does
  // not) the beat reads as a pointer move has it.
  function calm() {
    const c = calmGlance;
    if (!c || dirty || hidden || deep || dialogTexts.length || (c.again && !sameGlance(c, glanceSeen))) return false;
    const root = document.documentElement;
    if (!root || root.checkVisibility?.() === false) return false;
    // Strings CSS paints are not in innerText: a sheet replaced or adopted since (no mutation)
    // may paint a scam.
    if (hangupSheetsChanged(document)) return false;
    return root.innerText === c.rendered && location.href.slice(0, 4096) === c.url && (document.title || '').slice(0, 1024) === c.title && hangupTelLinks(document).join('\n') === c.tels;
  }
  // A sub-frame made while the tab shows the warning is protected now, before its own first
  // script (which could open a dialog over the warning: a frame that loads nothing from the
  // network, in a shadow root no hook told of; tests/e2e/hostile/shadow-local-frames.html): its
  // MAIN world refuses from the start, the frames it makes are guarded, and a frame whose page
  // world has no MAIN world is loaded again under a sandbox without dialogs. It reads as any
  // other frame: the page can forge the mark (a frame of that name, review 21 H1) and the tab's
  // state may be another page's (review 22 H3: a warned page left by Back, and a shell that
  // forges the mark and holds its own first read), so only the background's answer to its own
  // reads (`warn`, when the tab's page is warned) makes it `warned`.
  if (window !== window.top && hangupOverlay.ancestorWarned()) {
    hangupOverlay.bubbles = false;
    hangupOverlay.guardFrames();
    neutralise();
  }
  // The background's word to every frame of a warned tab right after its `warn` (frame_rules.js
  // `tellLateFrames`): a document that started after the `warn` went out never heard it (its
  // response came before the tab's frame rule, so it is not sandboxed either). It does what the
  // mark does: no `warned` (the tab may have moved on meanwhile; only the answer to this frame's
  // own read warns it). The injection may come before this script (then it left `true`).
  const late = () => {
    if (warned || window === window.top) return;
    hangupOverlay.bubbles = false;
    hangupOverlay.guardFrames();
    neutralise();
  };
  const toldLate = globalThis.hangupLate === true;
  globalThis.hangupLate = late;
  if (toldLate) late();
  // A document whose parser never finishes never fires DOMContentLoaded: a server that keeps the
  // response open after sending the scam (trickling whitespace; tests/e2e/hostile/held-response.html).
  // Such a page is read all the same once its parser has stalled: still loading HELD_PARSE_MS after
  // the scripts started, no element added for a second, and not waiting for a script of its own. An
  // honest page whose ad script comes late is not judged on its first half (a forum thread quoting a
  // pop-up above the replies that call it a scam: review 25 H6, hostile/held-script-thread.html).
  // Whatever it waits for, a page still loading after HELD_PARSE_MAX_MS is read. A page that parses
  // in time arms two timers and clears them at DOMContentLoaded.
  // Reads before the document ends (`early`: until DOMContentLoaded or HELD_PARSE_MAX_MS; the
  // stall's, and those the page's behaviour brings before it) warn only with behaviour that holds
  // the person (`holding`), a dialog or a copied command:
  // an honest thread whose network stalls (no script: its parser stalls too) between a quoted
  // pop-up and the replies that call it a scam is judged once it ends (review 25 H6); a held scam
  // with no behaviour is warned at HELD_PARSE_MAX_MS (docs/LOCK.md).
  const HELD_PARSE_MS = 3000;
  const HELD_PARSE_MAX_MS = LIMITS.heldMs;
  const UNLOAD_GRACE_MS = 1500; // (below: a DOMContentLoaded that may be Firefox's stop of a leaving document)
  // The hold counts from the start of the response, not of this document: Firefox renders each
  // HTML part of a `multipart/x-mixed-replace` response as a document of its own, which keeps the
  // response's time origin and navigation entry, so a kit that sends a new part every 15 s
  // (each held open) kept every document under HELD_PARSE_MAX_MS and was never read (docs/LOCK.md).
  // How long the response had been coming when this document started: 0 but for such a part (or a
  // response whose first bytes took HELD_PARSE_MS to come, which is measured from those bytes).
  const age = performance.now();
  // Firefox stops the loading of a document the person leaves (reload button, address bar, a link),
  // which fires its DOMContentLoaded: the document did not parse, it is still held (`parsed`, below).
  let stopped = false;
  const loading = () => stopped || document.readyState === 'loading';
  const heldBefore = age < HELD_PARSE_MS ? 0 : Math.max(0, age - (performance.getEntriesByType?.('navigation')[0]?.responseStart ?? age));
  function stalled(before, since) {
    // A parse aborted before its end (`window.stop()`, or a navigation to a 204 started by the
    // page's last script) leaves the document complete with no DOMContentLoaded and no load in
    // Chromium: nothing would ever read it (review 32 MAIN-H1, hostile/stop-at-end.html).
    if (!loading()) {
      if (!started) {
        start();
        lift();
      }
      return;
    }
    if (before < 0 && window === window.top) tellHold();
    if (started) return;
    const count = document.getElementsByTagName('*').length;
    // The parser waits for a classic script it has just inserted: the last element in the document.
    let tail = document.documentElement;
    while (tail?.lastElementChild) tail = tail.lastElementChild;
    const waiting = tail?.localName === 'script' && !!tail.src && !tail.async && !tail.defer && tail.type !== 'module';
    if (heldBefore + since >= HELD_PARSE_MAX_MS || (count === before && !waiting)) start();
    else setTimeout(() => stalled(count, since + 1000), 1000);
  }
  // The page's behaviour that holds a person (HOLDING, a history flood as the engine counts one)
  // lifts the hold at once; a sound, a muted video, a pop-up or a notification does not (an ad or
  // fingerprint script on an honest page makes those: review 26 M1).
  const HOLDING = ['fullscreen', 'dialogs', 'print', 'beforeunload', 'keyboard_lock', 'pointer_lock', 'key_block', 'context_block'];
  function holding() {
    return HOLDING.some((k) => behaviour[k] > 0) || (behaviour.history ?? 0) >= 3;
  }
  /** The document ended, or its hold outlasted HELD_PARSE_MAX_MS: reads warn as any other, and a
   *  read held meanwhile is made again (in full: the text may be what was held). */
  function lift() {
    if (!early && !outlasted) return;
    early = false;
    // A hold that ran out on a document still loading ends its reads' hold, not the run: a kit that
    // loads itself again every 2 s, whose document read at the end of the run's hold was replaced
    // before its verdict came (a loaded machine), left a run that no later document joined (each
    // then held 20 s anew, and gone in 2: hostile-chromium-2's held-frame.html?every=2000, CI of
    // 18c9c01). Such a document still tells when it leaves, and the next one reads at once; if it
    // parses after all, its end is told then (here again, from `ended`).
    outlasted = loading();
    if (outlasted) return readHeld();
    globalThis.navigation?.removeEventListener('navigate', onLeaving);
    if (told) {
      told = false;
      // (After `leaving`, the background keeps the chain: Firefox stops a document's loading when
      // it navigates, which fires its DOMContentLoaded; its hold ended unread all the same.)
      api.runtime.sendMessage({ what: MSG.hold, pageId, done: true }).catch(() => {});
    }
    readHeld();
  }
  // A held kit that loads itself again before its hold ends (`location.reload()` every 15 s: each
  // load a new document with a hold of its own) was never read (review 31 HS-M1). The top frame
  // tells the background when its document is still loading at its first stall check (one message,
  // only on such a page), and when, still held, the page itself sends it to another document
  // (`leaving`: a `navigate` event the person did not start: not a link they clicked, not the
  // browser's reload button or address bar, which fire none or a `userInitiated` one). The
  // background counts the hold from the first of a run of page views that each left so
  // (background/held_chain.js): what is left of it ends this one's hold sooner. `done` when this
  // hold ends (its document parsed, or it was read), which ends the run unless it was leaving.
  // A kit that loads itself again before its first stall check (every 2 s) never told (review 32
  // HS32-M1): a page view that leaves so tells whether or not it told, with how long it has held,
  // and the background asks the tab's next document to tell at once (`MSG.hold` from the
  // background, below; held_chain.js `askNext`): only pages that navigate themselves while still
  // loading send or get anything.
  let told = false;
  let leaving = false;
  function onLeaving(e) {
    if (leaving || e.userInitiated || e.destination?.sameDocument !== false || !stillHeld() || tiny()) return;
    leaving = true;
    api.runtime.sendMessage({ what: MSG.hold, pageId, leaving: true, held: heldFor(), started: performance.timeOrigin }).catch(() => {});
  }
  /** Held: reads held (`early`), or the hold ran out on a document that is still loading. */
  function stillHeld() {
    return early || (outlasted && loading());
  }
  /** How long this page view has been held: since its response started. */
  function heldFor() {
    return performance.now() - age + heldBefore;
  }
  // When this document started, and how it was reached (`reload`, `back_forward`: the person's
  // reload or Back does not join a run another document's navigation kept: held_chain.js); read
  // in this world, which no page script reaches.
  const reached = () => String(performance.getEntriesByType?.('navigation')[0]?.type ?? '');
  function tellHold() {
    if (!early || told || leaving) return;
    told = true;
    const held = heldFor();
    api.runtime.sendMessage({ what: MSG.hold, pageId, held, started: performance.timeOrigin, reached: reached() }).then((a) => {
      const left = a?.left;
      if (!early || typeof left !== 'number' || !(left < HELD_PARSE_MAX_MS - held)) return;
      setTimeout(() => {
        start();
        lift();
      }, Math.max(0, left));
    }, () => {});
  }
  function readHeld() {
    if (!heldScam || warned) return;
    heldScam = false;
    lastSent.full = '';
    looked = -1;
    schedule(0);
  }
  if (document.readyState === 'loading' && heldBefore < HELD_PARSE_MAX_MS) {
    early = true;
    // (Registered before any page script: a page listener that stops the event comes after it.)
    // (Every frame: a held frame of another site that loads itself again has a run of its own.)
    globalThis.navigation?.addEventListener('navigate', onLeaving);
    // Cleared when the document parses in time: each firing only to return cost a frame 0.4 ms
    // of thread time at the median (a call into this world, a lazy compile; docs/BENCHMARKS.md).
    const left = HELD_PARSE_MAX_MS - heldBefore;
    const liftTimer = setTimeout(lift, left);
    const stallTimer = setTimeout(() => stalled(-1, HELD_PARSE_MS), Math.min(HELD_PARSE_MS, left));
    const ended = () => {
      clearTimeout(liftTimer);
      clearTimeout(stallTimer);
      lift();
    };
    // Firefox stops the loading of a document that navigates away, which fires its
    // DOMContentLoaded: not the end of its parse. A stalled honest thread a person reloaded was
    // read on its first half then, and warned (main 95c2d12). So a DOMContentLoaded that comes
    // within a second of the browser's own beforeunload keeps the hold UNLOAD_GRACE_MS more, time
    // for the next document to replace this one; a document still there then (the navigation
    // made none: a 204, hostile/dcl-after-204.html) is read as any other. The listener goes at the
    // document's end (Firefox keeps a page with one out of its back/forward cache).
    let unloadingAt = -1;
    const unloading = (e) => {
      if (!e.isTrusted) return;
      unloadingAt = performance.now();
      acted();
    };
    addEventListener('beforeunload', unloading, true);
    // The person leaving through a frame of another origin (an ad's target=_top link: no
    // `navigate` event here, and Chromium shows the background no `Sec-Fetch-User`): their click
    // activated this document too. Told so, the background never joins that navigation to this
    // page's run (held_chain.js `acted`, review 39 HS-L1). (`pagehide`: if no beforeunload came.)
    let actedTold = false;
    const acted = () => {
      if (actedTold || !loading() || navigator.userActivation?.isActive !== true) return;
      actedTold = true;
      api.runtime.sendMessage({ what: MSG.hold, pageId, acted: true }).catch(() => {});
    };
    const hiding = (e) => {
      if (e.isTrusted) acted();
    };
    addEventListener('pagehide', hiding, true);
    // The reads start then too, not at that DOMContentLoaded: a read started there was no longer
    // `held` (the document is not loading), so a page view that left before its stall check was
    // read on what it had and warned if the next document came late (main 50933ff, Firefox: a kit
    // that reloads itself every 2 s at 2.2 s in its first load; an honest stalled thread the person
    // left 2 s in, by the address bar, for a page whose body came 5 s late: warned at 3.6 s).
    // When the person leaves (no `navigate` event the page started: `leaving` is the page's own),
    // the document stays held as if still loading (`stopped`), its timers run: the next document
    // replaces it, or the hold ends as any other's.
    const parsed = () => {
      removeEventListener('beforeunload', unloading, true);
      removeEventListener('pagehide', hiding, true);
      if (unloadingAt >= 0 && performance.now() - unloadingAt < 1000 && !leaving) {
        stopped = true;
      } else if (unloadingAt >= 0 && performance.now() - unloadingAt < 1000) {
        setTimeout(() => {
          ended();
          start();
        }, UNLOAD_GRACE_MS);
      } else {
        ended();
        start();
      }
    };
    // On the window, in the capture phase: the event's first stop, where this script (run before
    // any page script) is first in line, so a page that stops it there (stopImmediatePropagation
    // in its own capture listener) cannot keep it from the reads (review 28 MAIN-H1).
    addEventListener('DOMContentLoaded', parsed, { capture: true, once: true });
  } else start();
  // The window's own load, in the capture phase for the same reason (its target is the document;
  // the page's elements' `load` events stop at the document and never reach the window: checked in
  // Chromium, 2026-12-03, two images and a frame gave one call, the window's).
  const loaded = (e) => {
    if (e.target !== document) return;
    removeEventListener('load', loaded, true);
    schedule(50);
  };
  addEventListener('load', loaded, true);
})();

// MAIN-world hooks, injected at document_start before any page script (and into same-origin
// frames the page reaches through contentWindow/contentDocument/window.open before their own
// copy of this script runs). Before a verdict they only COUNT what the page does with the
// browser-lock APIs and call the real API unchanged; after the isolated world dispatches
// the neutralise event (only on the background's scam verdict) they undo the lock and refuse.
// The page can see and forge the report events: the counts may only raise suspicion.
// Technique table, limits and measurements: docs/LOCK.md.
// The functions that run at every start are parenthesised function expressions: V8 compiles
// such a function at once, where a declaration (or an arrow IIFE) is pre-parsed with the script
// and parsed again on its first call (docs/BENCHMARKS.md, "Ninth session"). The hooks' bodies,
// which an ordinary page never calls, stay lazy.
(function () {
  'use strict';
  // Everything used after page scripts start is captured now: the page may replace globals later.
  const { defineProperty, getOwnPropertyDescriptor, getPrototypeOf, create, hasOwn } = Object;
  const { apply, construct } = Reflect;
  const WM = WeakMap;
  const WS = WeakSet;
  const { add: wsAdd, has: wsHas } = WS.prototype;
  const SetC = Set;
  const ProxyC = Proxy;
  const stringify = JSON.stringify;
  const setT = setTimeout;
  const microtask = queueMicrotask;
  const top = window;
  const topDoc = document;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const addListener = EventTarget.prototype.addEventListener;
  const CE = CustomEvent;
  const StrC = String;
  const mathMin = Math.min;
  const { slice: strSlice, trim: strTrim, charCodeAt: strCode } = StrC.prototype;

  // The event names of extension/common/protocol.js (EVENT.report, EVENT.neutralise, EVENT.dialog, EVENT.shadow): this
  // script runs in the page's world and cannot load that file; tests/unit/protocol.test.mjs
  // checks that the copies agree.
  const EVENT_REPORT = 'hangup:report';
  const EVENT_NEUTRALISE = 'hangup:neutralise';
  const EVENT_DIALOG = 'hangup:dialog';
  const EVENT_SHADOW = 'hangup:shadow';

  const counts = create(null);
  let neutralised = false;
  let reportTimer = 0;

  function report() {
    reportTimer = 0;
    try {
      apply(dispatch, topDoc, [new CE(EVENT_REPORT, { detail: stringify(counts) })]);
    } catch {
      /* document gone */
    }
  }
  /** A view transition is taking its old picture of the document: the isolated world reads it now. */
  function reportTransition() {
    try {
      apply(dispatch, topDoc, [new CE(EVENT_REPORT, { detail: stringify({ transition: 1 }) })]);
    } catch {
      /* document gone */
    }
  }
  function count(name) {
    counts[name] = (counts[name] || 0) + 1;
    // Dialogs block the page's thread: report at once so the count is not stuck behind them.
    // Anything else is reported once the page's current script returns (a microtask), so a
    // burst in one script is one report and the first snapshot already carries it.
    if (name === 'dialogs' || name === 'print') report();
    else if (!reportTimer) {
      reportTimer = 1;
      microtask(report);
    }
  }

  // A dialog's message is page text a person reads (a kit may show its number only there): the
  // isolated world adds it to the snapshot, where it can only add suspicion. Only primitives are
  // read (an object's toString is page code), each text once, at most 16.
  const told = new SetC();
  function tell(msg) {
    if ((typeof msg === 'object' && msg !== null) || typeof msg === 'function' || msg === undefined) return;
    const t = apply(StrC.prototype.slice, StrC(msg), [0, 512]);
    if (told.has(t) || told.size >= 16) return;
    told.add(t);
    try {
      apply(dispatch, topDoc, [new CE(EVENT_DIALOG, { detail: t })]);
    } catch {
      /* document gone */
    }
  }

  // Validation bubbles (the hooks in install(); docs/LOCK.md). While the warning shows, no bubble:
  // every route fires a cancelable `invalid` at the field first, cancelled here (window, and each
  // shadow root attached through the hook, registered before any page listener there).
  const docQS = Document.prototype.querySelector;
  const cancel = Event.prototype.preventDefault;
  const stopAll = Event.prototype.stopImmediatePropagation;
  const shown = () => {
    try {
      return neutralised && apply(docQS, topDoc, ['hangup-warning']) !== null;
    } catch {
      return false;
    }
  };
  const customMessage = (el) => {
    try {
      // (A pattern mismatch's bubble shows the field's `title` under the browser's own words.)
      const v = el.validity;
      return v?.customError ? el.validationMessage : v?.patternMismatch ? el.title : undefined;
    } catch {
      return undefined;
    }
  };
  // Form-associated custom elements: their ElementInternals (bounded: a page's own elements),
  // and the internals' own validationMessage getter, taken at the first attachInternals.
  const internalsOf = new WM();
  let internalsMessage = null;
  function faceInternals(el, internals) {
    try {
      internalsMessage ??= getOwnPropertyDescriptor(getPrototypeOf(internals), 'validationMessage')?.get ?? null;
    } catch {
      /* ignore */
    }
    internalsOf.set(el, internals);
  }
  /** `shadow`: heard on a shadow root (the isolated world hears none of these). */
  function onInvalid(e, shadow = false) {
    if (shown()) {
      apply(cancel, e, []);
      apply(stopAll, e, []);
      return;
    }
    const el = e.target;
    const internals = el && internalsOf.get(el);
    if (internals) {
      try {
        tell(internalsMessage ? apply(internalsMessage, internals, []) : undefined);
      } catch {
        /* not internals */
      }
    } else if (shadow) tell(customMessage(el));
  }
  const onShadowInvalid = (e) => onInvalid(e, true);

  // document.open() (also implied by document.write() after load) drops every event listener of
  // the document and its window, ours included: they are added again right after.
  const listeners = []; // [target, type, fn]
  const listen = (function listen(target, type, fn) {
    listeners.push([target, type, fn]);
    apply(addListener, target, [type, fn, true]);
  });
  const relisten = () => {
    for (const [target, type, fn] of listeners) {
      try {
        apply(addListener, target, [type, fn, true]);
      } catch {
        /* a realm that is gone */
      }
    }
  };

  // Wrappers look native: same name and length, no prototype (method syntax), and
  // Function.prototype.toString (hooked in every realm) prints the original's source.
  const disguised = new WM();
  const method = (function method(name, original, body) {
    const wrapped = {
      [name](...args) {
        return body(this, args, original);
      },
    }[name];
    defineProperty(wrapped, 'length', { value: original.length });
    disguised.set(wrapped, original);
    return wrapped;
  });
  /** The descriptor of `prop` on `obj` or the first prototype that owns it (window members
   *  live on the instance in one engine and on Window.prototype in another). */
  const owner = (function owner(obj, prop) {
    for (let o = obj; o; o = getPrototypeOf(o)) if (hasOwn(o, prop)) return o;
    return null;
  });
  const ownerDesc = (function ownerDesc(obj, prop) {
    const o = owner(obj, prop);
    return o ? getOwnPropertyDescriptor(o, prop) : undefined;
  });
  const hook = (function hook(target, prop, body) {
    const obj = target && owner(target, prop);
    const desc = obj && getOwnPropertyDescriptor(obj, prop);
    if (!desc || typeof desc.value !== 'function' || disguised.has(desc.value)) return null;
    const original = desc.value;
    try {
      defineProperty(obj, prop, { ...desc, value: method(prop, original, body) });
    } catch {
      return null; // frozen by the page (only possible for the hooks armed at the verdict)
    }
    return original;
  });
  const hookAccessor = (function hookAccessor(target, prop, { get, set }) {
    const obj = target && owner(target, prop);
    const desc = obj && getOwnPropertyDescriptor(obj, prop);
    if (!desc || !desc.get || disguised.has(desc.get)) return null;
    const next = { ...desc };
    if (get) {
      next.get = { [`get ${prop}`]() { return get(this, desc.get); } }[`get ${prop}`];
      disguised.set(next.get, desc.get);
    }
    if (set && desc.set) {
      next.set = { [`set ${prop}`](v) { return set(this, v, desc.set); } }[`set ${prop}`];
      defineProperty(next.set, 'length', { value: 1 });
      disguised.set(next.set, desc.set);
    }
    try {
      defineProperty(obj, prop, next);
    } catch {
      return null; // frozen by the page (only possible for the hooks armed at the verdict)
    }
    return desc;
  });

  const SPECIAL_KEYS = new SetC(['Escape', 'F11', 'F12', 'F5', 'F4', 'Tab', 'Meta', 'OS']);
  /** Keys a person uses to get out of a page: Escape, F11, Alt+F4, Ctrl/Cmd+W/Q/T/N/L/R, devtools… */
  function escapeKey(e) {
    const key = e.key;
    if (SPECIAL_KEYS.has(key)) return key !== 'Tab' || e.altKey;
    const k = typeof key === 'string' ? key.toLowerCase() : '';
    if ((e.ctrlKey || e.metaKey) && 'wqtnlr'.includes(k) && k.length === 1) return true;
    if ((e.ctrlKey || e.metaKey) && e.shiftKey && 'ijc'.includes(k) && k.length === 1) return true;
    return false;
  }

  const lengthGet = getOwnPropertyDescriptor(top, 'length')?.get; // window.length is replaceable by the page
  const realms = []; // one undo() per realm we hooked
  const installed = new WS(); // keyed by each realm's EventTarget constructor

  /** Installs every hook into the realm of window `w` (our own, or a same-origin frame's). */
  const install = (function install(w) {
    let ET;
    try {
      ET = w.EventTarget;
      if (!ET || installed.has(ET)) return;
    } catch {
      return; // cross-origin
    }
    installed.add(ET);
    const doc = w.document;
    const P = (name) => w[name]?.prototype;
    const removeEL = ET.prototype.removeEventListener;
    const stopNow = w.Event.prototype.stopImmediatePropagation;
    const preventDefault = w.Event.prototype.preventDefault;
    const isTrusted = (e) => e.isTrusted === true;
    const dpGet = getOwnPropertyDescriptor(w.Event.prototype, 'defaultPrevented').get;
    const on = (type, fn) => listen(w, type, fn);

    // The realm's own Function.prototype, reached through one of its constructors: in Firefox the
    // script's `Function` is not necessarily the page's.
    const FP = getPrototypeOf(ET);
    hook(FP, 'toString', (self, args, orig) => apply(orig, disguised.get(self) ?? self, args));

    // --- Full screen (also re-entry on every click or key).
    const exitFs = () => {
      try {
        if (doc.fullscreenElement) doc.exitFullscreen().catch(() => {});
        else if (doc.webkitFullscreenElement) doc.webkitExitFullscreen?.();
      } catch {
        /* nothing to exit */
      }
    };
    // The lock calls that only need counting before the verdict and refusing after it, as
    // [interface, its methods, behaviour key, what a refused call returns]. The calls with more
    // to do (pointer lock, dialogs, media, windows, notifications) are hooked one by one below.
    const notAllowed = (what) => () => w.Promise.reject(new w.DOMException(`${what} is not allowed on this page.`, 'NotAllowedError'));
    const nothing = () => undefined;
    // Through the interface: reading `speechSynthesis` creates the speech service (the largest
    // single item of this script's start on an ordinary page, docs/BENCHMARKS.md).
    const speech = P('SpeechSynthesis') ?? (w.speechSynthesis && getPrototypeOf(w.speechSynthesis));
    // What a voice says is page text a person hears (a kit may speak its claims over a picture):
    // read like a dialog's message, through the utterance's own getter, taken at the first call
    // so an ordinary page pays nothing (a page that replaced it by then only picks its own text).
    let utteranceText;
    let spokenTexts = 0; // at most 4 of the 16 texts: silent speech cannot crowd out a dialog's
    const spoken = (u) => {
      try {
        utteranceText ??= getOwnPropertyDescriptor(P('SpeechSynthesisUtterance') ?? {}, 'text')?.get ?? null;
        return utteranceText ? apply(utteranceText, u, []) : undefined;
      } catch {
        return undefined; // not an utterance
      }
    };
    const LOCK_CALLS = [
      [P('Element'), ['requestFullscreen'], 'fullscreen', () => w.Promise.reject(new w.TypeError('Permissions check failed'))],
      [P('Element'), ['webkitRequestFullscreen', 'webkitRequestFullScreen', 'mozRequestFullScreen'], 'fullscreen', nothing],
      [P('Keyboard'), ['lock'], 'keyboard_lock', notAllowed('Keyboard lock')],
      [P('History'), ['pushState', 'replaceState'], 'history', nothing],
      [speech, ['speak'], 'speech', nothing, (args) => {
        if (spokenTexts++ < 4) tell(spoken(args[0]));
      }],
    ];
    for (const [target, names, key, refused, heard] of LOCK_CALLS) {
      for (const name of names) {
        hook(target, name, (self, args, orig) => {
          heard?.(args);
          count(key);
          return neutralised ? refused() : apply(orig, self, args);
        });
      }
    }
    // A native picker (a select's list, a datalist's suggestions, a date or colour picker) is the
    // browser's own widget above the page and the warning, opened on the activation a click on
    // the warning gives the page (review 23 H6): not while the warning shows. Hooked from the
    // start, so a method taken before the verdict is this one too (Firefox runs this script in
    // script-less frames as well; Chromium: the user sheet, background/top_layer.js).
    for (const C of ['HTMLSelectElement', 'HTMLInputElement']) {
      hook(P(C), 'showPicker', (self, args, orig) => (shown() ? undefined : apply(orig, self, args)));
    }
    on('fullscreenchange', () => {
      if (neutralised) exitFs();
    });

    // --- Pointer lock (keyboard lock: LOCK_CALLS).
    let pointerLockPromise = false;
    hook(P('Element'), 'requestPointerLock', (self, args, orig) => {
      count('pointer_lock');
      if (neutralised) return pointerLockPromise ? notAllowed('Pointer lock')() : undefined;
      const r = apply(orig, self, args);
      if (r && typeof r.then === 'function') pointerLockPromise = true;
      return r;
    });
    on('pointerlockchange', () => {
      if (neutralised) doc.exitPointerLock?.();
    });

    // --- Dialog loops and print loops.
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      hook(w, name, (self, args, orig) => {
        if (name !== 'print') tell(args[0]);
        count(name === 'print' ? 'print' : 'dialogs');
        if (neutralised) return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
        return apply(orig, self, args);
      });
    }

    // --- Validation bubbles: the browser draws a field's custom validity message (page text) in
    // its own bubble over the page, above the top layer in Chromium, where no DOM text holds it
    // (tests/e2e/hostile/validity-*.html). Every route to a bubble (reportValidity on any field,
    // button or form, requestSubmit, a submit button's click or dispatched click, a label's,
    // ElementInternals.reportValidity) first fires a cancelable `invalid` event at the field, and
    // a cancelled one shows no bubble. The isolated world tells the message of fields in the
    // document from that event and cancels it while the warning shows (content.js,
    // overlay_host.js); here, what it cannot reach: a form-associated custom element's message
    // (in its ElementInternals) and fields in shadow roots (the event stops at the root). No
    // method wrapper at start: one listener per realm and per attached root, and `attachInternals`.
    on('invalid', onInvalid);
    hook(P('HTMLElement'), 'attachInternals', (self, args, orig) => {
      const r = apply(orig, self, args);
      if (r && typeof r === 'object') faceInternals(self, r);
      return r;
    });

    // --- Leave-page traps: beforeunload listeners and onbeforeunload (window, <body>, <frameset>).
    const leaveListeners = [];
    hook(ET.prototype, 'addEventListener', (self, args, orig) => {
      if (args[0] === 'beforeunload' && self === w && args[1]) {
        count('beforeunload');
        if (neutralised) return undefined;
        leaveListeners.push(args);
      }
      return apply(orig, self, args);
    });
    const onbuOrig = ownerDesc(w, 'onbeforeunload');
    for (const [obj, prop] of [[w, 'onbeforeunload'], [P('HTMLBodyElement'), 'onbeforeunload'], [P('HTMLFrameSetElement'), 'onbeforeunload']]) {
      hookAccessor(obj, prop, {
        set(self, v, orig) {
          if (v && typeof v === 'function') count('beforeunload');
          if (neutralised) return undefined;
          return apply(orig, self, [v]);
        },
      });
    }
    // <body onbeforeunload="…"> sets the handler without the setter: count it once the body exists.
    listen(doc, 'DOMContentLoaded', () => {
      try {
        if (doc.body?.hasAttribute('onbeforeunload') && apply(onbuOrig.get, w, [])) count('beforeunload');
      } catch {
        /* ignore */
      }
    });
    // After the verdict nothing else may see beforeunload: our capture listener runs first.
    on('beforeunload', (e) => {
      if (neutralised) apply(stopNow, e, []);
    });

    // --- Back-button traps (history floods: LOCK_CALLS).
    for (const name of ['go', 'back', 'forward']) {
      hook(P('History'), name, (self, args, orig) => {
        // Navigating history from a popstate handler is the back-button trap; count it.
        if (inPopstate) count('history');
        if (neutralised) return undefined;
        return apply(orig, self, args);
      });
    }
    let inPopstate = false;
    on('popstate', (e) => {
      if (neutralised) return apply(stopNow, e, []);
      inPopstate = true;
      setT(() => (inPopstate = false), 0);
      return undefined;
    });

    // --- Audio and voice.
    const played = new SetC();
    hook(P('HTMLMediaElement'), 'play', (self, args, orig) => {
      count('media_play');
      if (played.size < 256) played.add(self);
      if (neutralised) {
        try {
          self.muted = true;
        } catch {
          /* ignore */
        }
        return notAllowed('Playback')();
      }
      return apply(orig, self, args);
    });
    on('play', (e) => {
      if (neutralised && e.target instanceof w.HTMLMediaElement) {
        e.target.pause();
        e.target.muted = true;
      }
    });
    const contexts = new SetC();
    const AC = w.AudioContext;
    const acClose = AC?.prototype.close;
    const closeCtx = (ctx) => {
      try {
        apply(acClose, ctx, []).catch(() => {});
      } catch {
        /* already closed */
      }
    };
    if (AC) {
      const wrappedAC = new ProxyC(AC, {
        construct(target, args, newTarget) {
          const ctx = construct(target, args, newTarget === wrappedAC ? target : newTarget);
          count('audio_context');
          if (contexts.size < 64) contexts.add(ctx);
          if (neutralised) closeCtx(ctx);
          return ctx;
        },
      });
      disguised.set(wrappedAC, AC);
      defineProperty(w, 'AudioContext', { ...getOwnPropertyDescriptor(w, 'AudioContext'), value: wrappedAC });
      try {
        defineProperty(AC.prototype, 'constructor', { ...getOwnPropertyDescriptor(AC.prototype, 'constructor'), value: wrappedAC });
      } catch {
        /* ignore */
      }
      let proto = AC.prototype;
      while (proto && !hasOwn(proto, 'resume')) proto = getPrototypeOf(proto);
      hook(proto, 'resume', (self, args, orig) => {
        count('audio_context');
        if (neutralised) return w.Promise.resolve(undefined);
        return apply(orig, self, args);
      });
    }

    // --- Input capture: a trusted key that people use to escape (Escape, F11, Ctrl+W…) or the
    // context menu, cancelled by any page handler (preventDefault, `return false`, returnValue).
    // Checked once the event has gone through every handler; before the verdict nothing changes.
    const inputTypes = ['keydown', 'keyup', 'keypress', 'contextmenu'];
    for (const type of inputTypes) {
      on(type, (e) => {
        if (!isTrusted(e)) return;
        if (neutralised) {
          apply(stopNow, e, []); // the page no longer sees keys or the menu: nothing can block them
          return;
        }
        if (type === 'contextmenu' || (type === 'keydown' && escapeKey(e))) {
          setT(() => {
            if (apply(dpGet, e, [])) count(type === 'contextmenu' ? 'context_block' : 'key_block');
          }, 0);
        }
      });
    }

    // --- New windows, notifications.
    hook(w, 'open', (self, args, orig) => {
      count('window_open');
      if (neutralised) return null;
      const win = apply(orig, self, args);
      if (win) install(win); // a same-origin about:blank window is a fresh realm with native APIs
      return win;
    });
    const N = w.Notification;
    if (N) {
      hook(N, 'requestPermission', (self, args, orig) => {
        count('notification');
        if (neutralised) {
          if (typeof args[0] === 'function') setT(() => args[0]('denied'), 0);
          return w.Promise.resolve('denied');
        }
        return apply(orig, self, args);
      });
    }

    // --- Download floods: clicks on <a download> or blob:/data: links, incl. detached anchors.
    const isDownload = (a) => {
      try {
        return a.hasAttribute('download') || /^(blob|data):/i.test(a.getAttribute('href') || '');
      } catch {
        return false;
      }
    };
    on('click', (e) => {
      const a = e.target?.closest?.('a[href]');
      if (!a || !isDownload(a)) return;
      count('downloads');
      if (neutralised) apply(preventDefault, e, []);
    });
    hook(P('HTMLElement'), 'click', (self, args, orig) => {
      if (self instanceof w.HTMLAnchorElement && !self.isConnected && isDownload(self)) {
        count('downloads'); // a detached anchor's click never reaches our window listener
        if (neutralised) return undefined;
      }
      return apply(orig, self, args);
    });

    // --- The warning itself (docs/LOCK.md "The overlay while the page fights it").
    guardWarning(w, doc, P);

    // --- Same-origin frames: hook their realm before the page can grab a native API there.
    for (const C of ['HTMLIFrameElement', 'HTMLFrameElement', 'HTMLObjectElement']) {
      hookAccessor(P(C), 'contentWindow', {
        get(self, orig) {
          const win = apply(orig, self, []);
          if (win) install(win);
          return win;
        },
      });
      hookAccessor(P(C), 'contentDocument', {
        get(self, orig) {
          const d = apply(orig, self, []);
          if (d?.defaultView) install(d.defaultView);
          return d;
        },
      });
    }

    clipboardHooks(w, P);

    // --- The undo, run once on the verdict.
    realms.push(() => {
      exitFs();
      try {
        doc.exitPointerLock?.();
        w.navigator.keyboard?.unlock?.();
      } catch {
        /* ignore */
      }
      for (const m of [...played, ...doc.querySelectorAll('audio,video')]) {
        try {
          m.pause();
          m.muted = true;
          m.autoplay = false;
        } catch {
          /* ignore */
        }
      }
      for (const ctx of contexts) closeCtx(ctx);
      try {
        w.speechSynthesis?.cancel();
      } catch {
        /* ignore */
      }
      for (const args of leaveListeners) apply(removeEL, w, args);
      if (onbuOrig?.set) apply(onbuOrig.set, w, [null]);
      restoreCursor(w, doc);
    });
    if (neutralised) realms[realms.length - 1]();
  });

  // A fresh frame's window taken through `frames[i]` (no getter hook sees it) keeps a native
  // alert(), print(), showModal()…: once the warning shows, every same-origin frame's realm is
  // hooked on the verdict and right after each insertion, before the page's next statement.
  const sweep = (function sweep(w = top, depth = 0) {
    let n = 0;
    try {
      n = mathMin(apply(lengthGet, w, []), 64);
    } catch {
      return;
    }
    for (let i = 0; i < n; i++) {
      let f;
      try {
        f = w[i];
      } catch {
        continue;
      }
      try {
        install(f);
      } catch {
        continue; // an odd realm: the page's own insertion must not fail for it
      }
      if (depth < 2) sweep(f, depth + 1);
    }
  });

  /** A cursor the page hid (cursor: none, a transparent or giant image) is visible again. */
  function restoreCursor(w, doc) {
    // `:is(*, #h#h…)` matches everything with the specificity of ten ids; a constructed sheet is
    // not subject to the page's style-src CSP.
    const rule = ':is(*,#h#h#h#h#h#h#h#h#h#h),:is(*,#h#h#h#h#h#h#h#h#h#h)::before,:is(*,#h#h#h#h#h#h#h#h#h#h)::after{cursor:auto!important}';
    try {
      const sheet = new w.CSSStyleSheet();
      sheet.replaceSync(rule);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      /* older engine: the inline styles below still cover html and body */
    }
    for (const el of [doc.documentElement, doc.body]) el?.style.setProperty('cursor', 'auto', 'important');
  }


  // ===== ClickFix: every way a page writes the clipboard (docs/DETECTION.md, "ClickFix"). =====
  // The copied text (bounded) goes to the isolated world in a report event as
  // {clipboard: {text, via}}; the engine decides. Before the verdict nothing changes: each hook
  // calls the original first, synchronously. On the verdict, a clipboard the page wrote is
  // replaced with a harmless note (the page's click may still count as user activation).
  const CLIP_SCAN = 65536; // of a longer text, its first and last CLIP_SCAN units are reported
  // <squeeze> (tests/unit/clip_text.test.mjs runs this block)
  // Of a text over 2 * CLIP_SCAN units, runs of blanks, and runs of one unit or one short chunk
  // repeated (`#` lines, a tag character's pair, a word of up to PERIOD units), are cut to about
  // BLANK_KEEP units before that cut, so a payload between two fillers of more than CLIP_SCAN each
  // reaches the background (review 40 CF40-M2, review 42 CF42-M3; background/clip_text.js cuts
  // runs of one character too). Blanks as background/clip_text.js BLANKS. At most CLIP_READ units
  // are read at each end: the time and the copy stay bounded.
  const BLANK_KEEP = 128;
  const CLIP_READ = 8 * CLIP_SCAN;
  const PERIOD = 32; // the longest chunk read as repeated (a ring of the last PERIOD units)
  function squeeze(text, from, to) {
    let out = '';
    let start = from; // the first unit not yet copied
    let run = 0; // blanks in a row
    let same = 0; // units equal to the one `period` before, in a row
    let period = 0;
    let next = 1; // the chunk length tried at the next break (2 … PERIOD in turn)
    let cut = false;
    let held = 0; // the chunk length of the run being cut (0: blanks or one unit)
    // (Own indices from the start: a page's setter on Array.prototype never sees a write.)
    const last = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (let i = from; i < to; i++) {
      const c = apply(strCode, text, [i]);
      const blank = c <= 0x20 || (c >= 0x85 && (c < 0x2000
        ? c === 0x85 || c === 0xa0 || c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 || c === 0x1680 || c === 0x17b4 || c === 0x17b5 || (c >= 0x180b && c <= 0x180f)
        : c <= 0x200f || (c >= 0x2028 && c <= 0x202f) || (c >= 0x205f && c <= 0x206f) || c === 0x2800 || c === 0x3000 || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff || c === 0xffa0 || (c >= 0xfff9 && c <= 0xfffb)));
      run = blank ? run + 1 : 0;
      if (period && c === last[(i - period) & 31]) same++;
      else {
        // One unit repeated is read at once; a chunk's length is tried one in turn at each
        // break (a true period always holds once tried; a wrong one breaks within a chunk),
        // so each unit costs two comparisons at most.
        same = period = 0;
        if (i > from && c === last[(i - 1) & 31]) period = 1;
        else if ((next = next < PERIOD ? next + 1 : 2) <= i - from && c === last[(i - next) & 31]) period = next;
        if (period) same = 1;
      }
      last[i & 31] = c;
      const long = run >= BLANK_KEEP || same >= BLANK_KEEP;
      if (long && !cut) (out += apply(strSlice, text, [start, i + 1])), (held = run >= BLANK_KEEP ? 0 : period);
      // (After a chunk's run, its last chunk again: the line break before what follows stays,
      // so a payload is not joined to a `#` comment line: forty-fourth session.)
      else if (!long && cut) start = held > 1 ? i - held : i;
      cut = long;
    }
    return cut ? out : out + apply(strSlice, text, [start, to]);
  }
  // Of a text still too long once squeezed (a filler of varied or numbered lines, or of a chunk
  // over PERIOD units), the middle the head and tail leave out is searched for command words: its
  // SPAN-unit blocks holding the most distinct ones, with their neighbours (WIN blocks at most),
  // are kept between the head and the tail, so the payload still reaches the background
  // (forty-fourth session, review 43 CF43-M1). One regex pass, HITS matches at most.
  const CMD = /powershell|pwsh|mshta|cmd|iex|iwr|irm|invoke-|curl|wget|\|\s*(?:ba|z)?sh\b|rundll32|regsvr32|msiexec|certutil|bitsadmin|[cw]script|deno\b|bunx?\b|https?:|hidden|-e[nc]|base64|osascript|python|eval/gi;
  const reExec = CMD.exec;
  const U32 = Uint32Array;
  const SPAN = 256;
  const WIN = 48;
  const HITS = 65536;
  const KEEP = 6400; // taken from the head and from the tail: 2 * KEEP > WIN * (SPAN + 1) + 1
  function middle(text, from, to) {
    const blocks = (((to - from) / SPAN) | 0) + 1;
    const score = new U32(blocks); // a bit per kind of word, then the number of kinds
    CMD.lastIndex = from;
    for (let k = 0; k < HITS; k++) {
      const m = apply(reExec, CMD, [text]);
      if (!m || m.index >= to) break;
      const w = m[0];
      score[((m.index - from) / SPAN) | 0] |= 1 << (((apply(strCode, w, [0]) | 32) * 7 + (apply(strCode, w, [w.length - 1]) | 32) * 3 + w.length) & 31);
    }
    for (let b = 0; b < blocks; b++) {
      let x = score[b];
      let c = 0;
      for (; x; c++) x &= x - 1;
      score[b] = c;
    }
    const keep = new U32(blocks);
    for (let n = 0; n < WIN; ) {
      let best = -1;
      for (let b = 0, top = 0; b < blocks; b++) if (score[b] > top) (top = score[b]), (best = b);
      if (best < 0) break;
      score[best] = 0;
      for (let b = best - 1; b <= best + 1; b++) if (b >= 0 && b < blocks && !keep[b] && n < WIN) (keep[b] = 1), n++;
    }
    let out = '';
    for (let b = 0; b < blocks; b++) {
      if (!keep[b]) continue;
      const end = from + (b + 1) * SPAN;
      out += (b && keep[b - 1] ? '' : '\n') + apply(strSlice, text, [from + b * SPAN, end < to ? end : to]);
    }
    return out + '\n';
  }
  /** What is reported of `text`: within 2 * CLIP_SCAN + 1 units (protocol.js LIMITS.clipboardChars). */
  function scanned(text) {
    let n = text.length;
    if (n <= 2 * CLIP_SCAN) return text;
    text = n > 2 * CLIP_READ ? squeeze(text, 0, CLIP_READ) + '\n' + squeeze(text, n - CLIP_READ, n) : squeeze(text, 0, n);
    n = text.length;
    if (n <= 2 * CLIP_SCAN) return text;
    const h = CLIP_SCAN - KEEP;
    return apply(strSlice, text, [0, h]) + middle(text, h, n - h) + apply(strSlice, text, [n - h]);
  }
  // </squeeze>
  let clipWritten = false;
  let clipWrite = null; // the original Clipboard.writeText, for the note
  let clipOwner = null; // () => the top window's navigator.clipboard
  let copyData = null; // clipboardData of the copy/cut event being dispatched
  let copySetData = false; // setData ran during the current execCommand('copy')
  let copyLists = new WS(); // clipboardData.items lists read during the copy event

  function reportClipboard(text, via, tried = false) {
    if (typeof text !== 'string' || !(apply(strTrim, text, []) || tried)) return;
    clipWritten = true;
    try {
      // (Of a huge text, its blank runs cut, its first and last CLIP_SCAN units: the background
      // brings it within the engine's 4 KB, background/clip_text.js, so the page pays nothing for that.)
      text = scanned(text);
      apply(dispatch, topDoc, [new CE(EVENT_REPORT, { detail: stringify({ clipboard: { text, via } }) })]);
    } catch {
      /* document gone */
    }
  }

  const clipboardHooks = (function clipboardHooks(w, P) {
    const CB = P('Clipboard');
    // While the warning shows the page may not write the clipboard: these routes are refused (and reported:
    // the page tried, so the warning may write its note; docs/LOCK.md). A copy event from a
    // route no hook sees copies HangUp's note instead (content.js `onCopy`).
    const PromiseC = w.Promise;
    const rejectP = PromiseC?.reject;
    const DOMEx = w.DOMException;
    const refuse = (via) => reportClipboard(' ', via, true);
    // (A sub-frame has no warning in its document: it refuses once neutralised, also after "Show the page anyway".)
    const warnedNow = top === top.top ? shown : () => neutralised;
    const refused = () => apply(rejectP, PromiseC, [new DOMEx('Write permission denied.', 'NotAllowedError')]);
    const wt = hook(CB, 'writeText', (self, args, orig) => {
      if (warnedNow()) return refuse('writeText'), refused();
      const r = apply(orig, self, args);
      try {
        reportClipboard(StrC(args[0] ?? ''), 'writeText');
      } catch {
        /* a toString that throws */
      }
      return r;
    });
    if (wt && w === top) {
      clipWrite = wt;
      // The clipboard object is only needed on the verdict: its getters now, the object then
      // (creating it on every page costs; the page cannot swap the captured getters).
      const nav = ownerDesc(w, 'navigator')?.get;
      const clip = P('Navigator') && getOwnPropertyDescriptor(P('Navigator'), 'clipboard')?.get;
      clipOwner = () => (nav && clip ? apply(clip, apply(nav, w, []), []) : null);
    }
    hook(CB, 'write', (self, args, orig) => {
      if (warnedNow()) return refuse('write'), refused();
      const r = apply(orig, self, args);
      try {
        const items = args[0];
        for (let i = 0; i < mathMin(items?.length ?? 0, 4); i++) {
          const item = items[i];
          if (!item?.types?.includes?.('text/plain')) continue;
          item.getType('text/plain')
            .then((blob) => blob.slice(0, CLIP_SCAN * 4).text())
            .then((text) => reportClipboard(text, 'write'), () => {});
        }
      } catch {
        /* not ClipboardItems */
      }
      return r;
    });
    // The text/plain a copy or cut handler puts on the event's clipboardData.
    for (const type of ['copy', 'cut']) {
      listen(w, type, (e) => {
        copyData = e.clipboardData ?? null;
        copyLists = new WS();
        setT(() => (copyData = null), 0);
      });
    }
    // Chromium's clipboardData.items is a new list at every read: the lists read from the copy
    // event's clipboardData are remembered, so their add() is known for the event's.
    hookAccessor(P('DataTransfer'), 'items', {
      get: (self, orig) => {
        const list = apply(orig, self, []);
        if (copyData && self === copyData && list) apply(wsAdd, copyLists, [list]);
        return list;
      },
    });
    const plain = (t) => {
      const s = typeof t === 'string' ? t.toLowerCase() : '';
      return s === 'text' || s === 'text/plain';
    };
    hook(P('DataTransfer'), 'setData', (self, args, orig) => {
      const r = apply(orig, self, args);
      if (copyData && self === copyData && plain(args[0])) {
        copySetData = true;
        reportClipboard(StrC(args[1] ?? ''), 'copy_event');
      }
      return r;
    });
    hook(P('DataTransferItemList'), 'add', (self, args, orig) => {
      const r = apply(orig, self, args);
      if (copyData && typeof args[0] === 'string' && plain(args[1]) && apply(wsHas, copyLists, [self])) {
        copySetData = true;
        reportClipboard(args[0], 'copy_event');
      }
      return r;
    });
    // A hidden textarea is selected, then copied: remember the last text field selected.
    let lastField = null;
    for (const C of ['HTMLTextAreaElement', 'HTMLInputElement']) {
      for (const name of ['select', 'setSelectionRange']) {
        hook(P(C), name, (self, args, orig) => {
          const r = apply(orig, self, args);
          lastField = self;
          return r;
        });
      }
    }
    const fieldText = (f) => {
      try {
        const s = f.selectionStart ?? 0;
        const e = f.selectionEnd ?? 0;
        return typeof f.value === 'string' && e > s ? apply(strSlice, f.value, [s, mathMin(e, s + 2 * CLIP_SCAN)]) : '';
      } catch {
        return ''; // an input type without selection
      }
    };
    // execCommand('copy'): what is selected at that moment (a hidden textarea's value, or the
    // document selection), unless a copy handler set the data itself.
    hook(w.document, 'execCommand', (self, args, orig) => {
      const cmd = typeof args[0] === 'string' ? args[0].toLowerCase() : '';
      if (cmd !== 'copy' && cmd !== 'cut') return apply(orig, self, args);
      if (warnedNow()) return refuse('exec_command'), false;
      let selected = '';
      try {
        const a = self.activeElement;
        if (a instanceof w.HTMLTextAreaElement || a instanceof w.HTMLInputElement) selected = fieldText(a);
        if (!selected && lastField) selected = fieldText(lastField);
        if (!selected) selected = StrC(self.getSelection?.() ?? '');
      } catch {
        /* ignore */
      }
      lastField = null;
      copySetData = false;
      const r = apply(orig, self, args);
      if (r && !copySetData) reportClipboard(selected, 'exec_command');
      return r;
    });
  });

  /** After the verdict: the command the page put on the clipboard is replaced by a note. */
  function replaceClipboard(note) {
    if (!clipWritten || !clipWrite || !clipOwner) return;
    try {
      apply(clipWrite, clipOwner(), [note]).catch(() => {});
    } catch {
      /* no activation or focus: the warning page tries too */
    }
  }
  // ===== end ClickFix =====

  // === Warning protection (shield; docs/LOCK.md "The overlay while the page fights it") ======
  // After the verdict the page may not take HangUp's host element (<hangup-warning>, in the top
  // document) out of the document, move it (both reload the warning frame and hide it), hide its
  // popover, open its own top-layer elements above it, hold a view transition over it, or replace
  // the document under it. Before the verdict every wrapper calls the original unchanged. The
  // isolated world (content/overlay_host.js) answers whatever gets past these hooks (a pristine
  // realm, an unhooked route) in the same frame, and falls back to a full-tab warning page.
  const transitions = new SetC(); // view transitions the page started (held ones paint above the top layer)
  function skipTransitions(doc) {
    for (const t of [...transitions, doc.activeViewTransition]) {
      try {
        t?.skipTransition();
      } catch {
        /* finished already */
      }
    }
    transitions.clear();
  }

  const guardWarning = (function guardWarning(w, doc, P) {
    const N = P('Node');
    const qs = P('Document')?.querySelector;
    const contains = N?.contains;
    /** The warning host, if the verdict is in and the page has one (top document only). */
    const host = () => {
      if (!neutralised || !qs) return null;
      try {
        return apply(qs, topDoc, ['hangup-warning']);
      } catch {
        return null;
      }
    };
    /** `r`, after the frames an insertion may have made are hooked, while the warning shows
     * (after "Show the page anyway" the page's insertions cost nothing more). */
    const swept = (r) => {
      if (host()) sweep();
      return r;
    };
    /** True when node `n` is the warning or contains it (a document, the root, a fragment…). */
    const holds = (n, h = host()) => {
      if (!h || !n || typeof n !== 'object') return false;
      try {
        return n === h || apply(contains, n, [h]);
      } catch {
        return false; // not a node (a string argument of append() and the like)
      }
    };
    // While the warning shows the tab's icon is HangUp's: a page icon link inserted even for a
    // moment (the isolated world removes it in a microtask) is enough for the browser to switch.
    const iconLink = (n) => {
      try {
        return n.localName === 'link' ? /(^|\s)icon(\s|$)/i.test(n.getAttribute('rel') || '') : !!n.querySelector?.('link[rel~="icon" i]');
      } catch {
        return false;
      }
    };
    /** Arguments that would move the warning or add an icon link while the warning shows. */
    const anyHolds = (args) => {
      const h = host();
      if (!h) return false;
      for (const a of args) if (holds(a, h) || (a && typeof a === 'object' && iconLink(a))) return true;
      return false;
    };
    // Cheap and needed before the verdict: listeners survive document.open(), view transitions
    // the page starts are remembered.
    // document.open()/write() after load replaces the whole document (and erases every event
    // listener, HangUp's too): refused once the warning is up; before it, HangUp's listeners
    // (the neutralise one, behaviour counters, ClickFix copy) are added again so they keep working.
    for (const name of ['open', 'write', 'writeln']) {
      hook(P('Document'), name, (self, args, orig) => {
        // (document.open(url, name, features) is window.open: refused like it.)
        if (neutralised && self === topDoc && host()) return name === 'open' ? (args.length > 2 ? null : self) : undefined;
        const r = apply(orig, self, args);
        relisten();
        return r;
      });
    }
    // View transitions: their pseudo-elements paint above the top layer, and one held open keeps
    // the old picture (the scam) on screen. Skipped once the warning is up.
    // Before the verdict, the isolated world is told when one starts (in a microtask) and when its
    // update callback runs (right after the old picture was taken): a kit can keep that picture
    // on screen while the document goes back to something harmless (hostile/vt-freeze.html), so
    // the document is read as it was then.
    hook(P('Document'), 'startViewTransition', (self, args, orig) => {
      if (!neutralised) {
        microtask(reportTransition);
        const a = args[0];
        const given = typeof a === 'function' ? a : a && typeof a === 'object' ? a.update : undefined;
        // No callback at all (`startViewTransition()`): the page may change its text after the
        // report above and before the old picture is taken, so an empty one reports then too.
        const update = typeof given === 'function' ? given : a == null ? function () {} : undefined;
        if (typeof update === 'function') {
          const wrapped = function () {
            reportTransition();
            return apply(update, this, arguments);
          };
          // (startViewTransition takes one argument: the callback, or {update, types}.)
          if (typeof a === 'function' || a == null) args = [wrapped];
          else {
            try {
              args = [{ update: wrapped, types: a.types }];
            } catch {
              /* a hostile getter: its update runs unwrapped */
            }
          }
        }
      }
      const t = apply(orig, self, args);
      if (t && transitions.size < 16) transitions.add(t);
      if (neutralised) skipTransitions(doc);
      return t;
    });
    // Shadow roots attached while the warning shows: the isolated world's observer does not see
    // into them, so it is told (before the page's next statement can put a frame there) on the
    // element, composed: its window listener, first in the capture phase, sees the outermost host.
    // Hooked from the start, so a method kept from before the verdict is this wrapper too.
    hook(P('Element'), 'attachShadow', (self, args, orig) => {
      const r = apply(orig, self, args);
      // (A field in the root: its `invalid` stops at the root, the window's listener hears nothing.)
      if (r) apply(addListener, r, ['invalid', onShadowInvalid, true]);
      if (neutralised) apply(dispatch, self, [new CE(EVENT_SHADOW, { bubbles: true, composed: true })]);
      return r;
    });
    const undo = () => skipTransitions(doc);
    realms.push(undo);
    if (neutralised) undo();

    // The rest is armed only when the verdict comes (the page's DOM calls on ordinary pages go
    // straight to the browser, docs/BENCHMARKS.md). A page that kept a native method from before
    // the verdict gets past these hooks like a pristine realm does: the isolated world answers.
    const arm = () => {
      // Taking it (or an ancestor) out, or moving it: refused.
      // (Every insertion is followed by a sweep of the frames it may have made.)
      hook(N, 'removeChild', (self, args, orig) => (holds(args[0]) ? args[0] : apply(orig, self, args)));
      hook(N, 'replaceChild', (self, args, orig) => (anyHolds(args) ? args[1] : swept(apply(orig, self, args))));
      for (const name of ['appendChild', 'insertBefore']) {
        hook(N, name, (self, args, orig) => (anyHolds([args[0]]) ? args[0] : swept(apply(orig, self, args))));
      }
      for (const C of ['Element', 'CharacterData', 'DocumentType', 'Document', 'DocumentFragment']) {
        for (const name of ['remove', 'replaceWith', 'before', 'after', 'append', 'prepend', 'replaceChildren', 'moveBefore']) {
          // On itself or an ancestor (remove, replaceWith, replaceChildren), or moved in as an argument.
          const onSelf = name === 'remove' || name === 'replaceWith' || name === 'replaceChildren';
          hook(P(C), name, (self, args, orig) => ((onSelf && holds(self)) || anyHolds(args) ? undefined : swept(apply(orig, self, args))));
        }
      }
      hook(P('Element'), 'insertAdjacentElement', (self, args, orig) => (anyHolds([args[1]]) ? null : swept(apply(orig, self, args))));
      hook(P('Element'), 'insertAdjacentHTML', (self, args, orig) => swept(apply(orig, self, args)));
      for (const name of ['setHTMLUnsafe', 'setHTML']) {
        hook(P('Element'), name, (self, args, orig) => (holds(self) ? undefined : swept(apply(orig, self, args))));
      }
      // Markup and text setters on an ancestor replace every child, the warning with them. While
      // the warning shows, the tab's title is HangUp's: the page's title setters are refused too
      // (the isolated world also puts it back in a microtask, but the browser may show the page's
      // for a moment).
      const title = (n) => host() !== null && n?.localName === 'title';
      for (const [C, prop] of [['Element', 'innerHTML'], ['Element', 'outerHTML'], ['Node', 'textContent'], ['HTMLElement', 'innerText'], ['HTMLElement', 'outerText']]) {
        hookAccessor(P(C), prop, { set: (self, v, orig) => (holds(self) || title(self) ? undefined : swept(apply(orig, self, [v]))) });
      }
      hookAccessor(P('HTMLTitleElement'), 'text', { set: (self, v, orig) => (host() ? undefined : apply(orig, self, [v])) });
      hookAccessor(P('Document'), 'title', { set: (self, v, orig) => (self === topDoc && host() ? undefined : apply(orig, self, [v])) });
      const intersects = P('Range')?.intersectsNode;
      const range = (self) => {
        const h = host();
        try {
          return !!h && apply(intersects, self, [h]);
        } catch {
          return false;
        }
      };
      for (const name of ['deleteContents', 'extractContents', 'surroundContents']) {
        hook(P('Range'), name, (self, args, orig) => (range(self) ? (name === 'extractContents' ? doc.createDocumentFragment() : undefined) : apply(orig, self, args)));
      }
      hook(P('Range'), 'insertNode', (self, args, orig) => (holds(args[0]) ? undefined : swept(apply(orig, self, args))));
      hook(P('Selection'), 'deleteFromDocument', (self, args, orig) => (host() ? undefined : apply(orig, self, args)));
      // Its popover hidden (hidePopover/togglePopover on it), or another top-layer element opened
      // above it: refused. Declarative openers (popovertarget, commandfor) call no method; the
      // isolated world cancels their `beforetoggle`/`command` events.
      hook(P('HTMLElement'), 'hidePopover', (self, args, orig) => (holds(self) ? undefined : apply(orig, self, args)));
      hook(P('HTMLElement'), 'togglePopover', (self, args, orig) => (neutralised ? holds(self) : apply(orig, self, args)));
      hook(P('HTMLElement'), 'showPopover', (self, args, orig) => (neutralised ? undefined : apply(orig, self, args)));
      hook(P('HTMLDialogElement'), 'showModal', (self, args, orig) => (neutralised ? undefined : apply(orig, self, args)));
      // The keyboard stays with the warning: its host is not blurred, and no page element takes
      // the focus while it shows (the isolated world takes back what gets past, in a microtask).
      for (const C of ['HTMLElement', 'SVGElement', 'MathMLElement']) {
        hook(P(C), 'blur', (self, args, orig) => (holds(self) ? undefined : apply(orig, self, args)));
        hook(P(C), 'focus', (self, args, orig) => (host() && !holds(self) ? undefined : apply(orig, self, args)));
      }
      // Validation bubbles by a route that fires its `invalid` where no HangUp listener came first
      // (a field in a declarative shadow root, or one attached with a method no hook saw): the
      // validity is answered without a bubble, an invalid form is not submitted.
      for (const C of ['HTMLInputElement', 'HTMLTextAreaElement', 'HTMLSelectElement', 'HTMLButtonElement', 'HTMLFormElement', 'HTMLFieldSetElement', 'HTMLObjectElement', 'HTMLOutputElement', 'ElementInternals']) {
        const check = P(C)?.checkValidity;
        hook(P(C), 'reportValidity', (self, args, orig) => (shown() && check ? apply(check, self, []) : apply(orig, self, args)));
      }
      const formCheck = P('HTMLFormElement')?.checkValidity;
      hook(P('HTMLFormElement'), 'requestSubmit', (self, args, orig) => (shown() && formCheck && !apply(formCheck, self, []) ? undefined : apply(orig, self, args)));
      // window.stop() aborts the warning frame's load (it would stay blank) and the background's
      // navigation to the full-tab warning: refused while the warning shows.
      hook(w, 'stop', (self, args, orig) => (host() ? undefined : apply(orig, self, args)));
    };
    realms.unshift(arm); // armed before any realm's undo runs
    if (neutralised) arm();
  });

  function onNeutralise(e) {
    // Cancelled: the isolated world learns that this document's page world has HangUp in it
    // (content.js `neutralise`; with none, a sub-frame is loaded again under a sandbox).
    if (e.cancelable) apply(cancel, e, []);
    if (neutralised) return;
    neutralised = true;
    replaceClipboard(typeof e.detail === 'string' && e.detail ? e.detail.slice(0, 300) : 'HangUp removed a command a web page put here. Do not run it.');
    for (const undo of realms) {
      try {
        undo();
      } catch {
        /* keep undoing what can be undone in the other realms */
      }
    }
    sweep(); // frames made before the verdict whose realm HangUp never reached
  }
  // === end of warning protection ============================================================

  install(top);

  // Registered on window in the capture phase before any page script, so the page cannot stop
  // the event before it reaches us. A forged event only makes the page neutralise itself.
  listen(top, EVENT_NEUTRALISE, onNeutralise);
})();

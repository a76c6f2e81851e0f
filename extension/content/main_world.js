// MAIN-world hooks, injected at document_start before any page script. Before a verdict they
// only COUNT what the page does with the browser-lock APIs and report the counts to the
// isolated world; after the isolated world says 'hangup:neutralise' they undo and refuse.
// The page can see and forge all of this: the counts may only raise suspicion.
(() => {
  'use strict';
  const counts = Object.create(null);
  let neutralised = false;
  let reportTimer = 0;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const doc = document;
  const CE = CustomEvent;
  const stringify = JSON.stringify;
  const setT = setTimeout;

  function report() {
    reportTimer = 0;
    dispatch.call(doc, new CE('hangup:report', { detail: stringify(counts) }));
  }
  function count(name) {
    counts[name] = (counts[name] || 0) + 1;
    // Dialogs block the page's thread: report at once so the count is not stuck behind them.
    if (name === 'dialogs') report();
    else if (!reportTimer) reportTimer = setT(report, 100);
  }

  // Wrappers keep the original's name and look native through Function.prototype.toString.
  const nativeToString = Function.prototype.toString;
  const disguised = new WeakMap();
  function hook(obj, prop, make) {
    const desc = obj && Object.getOwnPropertyDescriptor(obj, prop);
    if (!desc || typeof desc.value !== 'function') return;
    const original = desc.value;
    const wrapped = make(original);
    disguised.set(wrapped, original);
    Object.defineProperty(obj, prop, { ...desc, value: wrapped });
  }
  hook(Function.prototype, 'toString', (orig) =>
    function toString() {
      return orig.call(disguised.get(this) ?? this);
    },
  );

  // Full screen.
  for (const proto of [Element.prototype, globalThis.HTMLElement?.prototype]) {
    for (const name of ['requestFullscreen', 'webkitRequestFullscreen', 'webkitRequestFullScreen', 'mozRequestFullScreen']) {
      hook(proto, name, (orig) =>
        function (...args) {
          count('fullscreen');
          if (neutralised) return Promise.reject(new TypeError('Full screen is not allowed on this page.'));
          return orig.apply(this, args);
        },
      );
    }
  }
  // Dialog loops and print loops.
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    hook(window, name, (orig) =>
      function (...args) {
        count(name === 'print' ? 'print' : 'dialogs');
        if (neutralised) return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
        return orig.apply(this, args);
      },
    );
  }
  // Leave-page traps.
  const beforeunloadListeners = [];
  hook(EventTarget.prototype, 'addEventListener', (orig) =>
    function (type, listener, options) {
      if (type === 'beforeunload' && (this === window || this === doc.body)) {
        count('beforeunload');
        if (neutralised) return undefined;
        beforeunloadListeners.push([this, listener, options]);
      }
      return orig.call(this, type, listener, options);
    },
  );
  const onbu = Object.getOwnPropertyDescriptor(window, 'onbeforeunload');
  if (onbu?.set) {
    Object.defineProperty(window, 'onbeforeunload', {
      ...onbu,
      set(v) {
        if (v) count('beforeunload');
        if (!neutralised) onbu.set.call(this, v);
      },
    });
  }
  // History floods.
  for (const name of ['pushState', 'replaceState']) {
    hook(History.prototype, name, (orig) =>
      function (...args) {
        count('history');
        if (neutralised) return undefined;
        return orig.apply(this, args);
      },
    );
  }
  // Keyboard and pointer lock.
  hook(globalThis.Keyboard?.prototype, 'lock', (orig) =>
    function (...args) {
      count('keyboard_lock');
      if (neutralised) return Promise.reject(new TypeError('Keyboard lock is not allowed on this page.'));
      return orig.apply(this, args);
    },
  );
  hook(Element.prototype, 'requestPointerLock', (orig) =>
    function (...args) {
      count('pointer_lock');
      if (neutralised) return undefined;
      return orig.apply(this, args);
    },
  );
  // Audio and voice.
  hook(HTMLMediaElement.prototype, 'play', (orig) =>
    function (...args) {
      count('media_play');
      if (neutralised) return Promise.reject(new DOMException('Playback is not allowed on this page.', 'NotAllowedError'));
      return orig.apply(this, args);
    },
  );
  if (globalThis.speechSynthesis) {
    hook(Object.getPrototypeOf(speechSynthesis), 'speak', (orig) =>
      function (...args) {
        count('speech');
        if (neutralised) return undefined;
        return orig.apply(this, args);
      },
    );
  }
  // New windows.
  hook(window, 'open', (orig) =>
    function (...args) {
      count('window_open');
      if (neutralised) return null;
      return orig.apply(this, args);
    },
  );

  // Undo everything the page did, once the isolated world has the background's scam verdict.
  doc.addEventListener('hangup:neutralise', () => {
    neutralised = true;
    try {
      if (doc.fullscreenElement) doc.exitFullscreen().catch(() => {});
      doc.exitPointerLock?.();
      navigator.keyboard?.unlock?.();
      for (const m of doc.querySelectorAll('audio,video')) {
        m.pause();
        m.muted = true;
      }
      globalThis.speechSynthesis?.cancel();
      for (const [target, listener, options] of beforeunloadListeners) {
        EventTarget.prototype.removeEventListener.call(target, 'beforeunload', listener, options);
      }
      if (onbu?.set) onbu.set.call(window, null);
    } catch {
      /* keep undoing what can be undone */
    }
  });
})();

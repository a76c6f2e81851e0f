// The isolated-world content script: snapshot -> background -> (on a scam verdict) overlay.
//
//   MAIN world hooks --EVENT.report--> behaviour counts (untrusted, only add suspicion)
//   DOM ready / mutations / new behaviour --> hangupSnapshot() --> runtime.sendMessage('analyse')
//   background answers {warn} --> hangupOverlay.mount() + EVENT.neutralise to the MAIN world
//   (names: extension/common/protocol.js)
'use strict';

(() => {
  const { api, MSG, EVENT, BEHAVIOUR_KEYS, LIMITS } = hangupProtocol;
  const behaviourKeys = new Set(BEHAVIOUR_KEYS);
  const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const behaviour = {};
  let clipboard = null; // ClickFix: the last text the page put on the clipboard (MAIN world, untrusted)
  let warned = false;
  let lastSent = '';
  let timer = null;
  let sends = 0;
  let failures = 0;

  // Counts from the MAIN world. The page can forge these events; the engine only lets them add
  // suspicion, and each count is clamped so a forged flood cannot overflow anything.
  // On window, capture phase, registered before any page script: the page cannot stop the event first.
  addEventListener(EVENT.report, (ev) => {
    let counts;
    try {
      counts = JSON.parse(typeof ev.detail === 'string' ? ev.detail : '{}');
    } catch {
      return;
    }
    let changed = false;
    const clip = counts?.clipboard;
    if (clip && typeof clip.text === 'string' && typeof clip.via === 'string') {
      clipboard = { text: clip.text.slice(0, LIMITS.clipboardChars), via: clip.via.slice(0, 16) };
      lastSent = ''; // a new copy is always judged, even if the same text was copied before
      schedule(0);
      return;
    }
    for (const [k, v] of Object.entries(counts ?? {})) {
      if (!behaviourKeys.has(k) || typeof v !== 'number' || !(v >= 0)) continue;
      const n = Math.min(Math.floor(v), LIMITS.count);
      if ((behaviour[k] ?? 0) < n) {
        behaviour[k] = n;
        changed = true;
      }
    }
    if (changed) schedule(150);
  }, true);

  function schedule(delay) {
    if (warned || timer) return;
    timer = setTimeout(() => {
      timer = null;
      send();
    }, delay);
  }

  async function send() {
    if (warned || !document.documentElement) return;
    const snapshot = hangupSnapshot(behaviour);
    if (clipboard) snapshot.clipboard = clipboard;
    // Skip identical snapshots: mutations that change nothing a person can read cost one walk only.
    const key = `${clipboard?.text.length}|${snapshot.text.length}|${snapshot.title}|${JSON.stringify(snapshot.behaviour)}|${snapshot.dom.fake_dialogs}|${snapshot.dom.hidden_cursor}`;
    if (key === lastSent) return;
    lastSent = key;
    sends++;
    let answer;
    try {
      answer = await api.runtime.sendMessage({ what: MSG.analyse, pageId, snapshot });
    } catch {
      // The background was restarting (a suspended Firefox event page can drop the message that
      // wakes it): send the same snapshot again, a few times.
      if (failures++ < 3) {
        lastSent = '';
        schedule(250);
      }
      return;
    }
    if (answer?.warn) warn();
  }

  function warn() {
    if (warned) return;
    warned = true;
    observer.disconnect();
    // Ask the MAIN world to undo the lock (exit full screen, stop dialogs, audio, traps).
    // The detail is the note that replaces a command the page put on the clipboard (ClickFix).
    document.dispatchEvent(new CustomEvent(EVENT.neutralise, { detail: api.i18n.getMessage('clipboardNote') }));
    if (window !== window.top) return; // the top frame mounts the overlay (the background tells it)
    hangupOverlay.mount();
    api.runtime.sendMessage({ what: MSG.mute, pageId }).catch(() => {});
  }

  api.runtime.onMessage.addListener((msg) => {
    if (msg?.what === MSG.warn) warn();
    // From the background when the person picks "Show the page anyway" or trusts the site.
    if (msg?.what === MSG.dismiss && window === window.top) hangupOverlay.unmount();
    // From the popup's "Show the warning again", through the background.
    if (msg?.what === MSG.showWarning && warned && window === window.top) {
      hangupOverlay.mount();
      api.runtime.sendMessage({ what: MSG.mute, pageId }).catch(() => {});
    }
  });

  // Re-send when the page changes meaningfully, throttled: scam kits build their text late.
  // Backs off on pages that never stop changing (tickers, feeds): 400 ms, 800 ms, … up to 10 s.
  const observer = new MutationObserver(() => schedule(Math.min(400 * 2 ** Math.max(0, sends - 3), 10000)));

  function start() {
    if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    schedule(0);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  addEventListener('load', () => schedule(50), { once: true });
})();

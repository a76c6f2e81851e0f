// The warning's static way out (overlay.html), without Wasm: localised, focused and wired here,
// so "Leave this page" works even if the Wasm or the module script fails to load or to render.
// Rust replaces it with the full warning; overlay.js puts it back if that fails.
'use strict';

(() => {
  const { api, MSG, HEADLINES } = globalThis.hangupProtocol;
  const fallback = document.getElementById('fallback');
  // Each kind of warning has its own headline (the cover under this frame painted it already):
  // `overlay.html?parcel` (protocol.js `HEADLINES`).
  const kind = location.search.slice(1);
  if (Object.hasOwn(HEADLINES, kind)) fallback.querySelector('.headline').dataset.i18n = HEADLINES[kind];
  for (const el of fallback.querySelectorAll('[data-i18n]')) {
    el.textContent = api.i18n.getMessage(el.dataset.i18n) || el.textContent;
  }
  document.documentElement.lang = (api.i18n.getMessage('@@ui_locale') || 'en').replace('_', '-');
  const leave = fallback.querySelector('[data-fallback="leave"]');
  leave.addEventListener('click', () => {
    api.runtime.sendMessage({ what: MSG.leave }).catch(() => {});
  });
  leave.focus();
})();

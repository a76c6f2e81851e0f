// Opened once, on install: what HangUp does, how to keep its button in sight (Chrome and Edge hide
// it by default, Firefox shows it), and that nothing leaves the device.
import '../common/protocol.js';
import { t, setLang } from './strings.js';

const { api } = globalThis.hangupProtocol;

setLang();
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
document.title = t('welcomeTitle');

// Only this browser's way of pinning the button.
const firefox = typeof api.runtime.getBrowserInfo === 'function';
for (const el of document.querySelectorAll('[data-browser]')) el.hidden = (el.dataset.browser === 'firefox') !== firefox;

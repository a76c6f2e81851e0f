// Localised strings for the plain-JS extension pages (report, left), read from _locales through
// the i18n API. The warning and the popup word themselves in Rust (src/ui/wording.rs).
import '../common/protocol.js';

const { api } = globalThis.hangupProtocol;
export const t = (key, subs) => api.i18n.getMessage(key, subs) || key;

/** The advice (after the seed article, in the project's words), in the browser's language. */
export const ADVICE_KEYS = ['advice1', 'advice2', 'advice3', 'advice4', 'advice5', 'advice6'];
export const advice = () => ADVICE_KEYS.map((k) => t(k));

/** Where a scam page can be reported. `withUrl` pre-fills the page address where the form accepts it. */
export const REPORT_LINKS = [
  { key: 'reportMicrosoft', href: 'https://www.microsoft.com/en-us/concern/scam' },
  { key: 'reportFtc', href: 'https://reportfraud.ftc.gov/' },
  { key: 'reportIc3', href: 'https://www.ic3.gov/' },
  {
    key: 'reportGoogle',
    href: 'https://safebrowsing.google.com/safebrowsing/report_phish/',
    withUrl: (u) => `https://safebrowsing.google.com/safebrowsing/report_phish/?url=${encodeURIComponent(u)}`,
  },
];

/** Sets <html lang> to the language the strings are in. */
export function setLang() {
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
}

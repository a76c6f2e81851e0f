// Localised strings for the plain-JS extension pages (report, landing, welcome, mistake, privacy), read from _locales through
// the i18n API. The warning and the popup word themselves in Rust (src/ui/wording.rs).
import '../common/protocol.js';
import { reportDestinations } from './report_destinations.js';

const { api } = globalThis.hangupProtocol;
export const t = (key, subs) => api.i18n.getMessage(key, subs) || key;

/** The browser's UI locale, then the person's preferred languages: where the report region comes from. */
export function browserLocales() {
  const ui = api.i18n.getUILanguage?.() ?? '';
  return [ui, ...(globalThis.navigator?.languages ?? [globalThis.navigator?.language])].filter(Boolean);
}

/**
 * Where a scam page can be reported, for the browser's region (report_destinations.js, the one
 * list): the destinations that are links, as {key, href}. The report and landing pages also show
 * the services reached by phone (report_links.js).
 */
export const REPORT_LINKS = reportDestinations(browserLocales())
  .filter((d) => d.href)
  .map(({ key, href }) => ({ key, href }));

/** Sets <html lang> to the language the strings are in. */
export function setLang() {
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
}

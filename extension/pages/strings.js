// Localised strings for the extension pages, read from _locales through the i18n API.
import '../common/protocol.js';
import { reportDestinations } from './report_destinations.js';

const { api } = globalThis.hangupProtocol;
export const t = (key, subs) => api.i18n.getMessage(key, subs) || key;

/** The advice (after the seed article, in the project's words), in the browser's language. */
export const ADVICE_KEYS = ['advice1', 'advice2', 'advice3', 'advice4', 'advice7', 'advice5', 'advice6'];
export const advice = () => ADVICE_KEYS.map((k) => t(k));

/** A text excerpt from the page (the engine cuts it on word boundaries), quoted. */
export function quoteExcerpt(detail) {
  return `“${String(detail).replace(/…$/, '').trim()}…”`;
}

/** A reason's localised sentence, with what was found on the page. */
export function reasonText(r) {
  const text = api.i18n.getMessage(`reason_${r.id}`) || r.text;
  if (!r.detail) return text;
  // Scare and payment reasons carry a text excerpt; the others a number, a host or a count.
  const excerpt = /^(scare|payment)$/i.test(String(r.group));
  return excerpt ? `${text}: ${quoteExcerpt(r.detail)}` : `${text} (${r.detail})`;
}

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

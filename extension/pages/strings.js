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

/** What a reason found, as a short note (names, numbers, counts), or '' when there is nothing to
 * show a person (the awareness score is the engine's arithmetic, not something the page said).
 * The detail's shape is the engine's `Detail` (src/verdict.rs), tagged by `kind`. */
function foundText(d) {
  switch (d?.kind) {
    case 'code': return d.code ?? '';
    case 'brand': return `${d.brand} · ${d.host || '?'}`;
    case 'identity': return `${d.title} · ${d.host || '?'}`;
    case 'phones': return (d.numbers ?? []).join(', ');
    case 'count': return String(d.count);
    case 'input_lock': return `keyboard ${d.keyboard} / pointer ${d.pointer}`;
    case 'audio': return `media ${d.media} / audio ${d.audio} / speech ${d.speech}`;
    case 'input_capture': return `keys ${d.keys} / menu ${d.menu}`;
    case 'popups': return `${d.windows} windows / ${d.notifications} notifications`;
    case 'cursor': return d.hidden ? 'cursor: none' : 'cursor: url()';
    default: return '';
  }
}

/** A reason's localised sentence, with what was found on the page: page text quoted, the rest
 * in parentheses. */
export function reasonText(r) {
  const text = api.i18n.getMessage(`reason_${r.id}`) || r.text;
  if (r.detail?.kind === 'excerpt') return r.detail.text ? `${text}: ${quoteExcerpt(r.detail.text)}` : text;
  const found = foundText(r.detail);
  return found ? `${text} (${found})` : text;
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

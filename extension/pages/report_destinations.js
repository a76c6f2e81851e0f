// Where a scam page can be reported, chosen by the browser's region: the one list of report
// destinations, used by the report page, the popup and the landing page. Pure data and pure
// functions (no browser API): tests/unit/report_destinations.test.mjs checks every region.
//
// Each destination: `id`, `key` (its label in _locales) and either `href` (an official page) or
// `phone` (a number to call, shown as text, never a link) or neither (advice shown as text).
// Only destinations known to exist; a region without its own gets Microsoft's page in the
// visitor's locale (every region gets it, first) and Google Safe Browsing (for the page itself).

const GOOGLE_REPORT = 'https://safebrowsing.google.com/safebrowsing/report_phish/';

/** Official destinations by ISO 3166 region. */
export const REGIONS = Object.freeze({
  US: [
    { id: 'ftc', key: 'reportFtc', href: 'https://reportfraud.ftc.gov/' },
    { id: 'ic3', key: 'reportIc3', href: 'https://www.ic3.gov/' },
  ],
  GB: [{ id: 'action_fraud', key: 'reportActionFraud', href: 'https://www.actionfraud.police.uk/' }],
  DE: [
    { id: 'police_de', key: 'reportPoliceDe' },
    { id: 'verbraucherzentrale', key: 'reportVerbraucherzentrale', href: 'https://www.verbraucherzentrale.de/' },
  ],
  FR: [{ id: 'cybermalveillance', key: 'reportCybermalveillance', href: 'https://www.cybermalveillance.gouv.fr/' }],
  JP: [
    { id: 'police_jp', key: 'reportPoliceJp', phone: '#9110' },
    { id: 'ipa', key: 'reportIpa', href: 'https://www.ipa.go.jp/security/anshin/' },
  ],
  NL: [{ id: 'fraudehelpdesk', key: 'reportFraudehelpdesk', href: 'https://www.fraudehelpdesk.nl/' }],
  ES: [{ id: 'incibe', key: 'reportIncibe', phone: '017' }],
  IT: [{ id: 'polizia_postale', key: 'reportPoliziaPostale', href: 'https://www.commissariatodips.it/' }],
});
// The same country under another code people's locales use.
const REGION_ALIASES = { UK: 'GB' };

/** www.microsoft.com/<locale>/ locales known to serve the scam report page. */
const MICROSOFT_LOCALES = new Set([
  'en-us', 'en-gb', 'en-ca', 'en-au', 'en-nz', 'en-ie', 'en-in', 'en-sg', 'en-za',
  'de-de', 'de-at', 'de-ch', 'fr-fr', 'fr-ca', 'fr-be', 'fr-ch', 'es-es', 'es-mx',
  'it-it', 'pt-br', 'pt-pt', 'nl-nl', 'nl-be', 'ja-jp', 'pl-pl', 'cs-cz', 'sv-se',
  'da-dk', 'nb-no', 'fi-fi', 'tr-tr', 'ko-kr', 'zh-cn', 'zh-tw',
]);
/** A language's main Microsoft locale, for a locale without a region (or an unusual pair). */
const MICROSOFT_BY_LANGUAGE = {
  en: 'en-us', de: 'de-de', fr: 'fr-fr', es: 'es-es', it: 'it-it', pt: 'pt-br', nl: 'nl-nl', ja: 'ja-jp',
  pl: 'pl-pl', cs: 'cs-cz', sv: 'sv-se', da: 'da-dk', nb: 'nb-no', no: 'nb-no', fi: 'fi-fi', tr: 'tr-tr',
  ko: 'ko-kr', zh: 'zh-cn',
};
/** The region a language without a region part most likely means (only where one country dominates). */
const REGION_BY_LANGUAGE = { ja: 'JP', de: 'DE', fr: 'FR', it: 'IT', nl: 'NL', es: 'ES', en: 'US' };

/**
 * {language, region, area} of a BCP 47 tag ("en-GB", "pt_BR", "zh-Hant-TW", "es-419"): region ''
 * when absent; `area` when the tag names a UN M.49 area (419: Latin America) instead of a country.
 */
export function parseLocale(tag) {
  const parts = String(tag ?? '').trim().replace(/_/g, '-').split('-').filter(Boolean);
  const language = /^[a-z]{2,3}$/i.test(parts[0] ?? '') ? parts[0].toLowerCase() : '';
  const rest = parts.slice(1);
  const region = rest.find((p) => /^[a-z]{2}$/i.test(p))?.toUpperCase() ?? '';
  const area = rest.some((p) => /^\d{3}$/.test(p));
  return { language, region: REGION_ALIASES[region] ?? region, area };
}

/**
 * The region to report in: the first of `locales` (the browser's UI locale, then its preferred
 * languages) that names one, else the region its language most likely means, else ''.
 */
export function regionOf(locales) {
  const list = (Array.isArray(locales) ? locales : [locales]).map(parseLocale);
  const explicit = list.find((l) => l.region);
  if (explicit) return explicit.region;
  // "es-419" is Latin America, not Spain: no country to guess.
  if (!list[0] || list[0].area) return '';
  return REGION_BY_LANGUAGE[list[0].language] ?? '';
}

/** Microsoft's scam report page in the visitor's locale (its language and region when served). */
export function microsoftReportUrl(locales) {
  const list = (Array.isArray(locales) ? locales : [locales]).map(parseLocale);
  const first = list[0] ?? { language: '', region: '' };
  const region = regionOf(locales);
  const exact = `${first.language}-${(first.region || region).toLowerCase()}`;
  const locale = MICROSOFT_LOCALES.has(exact) ? exact : MICROSOFT_BY_LANGUAGE[first.language] ?? 'en-us';
  return `https://www.microsoft.com/${locale}/concern/scam`;
}

/**
 * The destinations for the browser's `locales`, in the order shown: Microsoft, the region's own,
 * Google Safe Browsing (with the page's address filled in when `pageUrl` is given).
 */
export function reportDestinations(locales, pageUrl = '') {
  const regional = REGIONS[regionOf(locales)] ?? [];
  const google = pageUrl ? `${GOOGLE_REPORT}?url=${encodeURIComponent(pageUrl)}` : GOOGLE_REPORT;
  return [
    { id: 'microsoft', key: 'reportMicrosoft', href: microsoftReportUrl(locales) },
    ...regional.map((d) => ({ ...d })),
    { id: 'google', key: 'reportGoogle', href: google },
  ];
}

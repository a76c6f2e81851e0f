// Localised strings for the Rust-rendered pages, read from _locales through the i18n API.
const api = globalThis.browser ?? globalThis.chrome;
export const t = (key, subs) => api.i18n.getMessage(key, subs) || key;

/** The advice of the seed article, in the browser's language. */
export const advice = () => [1, 2, 3, 4, 5, 6].map((i) => t(`advice${i}`));

/** A reason's localised sentence, with what was found on the page. */
export function reasonText(r) {
  const text = api.i18n.getMessage(`reason_${r.id}`) || r.text;
  return r.detail ? `${text} (${r.detail})` : text;
}

export const REPORT_LINKS = [
  { key: 'reportMicrosoft', href: 'https://www.microsoft.com/en-us/concern/scam' },
  { key: 'reportFtc', href: 'https://reportfraud.ftc.gov/' },
  { key: 'reportIc3', href: 'https://www.ic3.gov/' },
  { key: 'reportGoogle', href: 'https://safebrowsing.google.com/safebrowsing/report_phish/' },
];

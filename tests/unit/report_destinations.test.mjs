// Report destinations by the browser's region (extension/pages/report_destinations.js): each
// region gets its own official services, every region Microsoft's page in its own locale, and a
// phone-only service is never a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportDestinations, regionOf, microsoftReportUrl, REGIONS } from '../../extension/pages/report_destinations.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const en = JSON.parse(readFileSync(path.join(ROOT, 'extension/_locales/en/messages.json'), 'utf8'));
const ids = (locales) => reportDestinations(locales).map((d) => d.id);
const byId = (locales, id) => reportDestinations(locales).find((d) => d.id === id);

const CASES = [
  // locale(s), expected destination ids, Microsoft's locale
  [['en-US'], ['microsoft', 'ftc', 'ic3', 'google'], 'en-us'],
  [['en-GB'], ['microsoft', 'action_fraud', 'google'], 'en-gb'],
  [['de-DE'], ['microsoft', 'police_de', 'verbraucherzentrale', 'google'], 'de-de'],
  [['fr-FR'], ['microsoft', 'cybermalveillance', 'google'], 'fr-fr'],
  [['ja-JP'], ['microsoft', 'police_jp', 'ipa', 'google'], 'ja-jp'],
  [['nl-NL'], ['microsoft', 'fraudehelpdesk', 'google'], 'nl-nl'],
  [['es-ES'], ['microsoft', 'incibe', 'google'], 'es-es'],
  [['it-IT'], ['microsoft', 'polizia_postale', 'google'], 'it-it'],
  // Others: Microsoft in the visitor's locale only.
  [['pt-BR'], ['microsoft', 'google'], 'pt-br'],
  [['pt-PT'], ['microsoft', 'google'], 'pt-pt'],
  [['de-AT'], ['microsoft', 'google'], 'de-at'],
  [['fr-CA'], ['microsoft', 'google'], 'fr-ca'],
  [['en-AU'], ['microsoft', 'google'], 'en-au'],
  [['pl-PL'], ['microsoft', 'google'], 'pl-pl'],
  [['es-MX'], ['microsoft', 'google'], 'es-mx'],
];

for (const [locales, expected, ms] of CASES) {
  test(`${locales.join(', ')}: ${expected.slice(1, -1).join(', ') || 'Microsoft only'}`, () => {
    assert.deepEqual(ids(locales), expected);
    assert.equal(byId(locales, 'microsoft').href, `https://www.microsoft.com/${ms}/concern/scam`);
  });
}

test('the region comes from the first locale that names one, in any spelling', () => {
  assert.equal(regionOf(['en_GB']), 'GB');
  assert.equal(regionOf(['en-UK']), 'GB');
  assert.equal(regionOf(['zh-Hant-TW']), 'TW');
  assert.equal(regionOf(['de', 'de-CH', 'en-US']), 'CH');
  assert.equal(regionOf(['en-US', 'fr-FR']), 'US');
  // A language alone means its main country only where one dominates.
  assert.equal(regionOf(['ja']), 'JP');
  assert.equal(regionOf(['de']), 'DE');
  assert.equal(regionOf(['pt']), '');
  assert.equal(regionOf(['es-419']), '', 'Latin American Spanish is not Spain');
  assert.deepEqual(ids(['es-419']), ['microsoft', 'google']);
});

test('Microsoft follows the locale, falling back to the language, then to English', () => {
  assert.equal(microsoftReportUrl(['ja']), 'https://www.microsoft.com/ja-jp/concern/scam');
  assert.equal(microsoftReportUrl(['en-DE']), 'https://www.microsoft.com/en-us/concern/scam');
  assert.equal(microsoftReportUrl(['fr-JP']), 'https://www.microsoft.com/fr-fr/concern/scam');
  assert.equal(microsoftReportUrl(['xx']), 'https://www.microsoft.com/en-us/concern/scam');
  assert.equal(microsoftReportUrl([]), 'https://www.microsoft.com/en-us/concern/scam');
  assert.equal(microsoftReportUrl(['<script>']), 'https://www.microsoft.com/en-us/concern/scam');
});

test('an English speaker living in Germany gets the German services (region, not language)', () => {
  assert.deepEqual(ids(['en-DE']), ['microsoft', 'police_de', 'verbraucherzentrale', 'google']);
});

test('phone services are numbers shown as text, never links', () => {
  assert.deepEqual(byId(['ja-JP'], 'police_jp'), { id: 'police_jp', key: 'reportPoliceJp', phone: '#9110' });
  assert.deepEqual(byId(['es-ES'], 'incibe'), { id: 'incibe', key: 'reportIncibe', phone: '017' });
});

test('Google Safe Browsing gets the page address, encoded', () => {
  const url = 'https://scam.example/a b?c=1&d=2';
  const g = reportDestinations(['en-US'], url).find((d) => d.id === 'google');
  assert.equal(g.href, `https://safebrowsing.google.com/safebrowsing/report_phish/?url=${encodeURIComponent(url)}`);
  assert.equal(byId(['en-US'], 'google').href, 'https://safebrowsing.google.com/safebrowsing/report_phish/');
});

test('every destination is https, has a label in every language and is not shared mutably', () => {
  for (const list of Object.values(REGIONS)) {
    for (const d of list) {
      assert.ok(d.key in en, `no English label ${d.key}`);
      if (d.href) assert.match(d.href, /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      assert.ok(!(d.href && d.phone), `${d.id}: a link or a number, not both`);
    }
  }
  reportDestinations(['en-US'])[1].href = 'x';
  assert.equal(REGIONS.US[0].href, 'https://reportfraud.ftc.gov/');
});

// The warning follows the kind of scam (docs/UI.md "The warning"): the engine's verdict `kind`
// (src/engine/mod.rs `kind_of`, through the built Wasm as the background calls it) for invented
// lures of each kind, and the strings each kind's warning shows, in every locale: present, with
// the brand's placeholder where English has it, and not left in English.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import '../../extension/common/protocol.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = path.join(ROOT, 'dist/chromium/wasm');
const LOCALES = path.join(ROOT, 'extension/_locales');
const read = (l) => JSON.parse(readFileSync(path.join(LOCALES, l, 'messages.json'), 'utf8'));
const { HEADLINES, kindOf } = globalThis.hangupProtocol;
let analyse;

before(async () => {
  const mod = await import(pathToFileURL(path.join(PKG, 'hangup.js')).href);
  await mod.default({ module_or_path: readFileSync(path.join(PKG, 'hangup_bg.wasm')) });
  analyse = mod.analyse;
});

const page = (host, title, text) => ({
  url: `https://${host}/`, title, text, tel_links: [], alt_texts: [], dom: {}, behaviour: {},
});

// Invented texts, fictional numbers.
const LURES = {
  tech_support: page('pc-alert-4471.azurewebsites.net', 'Windows Defender Security Center',
    'Your computer has been blocked: Trojan spyware detected.\nDo not close this window or restart your PC.\n'
    + 'Call Microsoft Support now, toll free: +1 (888) 555-0134'),
  parcel: page('parcel-fee-55.web.app', 'DHL Express: your parcel is on hold',
    'DHL Express Customer Service\nYour parcel has been held at customs. An import fee of 2.99 GBP has not been paid.\n'
    + 'Call DHL Express support now to pay the fee and release your parcel: +44 20 7946 0321'),
  account: page('secure-unlock-55.web.app', 'Barclays Security: account blocked',
    'Barclays Fraud Prevention\nWe detected an unusual sign-in to your online banking from another country.\n'
    + 'Your bank account has been blocked for your protection.\n'
    + 'Call Barclays security support immediately on +44 20 7946 0455 to unlock your account.'),
  refund: page('facture-client-55.web.app', 'Facture n° NT-2026-55-0192',
    'Votre abonnement Norton 360 Deluxe a été renouvelé pour une durée de 12 mois. Montant : 349,99 EUR.\n'
    + 'Si vous souhaitez annuler cette commande et obtenir un remboursement, appelez notre service client au 01 99 55 01 23.'),
};

test('the verdict names the kind of scam: a fake virus alert, a parcel fee, a blocked account, a charge to cancel', () => {
  for (const [kind, snap] of Object.entries(LURES)) {
    const v = analyse(snap, {});
    assert.equal(v.level, 'scam', `${kind}: ${v.level} ${v.reasons.map((r) => r.id)}`);
    assert.equal(v.kind, kind, `${kind}: ${v.kind} (${v.reasons.map((r) => r.id)})`);
    assert.equal(kindOf(v), kind);
  }
  // A page that is not a scam keeps the default kind; an unknown kind reads as the tech-support one.
  assert.equal(analyse(page('news.example', 'News', 'The weather today.'), {}).kind, 'tech_support');
  assert.equal(kindOf({ kind: 'toString' }), 'tech_support');
  assert.equal(kindOf(undefined), 'tech_support');
});

test('the cover and the view name the same headline keys (protocol.js HEADLINES, src/ui/wording.rs)', () => {
  const rust = readFileSync(path.join(ROOT, 'src/ui/wording.rs'), 'utf8');
  for (const [kind, key] of Object.entries(HEADLINES)) {
    const variant = kind.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
    assert.ok(rust.includes(`Kind::${variant} => "${key}"`), `wording.rs headline_key(${variant}) is not ${key}`);
  }
});

const KIND_KEYS = ['account', 'parcel', 'refund', 'other'].flatMap((k) => [`${k}Headline`, `${k}Summary`, `${k}SummaryBrand`])
  .concat(['overlaySummaryBrand', 'lureAdvice1', 'lureAdvice2', 'lureAdvice3', 'lureAdvice4', 'lureAdvice5']);

test('every locale words every kind: the brand where English names it, and not in English', () => {
  const en = read('en');
  for (const locale of readdirSync(LOCALES)) {
    const m = read(locale);
    for (const key of KIND_KEYS) {
      const msg = m[key]?.message ?? '';
      assert.ok(msg.trim(), `${locale}/${key} is missing`);
      assert.equal(msg.includes('$BRAND$'), key.endsWith('Brand'), `${locale}/${key}: the brand's placeholder`);
      if (locale !== 'en') assert.notEqual(msg, en[key].message, `${locale}/${key} is still English`);
    }
    for (const key of Object.values(HEADLINES)) assert.ok(m[key]?.message, `${locale}/${key} is missing`);
  }
});

// How the pages word a reason (extension/pages/strings.js `reasonText`), on verdicts from the real
// engine (dist/chromium/wasm, built by ./build.sh) with the English strings: text from the page is
// quoted, numbers and names are not, and the awareness score is never shown as if the page said it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = path.join(ROOT, 'dist/chromium/wasm');
const EN = JSON.parse(readFileSync(path.join(ROOT, 'extension/_locales/en/messages.json'), 'utf8'));
let analyse;
let reasonText;

before(async () => {
  // strings.js reads the i18n API when it loads: give it English from _locales.
  globalThis.chrome = { i18n: { getMessage: (key) => EN[key]?.message ?? '' } };
  ({ reasonText } = await import(pathToFileURL(path.join(ROOT, 'extension/pages/strings.js')).href));
  const mod = await import(pathToFileURL(path.join(PKG, 'hangup.js')).href);
  await mod.default({ module_or_path: readFileSync(path.join(PKG, 'hangup_bg.wasm')) });
  analyse = mod.analyse;
});

const snap = (text, extra = {}) => ({
  url: 'https://pc-alert-4471.azurewebsites.net/', title: '', text, tel_links: [], alt_texts: [],
  dom: {}, behaviour: {}, ...extra,
});
const worded = (v) => Object.fromEntries(v.reasons.map((r) => [r.id, reasonText(r)]));

test('a page that talks about scams: its awareness score is not quoted as page text', () => {
  // Invented news-style text: describes the scam in the third person.
  const v = analyse(snap('Beware of tech support scams. Scammers show a fake warning that says your computer is '
    + 'infected with a virus and that you must call a toll-free number. This is a scam and a fraud: Microsoft '
    + 'never asks you to call. Report the scammers to the police.'), {});
  const w = worded(v);
  assert.ok(w.awareness_context, `no awareness reason: ${Object.keys(w)}`);
  assert.equal(w.awareness_context, EN.reason_awareness_context.message);
  assert.doesNotMatch(w.awareness_context, /[“”\d]/);
  assert.match(w.infection_claim, /: “[^”]*your computer is infected[^”]*…”$/);
});

test('a scam page: excerpts quoted, the brand and the number named, behaviour counted', () => {
  const v = analyse(snap('Windows Defender Security Center\nYour computer has been blocked: Trojan spyware detected.\n'
    + 'Error 0x80070424\nCall Microsoft Support now, toll free: +1 (888) 555-0134', {
    tel_links: ['callto:+18885550135'], behaviour: { fullscreen: 2 },
  }), {});
  const w = worded(v);
  assert.match(w.lock_claim, /: “[^”]*blocked[^”]*…”$/);
  assert.equal(w.brand_impersonation, `${EN.reason_brand_impersonation.message} (Microsoft · pc-alert-4471.azurewebsites.net)`);
  assert.equal(w.phone_call_to_action, `${EN.reason_phone_call_to_action.message} (+1 (888) 555-0134, +18885550135)`);
  assert.equal(w.fullscreen, `${EN.reason_fullscreen.message} (2)`);
  assert.deepEqual(v.phones, ['+1 (888) 555-0134', '+18885550135']);
});

test('a detail of a kind the page does not know shows the sentence alone', () => {
  const r = { id: 'urgency', group: 'scare', weight: 1, text: 'x', detail: { kind: 'something_new', text: 'page words' } };
  assert.equal(reasonText(r), EN.reason_urgency.message);
  assert.equal(reasonText({ ...r, detail: { kind: 'excerpt', text: '' } }), EN.reason_urgency.message);
});

// The Wasm entry point as the background calls it (dist/chromium/wasm, built by ./build.sh):
// page text reaches the engine intact through the TextEncoder path (non-ASCII, lone surrogates,
// over-long text), and malformed snapshots give a clear error or a safe default, never a trap.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = path.join(ROOT, 'dist/chromium/wasm');
let analyse;
let snapshotDefaults;

before(async () => {
  const mod = await import(pathToFileURL(path.join(PKG, 'hangup.js')).href);
  await mod.default({ module_or_path: readFileSync(path.join(PKG, 'hangup_bg.wasm')) });
  analyse = mod.analyse;
  snapshotDefaults = mod.snapshot_defaults;
});

const snap = (text, extra = {}) => ({
  url: 'https://pc-alert-4471.azurewebsites.net/', title: '', text, tel_links: [], alt_texts: [],
  dom: {}, behaviour: {}, ...extra,
});
// Invented wording and a fictional number (555-01xx).
const EN = 'Windows Defender Security Center\nYour computer has been blocked: Trojan spyware detected.\n'
  + 'Do not close this window or restart your PC, your files will be deleted.\n'
  + 'Call Microsoft Support now, toll free: +1 (888) 555-0134';
const JA = 'Windows セキュリティ 警告\nお使いのコンピュータはウイルスに感染しています。\n'
  + 'このウィンドウを閉じないでください。ファイルが削除されます。\n'
  + 'マイクロソフト サポートにお電話ください: 0120-555-014';

test('a scam text is read in full: English, Japanese, and with full-width digits and look-alikes', () => {
  for (const text of [EN, JA, EN.replace('555-0134', '５５５-０１３４').replace('Microsoft', 'Міcrоsоft')]) {
    const v = analyse(snap(text), {});
    assert.equal(v.level, 'scam', `${text.slice(0, 40)}: ${v.level} ${v.reasons.map((r) => r.id)}`);
    assert.ok(v.phones.length >= 1, 'the number was not found');
  }
});

test('the text decides: the same snapshot without it is safe', () => {
  const v = analyse(snap(''), {});
  assert.equal(v.level, 'safe');
  assert.deepEqual(v.reasons, []);
});

test('text past the 64 KB bound is cut, not lost: a scam at the start is still found', () => {
  const long = `${EN}\n${'Ordinary words about the weather and the news. '.repeat(4000)}`;
  assert.ok(long.length > 64 * 1024);
  assert.equal(analyse(snap(long), {}).level, 'scam');
  // Lone surrogates (a page can make them) and a cut in the middle of a pair do not trap.
  const odd = `${'\uD83D'}${EN}${'\uDE00'}${'😀'.repeat(40000)}`;
  assert.equal(analyse(snap(odd), {}).level, 'scam');
});

test('malformed snapshots: a clear error, or a safe default for missing fields', () => {
  for (const bad of [null, undefined, 42, 'text', snap(42), snap({ toString: () => EN })]) {
    assert.throws(() => analyse(bad, {}), /hangup: bad snapshot/);
  }
  assert.equal(analyse({}, {}).level, 'safe');
  assert.equal(analyse({ text: null }, {}).level, 'safe');
  // The message names the type expected, never the value; unknown keys are skipped unread.
  for (const [bad, says] of [
    [{ behaviour: { dialogs: -1 } }, 'invalid value, expected u32'],
    [{ behaviour: { dialogs: 2 ** 32 } }, 'invalid value, expected u32'],
    [{ behaviour: { dialogs: 1.5 } }, 'invalid type, expected u32'],
    [{ dom: null }, 'invalid type, expected struct DomHints'],
    [{ tel_links: ['tel:1', 2] }, 'invalid type, expected a string'],
    [{ alt_texts: 'x' }, 'invalid type, expected a sequence'],
    [{ dom: { hidden_cursor: 1 } }, 'invalid type, expected a boolean'],
    [{ url: () => 1 }, 'invalid type, expected a JSON value'],
    [[], 'invalid type, expected struct Snapshot'],
  ]) {
    assert.throws(() => analyse(bad, {}), (e) => e === `hangup: bad snapshot: ${says}`, JSON.stringify(bad));
  }
  assert.equal(analyse({ zzz: () => 1, dom: { zzz: Symbol('z') }, behaviour: { dialogs: undefined } }, {}).level, 'safe');
  assert.deepEqual(analyse(snap('', { behaviour: { dialogs: 4294967295 } }), {}).reasons.map((r) => r.id), ['dialog_loop']);
});

test('the decoder reads every field the engine has: a mistyped one is refused, at any depth', () => {
  // The Wasm decodes the snapshot by hand (src/wasm/decode.rs); `snapshot_defaults` is the model's
  // own serialisation, so a field added to the model but not to the decoder fails here.
  const defaults = snapshotDefaults();
  const paths = Object.entries(defaults).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v)
    ? [[k], ...Object.keys(v).map((n) => [k, n])] : [[k]]));
  assert.ok(paths.length > 25, `${paths.length} fields`);
  for (const p of paths) {
    const bad = p.length === 1 ? { [p[0]]: Symbol('x') } : { [p[0]]: { [p[1]]: Symbol('x') } };
    assert.throws(() => analyse(bad, {}), /hangup: bad snapshot/, p.join('.'));
  }
});

test('options are ours: absent means defaults, an unknown or mistyped field is an error', () => {
  assert.equal(analyse(snap(EN)).level, 'scam');
  assert.equal(analyse(snap(EN), null).level, 'scam');
  assert.equal(analyse(snap(EN), { strict: true }).level, 'scam');
  assert.throws(() => analyse(snap(EN), { strikt: true }), /hangup: bad options: .*unknown field `strikt`/);
  assert.throws(() => analyse(snap(EN), { strict: 'yes' }), /hangup: bad options/);
  assert.throws(() => analyse(snap(EN), 'nonsense'), /hangup: bad options/);
});

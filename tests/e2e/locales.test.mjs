// The translations, checked without a browser: every locale has every key of English, with the
// same placeholders used the same way, no empty message, the advice in full, and every reason
// the engine can give has a sentence. A new English key therefore fails here until it is
// translated everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCALES = path.join(ROOT, 'extension/_locales');
const REQUIRED = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja'];
const read = (l) => JSON.parse(readFileSync(path.join(LOCALES, l, 'messages.json'), 'utf8'));
const en = read('en');

/** `$NAME$` references in a message, each once (a sentence may name the brand twice), sorted,
 *  upper-cased (Chrome matches them case-insensitively). */
const refs = (msg) => [...new Set([...msg.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toUpperCase()))].sort();
/** Declared placeholders as name -> content. */
const declared = (entry) => Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toUpperCase(), v.content]));

test('the eight required languages are there, and nothing else half-done', () => {
  const present = readdirSync(LOCALES).sort();
  for (const l of REQUIRED) assert.ok(present.includes(l), `missing locale ${l}`);
});

test('English is self-consistent: each $PLACEHOLDER$ is declared and used', () => {
  for (const [key, entry] of Object.entries(en)) {
    assert.deepEqual(refs(entry.message), Object.keys(declared(entry)).sort(), `en/${key}`);
  }
});

for (const locale of readdirSync(LOCALES).filter((l) => l !== 'en')) {
  test(`${locale}: every key, placeholder and advice item of English`, () => {
    const m = read(locale);
    const missing = Object.keys(en).filter((k) => !(k in m));
    assert.deepEqual(missing, [], `${locale} misses keys`);
    const extra = Object.keys(m).filter((k) => !(k in en));
    assert.deepEqual(extra, [], `${locale} has keys English does not`);
    for (const [key, entry] of Object.entries(en)) {
      const msg = m[key].message;
      assert.equal(typeof msg, 'string', `${locale}/${key}`);
      assert.ok(msg.trim().length > 0, `${locale}/${key} is empty`);
      assert.deepEqual(refs(msg), refs(entry.message), `${locale}/${key}: placeholders differ from English`);
      assert.deepEqual(declared(m[key]), declared(entry), `${locale}/${key}: placeholder declarations differ`);
    }
    // Not an untranslated copy: the advice and the headline must differ from English.
    for (const key of ['overlayHeadline', 'advice1', 'advice2', 'advice3', 'advice4', 'advice5', 'advice6', 'advice7']) {
      assert.notEqual(m[key].message, en[key].message, `${locale}/${key} is still English`);
    }
    // Store limits (Chrome Web Store / AMO): name 75, description 132 characters.
    assert.ok(m.extName.message.length <= 75, `${locale}/extName too long`);
    assert.ok(m.extDescription.message.length <= 132, `${locale}/extDescription too long`);
  });
}

test('every reason id the engine emits has a sentence', () => {
  // The engine lists its reason ids itself (`ReasonId::ALL` in src/verdict.rs).
  const out = execFileSync('cargo', ['run', '--quiet', '--features', 'cli', '--bin', 'hangup-scan', '--', '--reason-ids'], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ids = JSON.parse(out);
  assert.ok(Array.isArray(ids) && ids.length >= 20, `hangup-scan --reason-ids: ${out}`);
  const missing = ids.filter((id) => !(`reason_${id}` in en));
  assert.deepEqual(missing, [], 'reason ids without a sentence in _locales/en');
  // And no sentence for a reason the engine cannot give.
  const stale = Object.keys(en).filter((k) => k.startsWith('reason_') && !ids.includes(k.slice('reason_'.length)));
  assert.deepEqual(stale, [], 'reason sentences in _locales/en for ids the engine does not have');
});

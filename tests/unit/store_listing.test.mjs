// Every locale's extension name and description fit every store HangUp is listed in: a name over
// a store's limit blocks the upload of that language (or the whole listing).
//   addons.mozilla.org: name 50 characters; Microsoft Edge Add-ons: name 45;
//   Chrome Web Store: name 75, description 132 (the manifest's description field).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCALES = path.join(ROOT, 'extension/_locales');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'extension/manifest.json'), 'utf8'));

const LIMITS = {
  name: [['addons.mozilla.org', 50], ['Edge Add-ons', 45], ['Chrome Web Store', 75]],
  description: [['Chrome Web Store', 132], ['addons.mozilla.org', 250]],
};

/** The manifest field's text in a locale: a __MSG_key__ reference resolved, a literal as is. */
function resolve(field, messages) {
  const m = /^__MSG_(\w+)__$/.exec(manifest[field]);
  if (!m) return manifest[field];
  const entry = messages[m[1]] ?? messages[Object.keys(messages).find((k) => k.toLowerCase() === m[1].toLowerCase())];
  assert.ok(entry, `${field}: message ${m[1]} missing`);
  return entry.message;
}

// Characters as a person (and the stores) count them: code points, not UTF-16 units.
const length = (s) => [...s].length;

for (const locale of readdirSync(LOCALES).sort()) {
  const messages = JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8'));
  test(`${locale}: the extension's name and description fit every store`, () => {
    for (const [field, limits] of Object.entries(LIMITS)) {
      const text = resolve(field, messages);
      assert.ok(text.trim().length > 0, `${locale}: empty ${field}`);
      for (const [store, max] of limits) {
        assert.ok(length(text) <= max, `${locale}: ${field} "${text}" has ${length(text)} characters, ${store} allows ${max}`);
      }
    }
  });
}

test('the short name fits under a toolbar icon (Chrome: 12 characters)', () => {
  assert.ok(length(manifest.short_name) <= 12, manifest.short_name);
});

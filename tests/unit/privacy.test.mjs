// PRIVACY.md and the extension's privacy page (pages/privacy.html, English strings) say the same,
// and what they say is stored is what the code stores: every storage key the code writes is named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const md = readFileSync(path.join(ROOT, 'PRIVACY.md'), 'utf8').replace(/\s+/g, ' ');
const en = JSON.parse(readFileSync(path.join(ROOT, 'extension/_locales/en/messages.json'), 'utf8'));
const page = readFileSync(path.join(ROOT, 'extension/pages/privacy.html'), 'utf8');

test('every sentence of the privacy page is in PRIVACY.md', () => {
  const keys = [...page.matchAll(/data-i18n="(\w+)"/g)].map((m) => m[1]);
  assert.ok(keys.length >= 8, 'the privacy page lost its text');
  for (const k of keys) {
    assert.ok(en[k], `no English text for ${k}`);
    assert.ok(md.includes(en[k].message.replace(/\s+/g, ' ')), `PRIVACY.md lacks: ${en[k].message}`);
  }
});

function code(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === '_locales' ? [] : code(p);
    return p.endsWith('.js') ? [readFileSync(p, 'utf8')] : [];
  }).join('\n');
}

test('every storage area and key the code writes is named in PRIVACY.md', () => {
  const src = code(path.join(ROOT, 'extension'));
  const areas = new Set([...src.matchAll(/\.storage\.(sync|local|session|managed)\b/g)].map((m) => m[1]));
  for (const a of areas) assert.ok(md.includes(`storage.${a}`), `storage.${a} is used but not named`);
  // Keys: `key = (id) => \`name:${id}\`` helpers and literal keys in set({ name: … }).
  const keys = new Set([
    ...[...src.matchAll(/=>\s*`([a-z]+):\$\{/g)].map((m) => `${m[1]}:<id>`),
    ...[...src.matchAll(/\.set\(\{\s*([a-zA-Z]+)\s*:/g)].map((m) => m[1]),
    // Computed keys: .set({ [NAME]: … }) with const NAME = 'key'.
    ...[...src.matchAll(/\.set\(\{\s*\[([A-Z_]+)\]\s*:/g)].map((m) => src.match(new RegExp(`const ${m[1]} = '([^']+)'`))?.[1] ?? m[1]),
  ]);
  assert.ok(keys.size >= 4, `found only ${[...keys]}`);
  for (const k of keys) assert.ok(md.includes(k), `storage key ${k} is written but PRIVACY.md does not name it`);
});

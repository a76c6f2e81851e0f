// The Chromium manifest's minimum_chrome_version matches what the extension uses: not lower (an
// older Chrome would install HangUp and then fail: no MAIN-world hooks, no warning in the top
// layer) and not higher than the newest feature needs (no one locked out for nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = JSON.parse(readFileSync(path.join(ROOT, 'extension/manifest.json'), 'utf8'));

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === '_locales' ? [] : files(p);
    return /\.(js|css|html)$/.test(p) && !p.endsWith('manifest.build.mjs') ? [readFileSync(p, 'utf8')] : [];
  });
}
const code = files(path.join(ROOT, 'extension')).join('\n');
const scripts = source.content_scripts ?? [];

// Chrome version that first shipped each feature, and how to see that HangUp uses it.
const FEATURES = [
  ['content scripts in the MAIN world', 111, () => scripts.some((c) => c.world === 'MAIN')],
  ['match_origin_as_fallback', 119, () => scripts.some((c) => 'match_origin_as_fallback' in c)],
  ['popover API (the warning in the top layer)', 114, () => /\b(showPopover|hidePopover|togglePopover)\b|:popover-open/.test(code)],
  ['storage.session', 102, () => /\.storage\.session\b/.test(code)],
  ["'wasm-unsafe-eval' in extension pages", 103, () => /wasm-unsafe-eval/.test(JSON.stringify(source.content_security_policy))],
  ['webRequestAuthProvider (asyncBlocking onAuthRequired)', 108, () => (source.permissions ?? []).includes('webRequestAuthProvider')],
  ['inert', 102, () => /\binert\b/.test(code)],
  ['Promise.withResolvers', 119, () => /Promise\.withResolvers/.test(code)],
  ['Set methods (union, intersection…)', 122, () => /\.(union|intersection|symmetricDifference|isSubsetOf)\(/.test(code)],
  ['Object.groupBy / Map.groupBy', 117, () => /\b(Object|Map)\.groupBy\(/.test(code)],
  ['URL.canParse', 120, () => /URL\.canParse\(/.test(code)],
  ['Array.fromAsync', 121, () => /Array\.fromAsync\(/.test(code)],
  ['runtime.getContexts', 116, () => /runtime\.getContexts\(/.test(code)],
  ['Array.prototype.toSorted / toReversed / with', 110, () => /\.(toSorted|toReversed|toSpliced)\(/.test(code)],
  ['CSS light-dark()', 123, () => /light-dark\(/.test(code)],
];

test('minimum_chrome_version is what the newest feature HangUp uses needs', () => {
  const used = FEATURES.filter(([, , uses]) => uses());
  assert.ok(used.length >= 3, 'too few features found: has the code moved?');
  const [what, need] = used.reduce((a, b) => (b[1] > a[1] ? b : a));
  assert.equal(Number(source.minimum_chrome_version), need, `the newest feature in use is ${what} (Chrome ${need})`);
});

test('only Chromium gets minimum_chrome_version, only Firefox gets strict_min_version', () => {
  const dist = (b) => JSON.parse(readFileSync(path.join(ROOT, 'dist', b, 'manifest.json'), 'utf8'));
  assert.equal(dist('chromium').minimum_chrome_version, source.minimum_chrome_version);
  assert.equal(dist('firefox').minimum_chrome_version, undefined);
  assert.ok(dist('firefox').browser_specific_settings.gecko.strict_min_version);
});

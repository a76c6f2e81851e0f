// The built manifests ask only for what the code uses, expose only the overlay page, and each
// browser gets only its own keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = (b) => JSON.parse(readFileSync(path.join(ROOT, 'dist', b, 'manifest.json'), 'utf8'));

function sources(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === 'wasm' ? [] : sources(p);
    return p.endsWith('.js') ? [readFileSync(p, 'utf8')] : [];
  });
}
const code = sources(path.join(ROOT, 'extension')).join('\n');

// What each permission unlocks, as it appears in code.
const USES = {
  storage: /\.storage\.(sync|local|session|managed)\b/,
  tabs: /\.tabs\.(query|get)\b[\s\S]{0,200}\.(url|title|favIconUrl)\b/,
  webRequest: /\.webRequest\./,
  webRequestAuthProvider: /onAuthRequired[\s\S]{0,400}(asyncBlocking|blocking)/,
  webRequestBlocking: /onAuthRequired[\s\S]{0,400}blocking/,
  // While the warning shows, a user style sheet hides the page's top layer (background/top_layer.js).
  // While the warning shows, a user style sheet hides the page's top layer (background/top_layer.js).
  scripting: /\.scripting\./,
  notifications: /\.notifications\./,
  // ClickFix: the warning page replaces the page's command on the clipboard (pages/clipboard_note.js).
  clipboardWrite: /navigator\.clipboard\.writeText\(note\)/,
  // While the warning shows, the tab's frames load with a CSP sandbox without modals (background/frame_rules.js).
  declarativeNetRequestWithHostAccess: /declarativeNetRequest[\s\S]{0,1200}updateSessionRules\([\s\S]{0,400}modifyHeaders/,
};

for (const browser of ['chromium', 'firefox']) {
  test(`${browser}: every permission is used by the code`, () => {
    for (const p of manifest(browser).permissions ?? []) {
      assert.ok(USES[p], `permission ${p} has no known use: add it to USES with the API it unlocks`);
      assert.match(code, USES[p], `permission ${p} is requested but not used`);
    }
  });
  test(`${browser}: only the overlay page is web-accessible`, () => {
    const war = manifest(browser).web_accessible_resources;
    const exposed = war.flatMap((w) => w.resources);
    assert.deepEqual(exposed.filter((r) => r.includes('*')), [], 'no wildcard resources');
    assert.ok(exposed.includes('pages/overlay.html'));
    assert.ok(exposed.every((r) => r.startsWith('pages/') || r.startsWith('wasm/')), exposed.join());
    if (browser === 'chromium') assert.ok(war.every((w) => w.use_dynamic_url === true), 'use_dynamic_url on Chromium');
  });
  test(`${browser}: Wasm is allowed only in extension pages`, () => {
    assert.match(manifest(browser).content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
  });
}

test('each browser gets only its own background key', () => {
  assert.ok(manifest('chromium').background.service_worker);
  assert.equal(manifest('chromium').background.scripts, undefined);
  assert.deepEqual(manifest('firefox').background.scripts, [manifest('chromium').background.service_worker]);
  assert.equal(manifest('firefox').background.service_worker, undefined);
  assert.ok(manifest('firefox').browser_specific_settings.gecko.id);
});

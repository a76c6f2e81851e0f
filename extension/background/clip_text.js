// ClickFix: the text a page put on the clipboard, brought within the engine's bound
// (MAX_CLIPBOARD_BYTES, 4 KB of UTF-8) so that a command padded past it keeps its payload
// (docs/DETECTION.md, "ClickFix"). It runs here, once per snapshot that carries a copy: the page
// pays nothing for it (the MAIN world only cuts a huge text to its first and last CLIP_SCAN units).

const CLIP_MAX = 4096;
const CLIP_SCAN = 65536; // main_world.js CLIP_SCAN
const RUN = 128; // kept of a run of blanks (the engine reads 80 as padding) or of one character
const BLANKS = '\\0- \\x85\\xa0\\xad\\u034f\\u061c\\u115f\\u1160\\u1680\\u17b4\\u17b5\\u180b-\\u180f\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u2800\\u3000\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb';
const BLANK_RUN = new RegExp(`[${BLANKS}]{${RUN + 1},}`, 'g');
const SAME_RUN = new RegExp(`([^${BLANKS}])\\1{${RUN},}`, 'gu');
// Words of the command shapes the engine reads (program names, fetches, runs, addresses): a block
// of the middle holding several distinct ones is where a payload sits between two fillers.
const WORD = /powershell|pwsh|-e[nc]|-w(?:indowstyle)?\b|hidden|iex|iwr|irm|invoke-|download|net\.webclient|mshta|cmd|rundll32|regsvr32|msiexec|[cw]script|script:|certutil|bitsadmin|ftp|curl|wget|https?:|\\\\|base64|xxd|\| *(?:ba|z)?sh\b|python|node|ruby|perl|php|osascript|eval|exec|conhost|explorer|start/gi;
const BLOCK = 128; // units of the middle scored as one block
const MATCHES = 65536; // words read at most: about all a text of 2 * CLIP_SCAN units holds, so decoy
// words in a filler do not use up the count before the payload (forty-fourth session; a filler of
// nothing but command words costs about 90 ms here, once per copy)
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const utf8 = (s) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 || (c & 0xf800) === 0xd800 ? 2 : 3;
  }
  return n;
};

/** The longest start (or end) of `s` within `max` UTF-8 bytes, no half surrogate pair at the cut. */
function within(s, max, fromEnd) {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(fromEnd ? s.length - 1 - i : i);
    n += c < 0x80 ? 1 : c < 0x800 || (c & 0xf800) === 0xd800 ? 2 : 3;
    if (n > max) break;
  }
  const piece = fromEnd ? s.slice(s.length - i) : s.slice(0, i);
  return piece.replace(LONE, '');
}

/** The copied text as the engine reads it: runs of blanks, then runs of one character, cut to
 *  RUN; a text still too long keeps its first and last KB and, from the middle, the blocks with
 *  the most distinct command words (and their neighbours) within 2 KB; with no such word in the
 *  middle, its first and last 2 KB. */
export function clipText(text) {
  if (typeof text !== 'string') return '';
  if (text.length <= CLIP_MAX / 3) return text;
  let s = text.length > 2 * CLIP_SCAN ? `${text.slice(0, CLIP_SCAN)}\n${text.slice(-CLIP_SCAN)}` : text;
  s = s.replace(BLANK_RUN, (m) => m.slice(0, RUN));
  if (utf8(s) <= CLIP_MAX) return s;
  s = s.replace(SAME_RUN, (m, c) => c.repeat(RUN));
  if (utf8(s) <= CLIP_MAX) return s;
  const head = within(s, CLIP_MAX / 4, false);
  const tail = within(s, CLIP_MAX / 4, true);
  const mid = s.slice(head.length, s.length - tail.length);
  const words = new Map(); // block -> the distinct words in it
  let read = 0;
  for (const m of mid.matchAll(WORD)) {
    const b = Math.floor(m.index / BLOCK);
    if (!words.has(b)) words.set(b, new Set());
    words.get(b).add(m[0].toLowerCase());
    if (++read >= MATCHES) break;
  }
  const chosen = new Set();
  let used = 0;
  const ranked = [...words].sort((a, b) => b[1].size - a[1].size || a[0] - b[0]);
  for (const [b] of ranked) {
    for (const k of [b, b - 1, b + 1]) {
      if (k < 0 || k * BLOCK >= mid.length || chosen.has(k)) continue;
      const n = utf8(mid.slice(k * BLOCK, (k + 1) * BLOCK)) + 1;
      if (used + n > CLIP_MAX / 2 - 16) continue;
      chosen.add(k);
      used += n;
    }
  }
  if (!chosen.size) return `${within(s, CLIP_MAX / 2 - 8, false)}\n${within(s, CLIP_MAX / 2 - 8, true)}`;
  let out = head;
  let prev = -2;
  for (const k of [...chosen].sort((a, b) => a - b)) {
    out += (k === prev + 1 ? '' : '\n') + mid.slice(k * BLOCK, (k + 1) * BLOCK);
    prev = k;
  }
  return `${out}\n${tail}`.replace(LONE, '');
}

/** A snapshot's copied text, bounded so (in place). */
export function boundClipboard(snapshot) {
  const clip = snapshot?.clipboard;
  if (clip && typeof clip === 'object') clip.text = clipText(clip.text);
}

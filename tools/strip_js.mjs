// Strips comments and indentation from the content scripts that build.sh copies into dist/:
// the scripts run in every frame of every page, and the browser scans all of their text at each
// injection (docs/BENCHMARKS.md, "Twenty-third session (helper cost23)").
//
//   node tools/strip_js.mjs ACORN_DIR BUILD_DIR
//
// rewrites in place every content script that BUILD_DIR/manifest.json lists (build.sh runs it on
// dist/chromium and dist/firefox; the sources in extension/ stay as they are).
//
// Not a minifier: every token is kept as written, in order (names, parentheses, strings,
// `'use strict'`), so what the code does, the functions' names and V8's hint for compiling a
// parenthesised function at once are all kept. Only the text between two tokens changes: a
// line break where there was one (in whitespace or in a comment: automatic semicolon insertion
// reads line breaks), otherwise one space where the two tokens would run together, otherwise
// nothing. The output is tokenised again and must give the same tokens, or the build fails.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [acornDir, buildDir] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8'));
const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))].map((f) => path.join(buildDir, f));
const acorn = await import(pathToFileURL(path.join(acornDir, 'dist/acorn.mjs')).href);
const OPTIONS = { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: false };

function tokens(src) {
  const out = [];
  for (const t of acorn.tokenizer(src, OPTIONS)) out.push(t);
  return out;
}
const LINE = /[\n\r\u2028\u2029]/;
const WORD = /[\p{ID_Continue}$\u200c\u200d\\]/u;
/** Would `a` followed directly by `b` read as other tokens? (conservative: a space when unsure) */
function joins(a, b) {
  const x = a[a.length - 1], y = b[0];
  if (WORD.test(x) && WORD.test(y)) return true; // names, keywords, numbers
  if (/[0-9]/.test(x) && y === '.') return true; // `1 .toString()`
  if (x === '.' && /[0-9]/.test(y)) return true;
  if ((x === '+' || x === '-') && (y === x || y === '=')) return true; // `a + +b`, `a - -b`
  if ((x === '+' && y === '+') || (x === '-' && y === '-')) return true;
  if (x === '/' && (y === '/' || y === '*' || y === '=')) return true; // a regex or division before a comment-like start
  if (y === '/' && /[/*<>=!&|^%+\-?:~]/.test(x)) return true;
  if ((x === '<' && y === '!') || (x === '-' && y === '>')) return true; // HTML-like comments
  if (/[=!<>&|?*%^]/.test(x) && /[=<>&|?*%^.]/.test(y)) return true; // operators that combine
  return false;
}

function strip(src, name) {
  const toks = tokens(src);
  let out = '';
  let end = 0;
  for (const t of toks) {
    if (t.type === acorn.tokTypes.eof) break;
    const text = src.slice(t.start, t.end);
    if (out) {
      const gap = src.slice(end, t.start);
      if (LINE.test(gap)) out += '\n';
      else if (gap && text && joins(out, text)) out += ' ';
    }
    out += text;
    end = t.end;
  }
  out += '\n';
  // The same tokens, in the same order, or nothing is written.
  const again = tokens(out);
  const same = again.length === toks.length && toks.every((t, i) => {
    const u = again[i];
    return t.type === u.type && src.slice(t.start, t.end) === out.slice(u.start, u.end);
  });
  if (!same) throw new Error(`strip_js: ${name}: the stripped text reads as other tokens`);
  // … and the same program (line breaks decide where a semicolon is inserted).
  const tree = (s) => JSON.stringify(acorn.parse(s, OPTIONS), (k, v) => (k === 'start' || k === 'end' ? undefined : v));
  if (tree(out) !== tree(src)) throw new Error(`strip_js: ${name}: the stripped text parses as another program`);
  return out;
}

let before = 0, after = 0;
for (const file of files) {
  const src = readFileSync(file, 'utf8');
  const out = strip(src, file);
  writeFileSync(file, out);
  before += src.length;
  after += out.length;
}
console.log(`strip_js: ${files.length} content scripts of ${path.basename(buildDir)}, ${before} -> ${after} characters`);

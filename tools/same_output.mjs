// Proves that two builds of the Wasm give the same output: both wasm-bindgen packages are loaded in
// one Node process and every `analyse(snapshot, options)` call's result (JSON.stringify of the
// verdict, or the error's text) is compared, over thousands of inputs; `snapshot_defaults()` and
// `version()` too. For size work that must not change behaviour (docs/BENCHMARKS.md "Wasm size",
// docs/benchmarks/history.md).
//
//   node tools/same_output.mjs A_PKG B_PKG [--cli HANGUP_SCAN] [--json DIR]...
//
// A_PKG, B_PKG: directories with hangup.js and hangup_bg.wasm (dist/chromium/wasm of a build).
// Inputs (none of them is written to the repository):
// - the corpus snapshots of target/bench/snapshots (`node tests/bench/collect_snapshots.mjs`);
// - the fixture snapshots: `hangup-scan --snapshot tests/fixtures` (--cli, by default
//   target/release/hangup-scan; either side's CLI, the snapshot is only the input);
// - the pages of tests/fixtures/lang/*.txt;
// - the string literals of src/engine/clickfix.rs's tests as the page's clipboard on five ClickFix
//   fixtures;
// - malformed snapshots and options; --json DIR adds every *.json snapshot of DIR (a probe kit's).
// Each snapshot is analysed as it is, strict, with null options, repeated to 64 KB; the lang pages
// also with dialog texts, with tel: links and under other URLs; the commands as written, padded
// with a long comment and after a prompt. Prints the number of calls and of differences (the
// first few shown); exits 1 on any difference.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const pkgs = [];
let cli = path.join(ROOT, 'target/release/hangup-scan');
const jsonDirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--cli') cli = args[++i];
  else if (args[i] === '--json') jsonDirs.push(args[++i]);
  else pkgs.push(path.resolve(args[i]));
}
if (pkgs.length !== 2) {
  console.error('usage: node tools/same_output.mjs A_PKG B_PKG [--cli HANGUP_SCAN] [--json DIR]...');
  process.exit(2);
}

async function load(pkg) {
  const m = await import(pathToFileURL(path.join(pkg, 'hangup.js')).href + '?' + pkg);
  await m.default({ module_or_path: readFileSync(path.join(pkg, 'hangup_bg.wasm')) });
  return m;
}
const [A, B] = [await load(pkgs[0]), await load(pkgs[1])];

let calls = 0, scams = 0, commands = 0;
const diffs = [];
const run = (m, snap, opts) => {
  try { return JSON.stringify(m.analyse(snap, opts)); } catch (e) { return 'error: ' + String(e?.message ?? e); }
};
// A fresh copy for each side: the engine must not depend on (or change) its argument's identity.
const copy = (x) => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));
function same(label, snap, opts) {
  const a = run(A, copy(snap), copy(opts)), b = run(B, copy(snap), copy(opts));
  calls++;
  if (a.includes('"level":"scam"')) scams++;
  if (a.includes('"command":')) commands++;
  if (a !== b) diffs.push([label, a, b]);
}

const defaults = JSON.parse(JSON.stringify(A.snapshot_defaults()));
const page = (fields) => ({ ...copy(defaults), ...fields });
const to64k = (s) => {
  if (!s.text) return s;
  let t = s.text;
  while (Buffer.byteLength(t) < 65536) t += '\n' + s.text;
  return { ...s, text: t };
};
// Every snapshot: as it is, strict, null options, repeated to 64 KB.
function each(label, snap) {
  same(label, snap, {});
  same(label + ' strict', snap, { strict: true });
  same(label + ' null', snap, null);
  same(label + ' 64k', to64k(snap), {});
}

// 1. Corpus snapshots.
const S = path.join(ROOT, 'target/bench/snapshots');
let corpus = 0;
if (existsSync(S)) {
  for (const f of readdirSync(S).filter((f) => f.endsWith('.json')).sort()) {
    const j = JSON.parse(readFileSync(path.join(S, f), 'utf8'));
    each('corpus ' + f, j.snapshot ?? j);
    corpus++;
  }
} else console.error(`same_output: no ${S} (node tests/bench/collect_snapshots.mjs): corpus snapshots skipped`);

// 2. Fixture snapshots, through the CLI's HTML reader.
const fixtures = [];
if (existsSync(cli)) {
  const dir = path.join(ROOT, 'tests/fixtures');
  for (const f of readdirSync(dir, { recursive: true }).filter((f) => /\.html?$/.test(f)).sort()) {
    const out = execFileSync(cli, ['--snapshot', path.join(dir, f)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    for (const line of out.split('\n').filter(Boolean)) fixtures.push([f, JSON.parse(line)]);
  }
  for (const [f, s] of fixtures) each('fixture ' + f, s);
} else console.error(`same_output: no CLI at ${cli} (--cli): fixture snapshots skipped`);

// 3. The language pages.
const URLS = ['https://example.com/', 'https://secure-alert-4471.pages.dev/?ph=18005550199&err=0x80070424',
  'http://192.0.2.14/win/index.html', 'https://support.microsoft.com/en-us/windows', ''];
const DIALOGS = ['Your computer is blocked. Call +1 (800) 555-0147 now.', 'Leave this page?', 'Windows Defender: virus detected'];
const TELS = ['tel:+18005550147', 'tel:1-800-555-0199', 'tel:+44%2020%207946%200000'];
let langPages = 0;
const LANG = path.join(ROOT, 'tests/fixtures/lang');
for (const f of readdirSync(LANG).filter((f) => f.endsWith('.txt')).sort()) {
  let cur = null;
  const pages = [];
  for (const line of readFileSync(path.join(LANG, f), 'utf8').split('\n')) {
    const m = line.match(/^== (\S+) (\S+)(?: \| (.*))?$/);
    if (m) { cur = { url: m[2], title: m[3] ?? '', lines: [] }; pages.push(cur); } else if (cur && !line.startsWith('#')) cur.lines.push(line);
  }
  pages.forEach((p, i) => {
    const label = `lang ${f}#${i}`;
    const s = page({ url: p.url, title: p.title, text: p.lines.join('\n') });
    each(label, s);
    same(label + ' dialogs', { ...s, dialog_texts: DIALOGS, behaviour: { ...s.behaviour, dialogs: 3 } }, {});
    same(label + ' tel', { ...s, tel_links: TELS }, {});
    URLS.forEach((u, k) => same(`${label} url${k}`, { ...s, url: u }, {}));
    langPages++;
  });
}

// 4. ClickFix commands as the clipboard: every string literal of clickfix.rs's tests.
function rustStrings(src) {
  const out = [];
  const re = /(?:r(#*)"([\s\S]*?)"\1)|"((?:[^"\\]|\\[\s\S])*)"/g;
  let m;
  while ((m = re.exec(src))) {
    if (m[2] !== undefined) { out.push(m[2]); continue; }
    out.push(m[3].replace(/\\\n\s*/g, '').replace(/\\(u\{([0-9a-fA-F]+)\}|x([0-9a-fA-F]{2})|.)/g, (_, e, u, x) =>
      u ? String.fromCodePoint(parseInt(u, 16)) : x ? String.fromCharCode(parseInt(x, 16))
        : ({ n: '\n', t: '\t', r: '\r', 0: '\0' })[e] ?? e));
  }
  return out;
}
const cfSrc = readFileSync(path.join(ROOT, 'src/engine/clickfix.rs'), 'utf8');
const cmds = [...new Set(rustStrings(cfSrc.slice(cfSrc.indexOf('#[cfg(test)]'))).filter((s) => s.length >= 6 && !s.includes('{:?}')))];
const PAD = ' # ' + 'verification ok проверка пройдена 認証が完了しました '.repeat(40);
// Five pages (a captcha, a Cloudflare check, a Linux and a Mac page, the typed share): enough kinds,
// ~3,000 commands each.
const clickPages = fixtures.filter(([f]) => /^clickfix-(captcha|cloudflare|linux|mac-update|typed-share)\./.test(f)).map(([, s]) => s);
if (clickPages.length === 0) clickPages.push(page({ url: 'https://verify-check-2291.pages.dev/', title: 'Verify you are human',
  text: 'Verify you are human. Press Win + R, then Ctrl + V, then Enter.' }));
for (const c of cmds) {
  clickPages.forEach((s, i) => {
    same(`clip#${i} ${c}`, { ...s, clipboard: { text: c, via: 'writeText' } }, {});
    same(`clip#${i} padded ${c}`, { ...s, clipboard: { text: c + PAD, via: 'exec_command' } }, {});
    same(`clip#${i} prompt ${c}`, { ...s, clipboard: { text: 'C:\\Users\\me> ' + c, via: 'copy_event' } }, {});
  });
}

// 5. Extra snapshot directories (probe kits).
for (const d of jsonDirs) {
  for (const f of readdirSync(d).filter((f) => f.endsWith('.json')).sort()) {
    const j = JSON.parse(readFileSync(path.join(d, f), 'utf8'));
    each('json ' + f, j.snapshot ?? j);
  }
}

// 6. Malformed snapshots and options.
const base = page({ url: 'https://example.com/', text: 'Call +1 800 555 0147 now: your PC is locked.' });
const bad = [null, undefined, 42, 'text', [], [base], {}, { text: 5 }, { text: null }, { url: 7 }, { title: [] },
  { ...base, tel_links: 'tel:1' }, { ...base, tel_links: [1, 2] }, { ...base, alt_texts: [null] }, { ...base, dialog_texts: {} },
  { ...base, dom: 3 }, { ...base, dom: { fake_dialogs: -1 } }, { ...base, dom: { hidden_cursor: 'yes' } },
  { ...base, behaviour: null }, { ...base, behaviour: { fullscreen: -2 } }, { ...base, behaviour: { dialogs: 1e20 } },
  { ...base, behaviour: { dialogs: NaN } }, { ...base, behaviour: { dialogs: 1.5 } }, { ...base, behaviour: { bogus: 1 } },
  { ...base, clipboard: 'x' }, { ...base, clipboard: { text: 3 } }, { ...base, clipboard: { text: 'iex', via: 'x'.repeat(40) } },
  { ...base, bogus: 1 }, { ...base, text: '\uD800 lone surrogate \uDC00 call 1-800-555-0147' }, { ...base, text: 'x'.repeat(300000) }];
bad.forEach((s, i) => same(`malformed snapshot #${i}`, s, {}));
const badOpts = [{ strict: 'yes' }, { strict: 1 }, { bogus: true }, 5, 'strict', [], [true], { strict: null }, { strict: false }];
badOpts.forEach((o, i) => same(`malformed options #${i}`, base, o));

const other = [['snapshot_defaults', JSON.stringify(A.snapshot_defaults()), JSON.stringify(B.snapshot_defaults())],
  ['version', A.version(), B.version()]];
for (const [l, a, b] of other) { calls++; if (a !== b) diffs.push([l, a, b]); }

console.log(`same_output: ${corpus} corpus snapshots, ${fixtures.length} fixture snapshots, ${langPages} lang pages, `
  + `${cmds.length} commands on ${clickPages.length} ClickFix pages`);
console.log(`same_output: ${calls} calls, ${diffs.length} different (${scams} scam verdicts, ${commands} with a command)`);
for (const [l, a, b] of diffs.slice(0, 5)) console.log(`--- ${l}\nA ${a.slice(0, 400)}\nB ${b.slice(0, 400)}`);
process.exit(diffs.length ? 1 : 0);

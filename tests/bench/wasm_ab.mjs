// Two Wasm builds compared page by page: both loaded in one Node process and timed call by call
// (fair when the machine's load fluctuates), on the bench's corpus-64KB pages and the dense
// synthetic page; prints min / median µs per page (slowest first), the corpus-64KB median and p99
// over all calls, and the mean over pages. See docs/BENCHMARKS.md.
//   node tests/bench/wasm_ab.mjs A_PKG B_PKG [calls per page, 30] [rows, 8]

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const [A, B] = process.argv.slice(2, 4).map((p) => path.resolve(p));
const N = Number(process.argv[4] ?? 30);
async function load(pkg) {
  const m = await import(pathToFileURL(path.join(pkg, 'hangup.js')).href + '?' + pkg);
  await m.default({ module_or_path: readFileSync(path.join(pkg, 'hangup_bg.wasm')) });
  return m.analyse;
}
const fa = await load(A), fb = await load(B);
const S = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../target/bench/snapshots');
const cut = (s, max) => { const b = Buffer.from(s); return b.length <= max ? s : b.subarray(0, max).toString('utf8').replace(/\uFFFD+$/, ''); };
const pages = readdirSync(S).filter((f) => f.endsWith('.json')).sort().map((f) => [f, JSON.parse(readFileSync(path.join(S, f), 'utf8')).snapshot])
  .filter(([, s]) => Buffer.byteLength(s.text) > 2048).slice(0, 40).map(([f, s]) => { let t = ''; while (Buffer.byteLength(t) < 65536) t += s.text + '\n'; return [f, { ...s, text: cut(t, 65536) }]; });
const time = (f, s) => { const t = process.hrtime.bigint(); f(s, {}); return Number(process.hrtime.bigint() - t) / 1000; };
const allA = [], allB = [];
const para = 'Windows Defender alert: your computer is infected with spyware. Do not close this window. '
  + 'Call support now at +1-800-555-0177 (toll free). Error code 0x80070424. ';
pages.push(['synthetic', { url: 'https://example.github.io/x/?phone=18005550177', title: 'Security alert',
  text: cut(para.repeat(Math.ceil(65536 / para.length)), 65536), tel_links: [], alt_texts: [], dom: {}, behaviour: { fullscreen: 2, dialogs: 5 } }]);
const rows = [];
for (const [name, s] of pages) {
  for (let i = 0; i < 5; i++) { fa(s, {}); fb(s, {}); }
  const ta = [], tb = [];
  for (let i = 0; i < N; i++) { ta.push(time(fa, s)); tb.push(time(fb, s)); }
  if (name !== 'synthetic') { allA.push(...ta); allB.push(...tb); }
  ta.sort((x, y) => x - y); tb.sort((x, y) => x - y);
  rows.push([name, ta[0], ta[N >> 1], tb[0], tb[N >> 1]]);
}
rows.sort((x, y) => y[2] - x[2]);
const r = (x) => Math.round(x);
console.log('page        A.min A.med  B.min B.med');
for (const x of rows.slice(0, Number(process.argv[5] ?? 8))) console.log(x[0], r(x[1]), r(x[2]), ' ', r(x[3]), r(x[4]));
const q = (a, p) => { a.sort((x, y) => x - y); return Math.round(a[Math.floor(a.length * p)]); };
console.log('corpus-64KB all samples: A median', q(allA, 0.5), 'p99', q(allA, 0.99), ' B median', q(allB, 0.5), 'p99', q(allB, 0.99));
const syn = rows.find((x) => x[0] === 'synthetic'); console.log('synthetic-64KB A.min A.med B.min B.med:', syn.slice(1).map((x) => typeof x === 'number' ? Math.round(x) : x).join(' '));
const sum = (k) => r(rows.reduce((a, x) => a + x[k], 0) / rows.length);
console.log('mean of 40 pages', sum(1), sum(2), ' ', sum(3), sum(4));

// Speed of the engine compiled to Wasm, in Node (the same V8 as Chromium), over the real browser
// snapshots from collect_snapshots.mjs plus 64 KB cases (the content script's bound on the text):
//   - corpus-64KB: the text of the larger corpus pages repeated up to 64 KB (realistic density);
//   - synthetic-64KB: an adversarially DENSE page, scam phrases and a phone number every ~150 bytes.
// Prints one JSON line per case: median / p99 / max µs per call, CPU µs per call and MB/s.
// Figures go to docs/BENCHMARKS.md (native counterpart: `cargo bench --features cli --bench engine`).
//   node tests/bench/wasm_bench.mjs [rounds] [pkg-dir]
// pkg-dir defaults to dist/chromium/wasm (hangup.js + hangup_bg.wasm, as built by ./build.sh).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rounds = Number(process.argv[2] ?? 5);
const PKG = path.resolve(process.argv[3] ?? path.join(ROOT, 'dist/chromium/wasm'));
const SNAPS = path.join(ROOT, 'target/bench/snapshots');
const MAX = 64 * 1024;

const { default: init, analyse } = await import(pathToFileURL(path.join(PKG, 'hangup.js')).href);
await init({ module_or_path: readFileSync(path.join(PKG, 'hangup_bg.wasm')) });

// The first call builds the lexicon automaton (once per service-worker start).
const t0 = process.hrtime.bigint();
analyse({ url: '', title: '', text: '', tel_links: [], alt_texts: [], dom: {}, behaviour: {} }, {});
const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;

const inputs = existsSync(SNAPS)
  ? readdirSync(SNAPS).filter((f) => f.endsWith('.json')).sort()
      .map((f) => readFileSync(path.join(SNAPS, f), 'utf8')).filter(Boolean).map((s) => JSON.parse(s).snapshot)
  : [];

/** Cuts a string to at most `max` UTF-8 bytes on a character boundary. */
function cutBytes(s, max) {
  const buf = Buffer.from(s);
  if (buf.length <= max) return s;
  return buf.subarray(0, max).toString('utf8').replace(/\uFFFD+$/, '');
}

// Real page text repeated to the 64 KB bound: what a long real page costs.
const corpus64 = inputs.filter((s) => Buffer.byteLength(s.text) > 2048).slice(0, 40).map((s) => {
  let t = '';
  while (Buffer.byteLength(t) < MAX) t += s.text + '\n';
  return { ...s, text: cutBytes(t, MAX) };
});

// Adversarial worst case: scam phrases and a number every ~150 bytes, for the whole 64 KB.
const para = 'Windows Defender alert: your computer is infected with spyware. Do not close this window. '
  + 'Call support now at +1-800-555-0177 (toll free). Error code 0x80070424. ';
const dense = { url: 'https://example.github.io/x/?phone=18005550177', title: 'Security alert',
  text: cutBytes(para.repeat(Math.ceil(MAX / para.length)), MAX),
  tel_links: [], alt_texts: [], dom: {}, behaviour: { fullscreen: 2, dialogs: 5 } };

function stats(label, snaps, reps) {
  for (const s of snaps.slice(0, 20)) analyse(s, {}); // warm-up
  const times = [];
  let bytes = 0;
  let total = 0;
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) {
    for (const s of snaps) {
      const t = process.hrtime.bigint();
      analyse(s, {});
      const us = Number(process.hrtime.bigint() - t) / 1000;
      times.push(us);
      total += us;
      bytes += Buffer.byteLength(s.text) + Buffer.byteLength(s.title || '');
    }
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const q = (p) => +times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(1);
  console.log(JSON.stringify({
    bench: `wasm/${label}`, pages: snaps.length, runs: times.length,
    avg_kb: +(bytes / times.length / 1024).toFixed(1),
    median_us: q(0.5), p99_us: q(0.99), max_us: +times[times.length - 1].toFixed(1),
    cpu_us_per_call: +((cpu.user + cpu.system) / times.length).toFixed(1),
    mb_per_s: +((bytes / 1e6) / (total / 1e6)).toFixed(1),
  }));
}

console.log(JSON.stringify({ bench: 'wasm/first-call', ms: +firstMs.toFixed(1),
  wasm_bytes: readFileSync(path.join(PKG, 'hangup_bg.wasm')).length }));
if (inputs.length) {
  stats('corpus', inputs, rounds);
  stats('corpus-64KB', corpus64, Math.max(rounds * 2, 10));
} else {
  console.log('no corpus snapshots: run tests/bench/collect_snapshots.mjs first');
}
stats('synthetic-64KB', [dense], 200);

// Speed of the engine compiled to Wasm, in Node (the same V8 as Chromium), over the corpus
// snapshots from collect_snapshots.mjs plus a synthetic 64 KB worst case. Prints median and
// p99 microseconds per page and MB/s. Figures go to docs/BENCHMARKS.md.
//   node tests/bench/wasm_bench.mjs [rounds]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = path.join(ROOT, 'dist/chromium/wasm');
const SNAPS = path.join(ROOT, 'target/bench/snapshots');
const rounds = Number(process.argv[2] ?? 5);

const { default: init, analyse } = await import(path.join(PKG, 'hangup.js'));
await init({ module_or_path: readFileSync(path.join(PKG, 'hangup_bg.wasm')) });

const inputs = existsSync(SNAPS)
  ? readdirSync(SNAPS).filter((f) => f.endsWith('.json')).map((f) => readFileSync(path.join(SNAPS, f), 'utf8')).filter(Boolean)
      .map((s) => JSON.parse(s).snapshot)
  : [];

// Worst case: 64 KB of scam-like text with numbers, the size cap of a snapshot.
const para = 'Windows Defender alert: your computer is infected with spyware. Do not close this window. '
  + 'Call support now at +1-800-555-0199 (toll free). Error code 0x80070424. ';
const big = { url: 'https://example.github.io/x/?phone=18005550199', title: 'Security alert', text: para.repeat(Math.ceil(65536 / para.length)).slice(0, 65536),
  tel_links: [], alt_texts: [], dom: {}, behaviour: { fullscreen: 2, dialogs: 5 } };

function stats(label, snaps, reps) {
  const times = [];
  let bytes = 0;
  for (const s of snaps) analyse(s, {}); // warm-up
  for (let r = 0; r < reps; r++) {
    for (const s of snaps) {
      const t0 = process.hrtime.bigint();
      analyse(s, {});
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
      bytes += s.text.length;
    }
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(1);
  console.log(JSON.stringify({ bench: `wasm/${label}`, pages: snaps.length, runs: times.length, median_us: +q(0.5), p99_us: +q(0.99),
    mb_per_s: +((bytes / 1e6) / (total / 1e6)).toFixed(1) }));
}

if (inputs.length) stats('corpus', inputs, rounds);
else console.log('no corpus snapshots: run tests/bench/collect_snapshots.mjs first');
stats('synthetic-64KB', [big], 200);

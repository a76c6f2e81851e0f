// Times the engine in Wasm under Node (same V8 as Chromium).
//
//   cargo run --release --features cli --bin hangup-scan -- --snapshot --host bench.example \
//     ../shared/corpus/scam ../shared/corpus/benign ../shared/corpus/broad > /tmp/snaps.jsonl
//   node benches/wasm_bench.mjs dist/.pkg /tmp/snaps.jsonl
//
// PKG is a `wasm-bindgen --target web` output directory (hangup.js + hangup_bg.wasm). Prints
// median / p99 µs per page and MB/s for the corpus snapshots and for 64 KB snapshots, like the
// native benchmark (benches/engine.rs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkg = 'dist/.pkg', snapsPath = '/tmp/snaps.jsonl', wasmFile = 'hangup_bg.wasm'] = process.argv.slice(2);
const glue = await import(pathToFileURL(resolve(pkg, 'hangup.js')).href);
await glue.default({ module_or_path: readFileSync(resolve(pkg, wasmFile)) });
const analyse = glue.analyse;

const snaps = readFileSync(snapsPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const MAX = 64 * 1024;
const big = snaps.filter((s) => s.text.length > 2048).slice(0, 40).map((s) => {
  let t = '';
  while (Buffer.byteLength(t) < MAX) t += s.text + '\n';
  const buf = Buffer.from(t).subarray(0, MAX);
  return { ...s, text: buf.toString('utf8').replace(/\uFFFD$/, '') };
});

function bench(name, list, runs) {
  for (const s of list.slice(0, 20)) analyse(s, { strict: false });
  const us = [];
  let bytes = 0;
  let total = 0;
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < runs; r++) {
    for (const s of list) {
      const t = process.hrtime.bigint();
      analyse(s, { strict: false });
      const d = Number(process.hrtime.bigint() - t) / 1000;
      us.push(d);
      total += d;
      bytes += Buffer.byteLength(s.text) + Buffer.byteLength(s.title || '');
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuPerCall = (cpu.user + cpu.system) / us.length;
  us.sort((a, b) => a - b);
  const q = (p) => us[Math.min(us.length - 1, Math.round((us.length - 1) * p))];
  console.log(`${name.padEnd(20)} pages ${String(list.length).padStart(4)}  avg text ${(bytes / us.length / 1024).toFixed(1).padStart(5)} KB  ` +
    `median ${q(0.5).toFixed(1).padStart(7)} µs  p99 ${q(0.99).toFixed(1).padStart(7)} µs  max ${us[us.length - 1].toFixed(1).padStart(7)} µs  ` +
    `${(bytes / (total / 1e6) / 1e6).toFixed(1)} MB/s  (CPU time ${cpuPerCall.toFixed(1)} µs/call)`);
}

const t0 = process.hrtime.bigint();
analyse({ text: '' }, { strict: false });
console.log(`first call (builds the lexicon automaton): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`);
bench('corpus pages (wasm)', snaps, 5);
bench('64 KB snapshots (wasm)', big, 10);

// What compiling each content script costs V8 (Node's, the engine of Chromium), two builds side
// by side: every round compiles each file of A then of B (order swapped every other round), each
// time as a new source (a unique last line, so V8's compilation cache cannot answer), and reports
// per file the min and median µs of each build and the ratio of the medians, in wall time and in
// the process's CPU time (process.cpuUsage: on a loaded machine wall time also counts the waits
// for a core, more of them the longer a compile runs). Compiling is what
// every injection pays before the script's first statement runs: scanning the whole text,
// pre-parsing the lazy functions, compiling the eager ones (the parenthesised ones).
//
//   node tests/bench/script_cost.mjs A_DIST B_DIST [rounds, 200]
//
// A_DIST/B_DIST: a browser directory of a build (e.g. dist/chromium, or a copy of main's) or
// extension/ itself (the sources). docs/BENCHMARKS.md, "Twenty-third session (helper cost23)".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const [A, B] = process.argv.slice(2, 4).map((p) => path.resolve(p));
const ROUNDS = Number(process.argv[4] ?? 200);
const FILES = ['content/main_world.js', 'common/protocol.js', 'content/snapshot.js', 'content/overlay_host.js', 'content/content.js'];
const src = (dir) => FILES.map((f) => readFileSync(path.join(dir, f), 'utf8'));
const a = src(A), b = src(B);
let serial = 0;
function compile(text, into, cpuInto) {
  const s = `${text}\n//${serial++}`;
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  new vm.Script(s);
  into.push(Number(process.hrtime.bigint() - t) / 1000);
  const d = process.cpuUsage(c);
  cpuInto.push(d.user + d.system);
}
const ta = FILES.map(() => []), tb = FILES.map(() => []);
const ca = FILES.map(() => []), cb = FILES.map(() => []);
for (let i = 0; i < 10; i++) FILES.forEach((_, f) => { compile(a[f], [], []); compile(b[f], [], []); });
for (let r = 0; r < ROUNDS; r++) {
  FILES.forEach((_, f) => {
    if (r % 2) { compile(b[f], tb[f], cb[f]); compile(a[f], ta[f], ca[f]); } else { compile(a[f], ta[f], ca[f]); compile(b[f], tb[f], cb[f]); }
  });
}
const med = (x) => { const s = [...x].sort((p, q) => p - q); return s[s.length >> 1]; };
const min = (x) => Math.min(...x);
const r1 = (x) => Math.round(x * 10) / 10;
console.log(`A = ${A}\nB = ${B}\n${ROUNDS} rounds, µs per compile`);
console.log('file                      chars A / B      wall: A.min  A.med   B.min  B.med  B/A   cpu: A.med  B.med  B/A');
let sa = 0, sb = 0, sca = 0, scb = 0;
const col = (x, w = 6) => String(r1(x)).padStart(w);
FILES.forEach((f, i) => {
  sa += med(ta[i]); sb += med(tb[i]); sca += med(ca[i]); scb += med(cb[i]);
  console.log(`${f.padEnd(25)} ${String(a[i].length).padStart(6)} / ${String(b[i].length).padEnd(6)}  ${col(min(ta[i]), 10)} ${col(med(ta[i]))}  ${col(min(tb[i]))} ${col(med(tb[i]))}  ${(med(tb[i]) / med(ta[i])).toFixed(2)}  ${col(med(ca[i]), 10)} ${col(med(cb[i]))}  ${(med(cb[i]) / med(ca[i])).toFixed(2)}`);
});
console.log(`sum of medians: wall A ${r1(sa)} µs, B ${r1(sb)} µs, B/A ${(sb / sa).toFixed(2)}; cpu A ${r1(sca)} µs, B ${r1(scb)} µs, B/A ${(scb / sca).toFixed(2)}`);

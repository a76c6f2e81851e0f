// The service worker's cold path in Wasm, as Node (the same V8 as Chromium) sees it: each sample
// is a fresh process that compiles and instantiates the package, then runs the worker's warm-up
// analysis and a first real page (docs/BENCHMARKS.md, "The first warning, cold and warm").
// Wall and CPU time per step, median / p90; two or more packages alternated process by process,
// so a busy machine weighs on each alike.
//   node tests/bench/wasm_cold.mjs [--runs 20] [--page FILE.html] PKG_DIR [PKG_DIR ...]
// PKG_DIR: a `wasm/` directory as ./build.sh makes it (hangup.js + hangup_bg.wasm), default
// dist/chromium/wasm; the warm-up snapshot is the one its ../background/background.js analyses.
// --page: the first page's text (default: a scam fixture of tests/fixtures).
// Extra V8 flags for the child (e.g. --liftoff-only): HANGUP_COLD_FLAGS.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);

if (args[0] === '--child') {
  // One cold start: what background.js does when the worker starts, then the first page.
  const [, pkg, page] = args;
  const now = () => performance.now();
  const cpu = () => process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000;
  const marks = {};
  const step = async (name, fn) => {
    const [w, c] = [now(), cpu()];
    const r = await fn();
    marks[name] = { wall: now() - w, cpu: cpu() - c };
    return r;
  };
  const bytes = readFileSync(path.join(pkg, 'hangup_bg.wasm'));
  const mod = await step('import', () => import(pathToFileURL(path.join(pkg, 'hangup.js')).href));
  await step('instantiate', () => mod.default({ module_or_path: bytes }));
  // The build's own warm-up snapshot, read from its background.js (a `WARM_UP` object, or the
  // older inline `analyse({ text: '…' }, {})`).
  const bg = readFileSync(path.join(pkg, '../background/background.js'), 'utf8');
  const src = bg.match(/const WARM_UP = (\{[\s\S]*?\n\});/)?.[1] ?? bg.match(/\.then\(\(\) => analyse\((\{ text: '[^']*' \})/)?.[1];
  if (!src) throw new Error(`${pkg}: no warm-up analysis found in background.js`);
  const warmUp = new Function(`return ${src}`)();
  await step('warmup', () => mod.analyse(warmUp, {}));
  const text = readFileSync(page, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');
  const snap = { url: 'https://fixture.example/', title: '', text, tel_links: [], alt_texts: [], dom: {}, behaviour: {} };
  const v = await step('first page', () => mod.analyse(snap, {}));
  await step('second page', () => mod.analyse(snap, {}));
  process.stdout.write(JSON.stringify({ marks, level: v.level, score: v.score }));
  process.exit(0);
}

const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const RUNS = Number(opt('runs', 20));
const PAGE = path.resolve(opt('page', path.join(ROOT, 'tests/fixtures/scam-defender.html')));
const pkgs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!pkgs.length) pkgs.push(path.join(ROOT, 'dist/chromium/wasm'));
const flags = (process.env.HANGUP_COLD_FLAGS ?? '').split(' ').filter(Boolean);

const samples = pkgs.map(() => []);
for (let r = 0; r < RUNS; r++) {
  // Alternate, and swap which package goes first each round.
  const order = pkgs.map((_, i) => i);
  if (r % 2) order.reverse();
  for (const i of order) {
    const out = execFileSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--child', path.resolve(pkgs[i]), PAGE], { encoding: 'utf8' });
    samples[i].push(JSON.parse(out));
  }
}

const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};
const fmt = (xs) => `${q(xs, 0.5).toFixed(1)} / ${q(xs, 0.9).toFixed(1)}`;
console.log(`${RUNS} cold starts per package, page ${path.relative(ROOT, PAGE)}; median / p90 ms (wall, then CPU of the process)`);
const steps = Object.keys(samples[0][0].marks);
for (const [i, pkg] of pkgs.entries()) {
  const levels = [...new Set(samples[i].map((s) => `${s.level} ${s.score}`))].join(', ');
  console.log(`\n${pkg}  (verdict: ${levels})`);
  for (const st of steps) {
    console.log(`  ${st.padEnd(12)} wall ${fmt(samples[i].map((s) => s.marks[st].wall)).padStart(16)}   cpu ${fmt(samples[i].map((s) => s.marks[st].cpu)).padStart(16)}`);
  }
  const cold = samples[i].map((s) => s.marks.instantiate.wall + s.marks.warmup.wall + s.marks['first page'].wall);
  console.log(`  ${'cold total'.padEnd(12)} wall ${fmt(cold).padStart(16)}   (instantiate + warm-up + first page)`);
}

// The glance's CSS scan (hangupStyleStrings in extension/content/snapshot.js) cold, as every page
// pays it: one new Node process per page and script, the script loaded, then its first call timed
// on the page's own inline <style> texts (broad corpus pages whose inline CSS holds "content").
// Two or more snapshot.js files are alternated page by page; each figure is the least of
// --repeat runs (preemption on a shared machine only ever adds). docs/BENCHMARKS.md, eighth session.
// The corpus: HANGUP_CORPUS (default ../shared/corpus of the repository).
//   node tests/bench/css_scan_cost.mjs [--repeat 3] [--pages 400] SNAPSHOT_JS ...
import { readFileSync, readdirSync, statSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);

if (args[0] === '--child') {
  // One cold call: [--child, snapshot.js, json file of style texts]
  const ctx = vm.createContext({});
  vm.runInContext(readFileSync(path.join(ROOT, 'extension/common/protocol.js'), 'utf8'), ctx);
  vm.runInContext(readFileSync(args[1], 'utf8'), ctx);
  const styles = JSON.parse(readFileSync(args[2], 'utf8'));
  const doc = { getElementsByTagName: () => styles.map((textContent) => ({ textContent })) };
  // The glance has run other code of the script in its world before the scan: enter it once.
  ctx.hangupVisualOrder('warm the context up');
  performance.now(); // Node loads its clock on first use
  const t0 = performance.now();
  ctx.hangupStyleStrings(doc);
  process.stdout.write(String(performance.now() - t0));
  process.exit(0);
}

const opt = (name, dflt) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : dflt);
const REPEAT = opt('repeat', 3);
const PAGES = opt('pages', 400);
const scripts = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).map((s) => path.resolve(s));
if (!scripts.length) scripts.push(path.join(ROOT, 'extension/content/snapshot.js'));
const CORPUS = process.env.HANGUP_CORPUS ?? path.resolve(ROOT, '../shared/corpus');

const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.html?$/.test(name) && pages.length < PAGES) {
      const styles = [...readFileSync(p, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
      if (styles.some((s) => s.includes('content'))) pages.push(styles);
    }
  }
};
walk(path.join(CORPUS, 'broad'));

const work = mkdtempSync(path.join(tmpdir(), 'hangup-css-scan-'));
const times = scripts.map(() => []);
try {
  pages.forEach((styles, i) => {
    const file = path.join(work, `${i}.json`);
    writeFileSync(file, JSON.stringify(styles));
    const best = scripts.map(() => Infinity);
    for (let r = 0; r < REPEAT; r++) {
      for (const [k, s] of scripts.entries()) {
        const ms = Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', s, file], { encoding: 'utf8' }));
        best[k] = Math.min(best[k], ms);
      }
    }
    best.forEach((ms, k) => times[k].push(ms));
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
for (const [k, s] of scripts.entries()) {
  const xs = times[k];
  const r = (v) => Math.round(v * 1000) / 1000;
  console.log(JSON.stringify({ bench: 'glance CSS scan, first call (ms)', script: s, pages: xs.length, median: r(q(xs, 0.5)), p90: r(q(xs, 0.9)), p95: r(q(xs, 0.95)), mean: r(xs.reduce((a, b) => a + b, 0) / xs.length) }));
}

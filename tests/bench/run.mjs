// Issue 12's figures side by side in one run (docs/BENCHMARKS.md, "The routine"):
//   1. what HangUp costs an ordinary page (Chromium, broad corpus pages, with and without the
//      extension, paired per page): tests/bench/page_cost.mjs, run as it is;
//   2. how long a scam page stays uncovered: first contentful paint -> warning visible / painted /
//      headline on screen,
//      cold (first start, browser restart, worker stopped / background suspended) and warm, in
//      Chromium and Firefox: tests/bench/warning_time.mjs.
// Prints each measure as a JSON line, then a summary with the ratios (with/without, cold/warm).
//
//   node tests/bench/run.mjs                  full run (~25 min on 2 cores): 60 pages, 10 cold starts, ...
//   node tests/bench/run.mjs --smoke          the test command's check (< 2 min): a handful of pages
//                                             and samples; fails if a part produced no numbers.
//                                             Its figures mean nothing.
//   options: --pages N --cold N --restart N --stopped N --ff-stopped N --warm N --browsers chromium,firefox
// The broad pages come from ../shared/corpus (HANGUP_CORPUS); --smoke and a machine without the
// corpus use the project's own benign fixtures instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from '../lib/fixtures.mjs';
import { measureWarnings, summarise } from './warning_time.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const opt = (name, full, short) => Number(args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : smoke ? short : full);
const conf = {
  pages: opt('pages', 60, 3),
  cold: opt('cold', 10, 1),
  restart: opt('restart', 10, 0),
  stopped: opt('stopped', 10, 1),
  firefoxStopped: opt('ff-stopped', 10, 0),
  warm: opt('warm', 20, 2),
  browsers: (args.includes('--browsers') ? args[args.indexOf('--browsers') + 1] : 'chromium,firefox').split(','),
};
const started = Date.now();
const problems = [];
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`# HangUp benchmarks ${new Date().toISOString()}${smoke ? ' (smoke: checks the routine, not the figures)' : ''}`);
console.log(`# ${cpus().length} cores, load average ${load()}; ${JSON.stringify(conf)}`);

// --- 1. page cost ------------------------------------------------------------------------------
/** A corpus directory page_cost.mjs can read: the real one, or our benign fixtures as "broad". */
function corpus() {
  const real = process.env.HANGUP_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
  if (!smoke && existsSync(path.join(real, 'broad/MANIFEST.tsv'))) return { dir: real, label: 'broad corpus' };
  const dir = mkdtempSync(path.join(tmpdir(), 'hangup-bench-corpus-'));
  mkdirSync(path.join(dir, 'broad'));
  const files = readdirSync(FIXTURES).filter((f) => f.startsWith('benign-') && f.endsWith('.html'));
  for (const f of files) symlinkSync(path.join(FIXTURES, f), path.join(dir, 'broad', f));
  writeFileSync(path.join(dir, 'broad/MANIFEST.tsv'), ['file', ...files].join('\n') + '\n');
  return { dir, label: 'benign fixtures', temp: true };
}

const pageLines = [];
{
  const c = corpus();
  console.log(`\n## page cost: ${conf.pages} ${c.label} pages, Chromium, with and without HangUp`);
  const r = spawnSync(process.execPath, [path.join(HERE, 'page_cost.mjs'), String(conf.pages)], {
    env: { ...process.env, HANGUP_CORPUS: c.dir }, encoding: 'utf8', timeout: 60 * 60 * 1000,
  });
  if (c.temp) rmSync(c.dir, { recursive: true, force: true });
  for (const line of (r.stdout ?? '').split('\n')) {
    try {
      const j = JSON.parse(line);
      pageLines.push(j);
      console.log(line);
    } catch {
      /* not a result line */
    }
  }
  if (r.status !== 0 || !pageLines.length) {
    problems.push(`page_cost.mjs: exit ${r.status}, ${pageLines.length} result lines`);
    process.stderr.write(r.stderr ?? '');
  }
}

// --- 2. warning times --------------------------------------------------------------------------
console.log(`\n## first contentful paint -> warning, cold and warm (${conf.browsers.join(', ')})`);
const warnings = await measureWarnings({ ...conf });
const rows = [];
for (const [browser, cases] of Object.entries(warnings)) {
  for (const [name, samples] of Object.entries(cases)) {
    if (!samples.length) continue;
    const row = { browser, case: name, visible: summarise(samples, 'visible'), painted: summarise(samples, 'painted'), headline: summarise(samples, 'headline') };
    rows.push(row);
    console.log(JSON.stringify({ bench: 'first contentful paint -> warning (ms)', ...row }));
    if (!row.visible || row.visible.missed === row.visible.n) problems.push(`${browser} ${name}: no warning measured`);
  }
}

// --- summary ----------------------------------------------------------------------------------
const fmt = (s) => (s ? `${s.median} / ${s.p90}${s.missed ? ` (${s.missed} missed)` : ''}` : 'n/a');
console.log('\n## summary');
for (const l of pageLines) {
  const figures = Object.entries(l).filter(([k]) => !['bench', 'build'].includes(k)).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${l.bench}: ${figures}`);
}
console.log('\nbrowser   case                  n   visible median / p90 ms   painted median / p90 ms   headline median / p90 ms  p90 / warm p90');
for (const r of rows) {
  const warm = rows.find((x) => x.browser === r.browser && x.case === 'warm');
  const key = r.headline ? 'headline' : r.painted ? 'painted' : 'visible';
  const ratio = warm?.[key]?.p90 ? (r[key].p90 / warm[key].p90).toFixed(2) : 'n/a';
  console.log(`${r.browser.padEnd(9)} ${r.case.padEnd(21)} ${String(r.visible?.n ?? 0).padStart(2)}   ${fmt(r.visible).padEnd(25)} ${fmt(r.painted).padEnd(25)} ${fmt(r.headline).padEnd(25)} ${ratio} (${key})`);
}
console.log(`\n# ${Math.round((Date.now() - started) / 1000)} s, load average now ${load()}`);
if (problems.length) {
  console.error(`benchmark problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// What HangUp costs an ordinary page, side by side in one run: the same broad-corpus pages are
// loaded in headless Chromium without the extension and with each build given, in rotating
// order, and compared:
//   - content scripts' main-thread time per page, all frames: the V8 sampling profiler (50 µs)
//     runs across the navigation; every sample whose stack holds a frame of an extension script
//     counts (native work those scripts cause, such as style and layout reads, is attributed to
//     them). Site isolation is off so every frame of the page shares one profiled renderer;
//   - page load (navigation start -> load event end) and first contentful paint, as the ratio of
//     each page's time with the build to its time without (median of the per-page ratios).
//   node tests/bench/page_cost.mjs [pages=60] [label=dist/chromium ...]
// HANGUP_BENCH_BY=function splits the content scripts' time per function instead of per script;
// HANGUP_BENCH_CLOCK=cpu measures the content scripts' thread time from a Chrome trace instead of
// the sampler's wall time (a busy machine inflates the sampler's figures several times; see
// extensionCpuMs; it splits the time into injections, each script's evaluation inside them,
// calls and message deliveries); HANGUP_BENCH_DUMP=<dir> saves each page's CPU profile there (as {url, label, profile}).
// HANGUP_BENCH_CLOCK=none: no profiler and no trace (both slow every page's scripts, the page's
// own as well as HangUp's): the load and paint ratios alone, as a person has them.
// HANGUP_BENCH_WAIT_MS: how long each page stays after load (default 1500; 13000 takes in the
// content script's timed re-reads at 2.5, 6 and 12 s).
// With no build given: the current dist/chromium. Prints one JSON line per measure and build.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { TRACE_CATEGORIES, extensionCpuMs } from './trace_cpu.mjs';
import { browserWith, removeProfiles } from './bench_browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.HANGUP_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const N = Number(process.argv[2] ?? 60);
const BY_FUNCTION = process.env.HANGUP_BENCH_BY === 'function';
const CPU = process.env.HANGUP_BENCH_CLOCK === 'cpu';
const UNTIMED = process.env.HANGUP_BENCH_CLOCK === 'none';
const DUMP = process.env.HANGUP_BENCH_DUMP; // a directory: every page's CPU profile is saved there
const WAIT_MS = Number(process.env.HANGUP_BENCH_WAIT_MS ?? 1500);
let dumped = 0;
const builds = (process.argv.slice(3).length ? process.argv.slice(3) : [`hangup=${path.join(ROOT, 'dist/chromium')}`]).map((a) => {
  const [label, dir] = a.includes('=') ? a.split('=') : [path.basename(a), a];
  return { label, dir: path.resolve(dir) };
});
const rows = readFileSync(path.join(CORPUS, 'broad/MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
// HANGUP_BENCH_PAGES=<file>: the pages to load (one corpus path a line), N of them spread over it.
const listed = process.env.HANGUP_BENCH_PAGES ? readFileSync(process.env.HANGUP_BENCH_PAGES, 'utf8').split('\n').filter(Boolean) : rows.map((r) => r.split('\t')[0]);
const files = listed.filter((_, i) => i % Math.max(1, Math.floor(listed.length / N)) === 0).slice(0, N);

const server = await startServer((host, pathname) => ({ root: path.join(CORPUS, 'broad'), pathOverride: pathname }));

/** Main-thread ms spent with an extension script on the stack, from a V8 CPU profile, in total
 *  and per script (the innermost extension frame of each sample's stack). */
function extensionMs(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  // The extension script a node runs in or under (null: page or browser code only).
  const script = (id) => {
    if (memo.has(id)) return memo.get(id);
    const n = byId.get(id);
    const f = n.callFrame;
    const own = /^(chrome|moz)-extension:/.test(f.url) ? f.url.replace(/^[a-z-]+:\/\/[^/]+\//, '') + (BY_FUNCTION ? `:${f.functionName || '(anonymous)'}:${f.lineNumber + 1}` : '') : null;
    const v = own ?? (parent.has(id) ? script(parent.get(id)) : null);
    memo.set(id, v);
    return v;
  };
  let us = 0;
  const by = {};
  for (let i = 0; i < profile.samples.length; i++) {
    const s = script(profile.samples[i]);
    if (!s) continue;
    const d = profile.timeDeltas[i + 1] ?? 0;
    us += d;
    by[s] = (by[s] ?? 0) + d / 1000;
  }
  return { ms: us / 1000, by };
}

async function measure(ctx, url, label) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  if (UNTIMED) {
    /* the page's own clocks only */
  } else if (CPU) {
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  } else {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load', timeout: 20000 }).catch(() => {});
  // The content script reads in idle time after load: let it, and one mutation round, happen.
  await page.waitForTimeout(WAIT_MS);
  let profile = null;
  if (UNTIMED) {
    /* nothing to stop */
  } else if (CPU) {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
  } else {
    ({ profile } = await cdp.send('Profiler.stop'));
  }
  if (DUMP) writeFileSync(path.join(DUMP, `${dumped++}.json`), JSON.stringify({ url, label, profile, events }));
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { load: nav?.loadEventEnd, fcp: fcp?.startTime ?? null };
  }).catch(() => null);
  await page.close();
  if (!t || !(t.load > 0)) return null;
  return { ...t, ...(UNTIMED ? { ms: 0, by: {} } : CPU ? extensionCpuMs(events) : extensionMs(profile)) };
}

const plain = await browserWith(null, server.port);
const ctxs = [];
for (const b of builds) ctxs.push({ ...b, ctx: await browserWith(b.dir, server.port), ext: [], byScript: {}, loadRatio: [], fcpRatio: [], pages: new Map() });
for (const [i, f] of files.entries()) {
  const url = `https://broad.example/${f.split('/').map(encodeURIComponent).join('/')}`;
  // Rotate the order so no configuration always goes first (warm caches, a busy core).
  const order = [null, ...ctxs];
  for (let k = 0; k < i % order.length; k++) order.push(order.shift());
  const res = new Map();
  for (const c of order) res.set(c, await measure(c ? c.ctx : plain, url, c ? c.label : 'none'));
  const base = res.get(null);
  for (const c of ctxs) {
    const r = res.get(c);
    if (!r || !base) continue;
    c.ext.push(r.ms);
    c.pages.set(i, r);
    for (const k of new Set([...Object.keys(c.byScript), ...Object.keys(r.by)])) {
      (c.byScript[k] ??= Array(c.ext.length - 1).fill(0)).push(r.by[k] ?? 0);
    }
    c.loadRatio.push(r.load / base.load);
    if (r.fcp && base.fcp) c.fcpRatio.push(r.fcp / base.fcp);
  }
}
const q = (x, p) => {
  const s = [...x].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : NaN;
};
for (const c of ctxs) {
  if (!UNTIMED) console.log(JSON.stringify({ build: c.label, bench: `content scripts main-thread ${CPU ? 'CPU (trace thread time)' : 'ms (sampler)'} per page (all frames)`, pages: c.ext.length,
    median: +q(c.ext, 0.5).toFixed(3), p95: +q(c.ext, 0.95).toFixed(3), max: +q(c.ext, 1).toFixed(3) }));
  for (const [k, v] of Object.entries(c.byScript)) {
    console.log(JSON.stringify({ build: c.label, bench: `  of which ${k}`, median: +q(v, 0.5).toFixed(3), p95: +q(v, 0.95).toFixed(3), mean: +(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3) }));
  }
  console.log(JSON.stringify({ build: c.label, bench: 'page load ratio with/without (per-page)', pages: c.loadRatio.length,
    median: +q(c.loadRatio, 0.5).toFixed(3), p90: +q(c.loadRatio, 0.9).toFixed(3) }));
  console.log(JSON.stringify({ build: c.label, bench: 'first contentful paint ratio with/without (per-page)', pages: c.fcpRatio.length,
    median: +q(c.fcpRatio, 0.5).toFixed(3), p90: +q(c.fcpRatio, 0.9).toFixed(3) }));
}
// Each later build against the first, page by page (the same page, loaded within seconds of
// each other): the median of the per-page differences and ratios, much less spread by which
// pages happen to be heavy than a difference of two medians.
const [first, ...others] = ctxs;
for (const c of UNTIMED ? [] : others) {
  const both = [...c.pages.keys()].filter((i) => first.pages.has(i));
  const pair = (f) => both.map((i) => [f(first.pages.get(i)), f(c.pages.get(i))]);
  const line = (what, p) => console.log(JSON.stringify({ build: c.label, bench: `paired with ${first.label}: ${what}`, pages: p.length,
    'median diff': +q(p.map(([a, b]) => b - a), 0.5).toFixed(3), 'mean diff': +(p.reduce((s, [a, b]) => s + b - a, 0) / p.length).toFixed(3),
    'median ratio': +q(p.filter(([a]) => a > 0).map(([a, b]) => b / a), 0.5).toFixed(3) }));
  line('content scripts per page', pair((r) => r.ms));
  for (const k of Object.keys(first.byScript)) line(k, pair((r) => r.by[k] ?? 0));
}
await plain.close();
for (const c of ctxs) await c.ctx.close();
removeProfiles();
await server.close();

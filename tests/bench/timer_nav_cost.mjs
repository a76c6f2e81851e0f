// Two small costs every page pays, side by side in one run (issue 12; docs/BENCHMARKS.md):
//
// 1. The held-parse timers (content.js: `stalled` at HELD_PARSE_MS and `lift` at
//    HELD_PARSE_MAX_MS, armed in every frame whose document is still loading when the script
//    starts; on a page that parses in time both return at once). Broad corpus pages are loaded
//    with the build given and a Chrome trace recorded for HELD_PARSE_MAX_MS and a little more;
//    each timer the content script armed with one of those two delays (`TimerInstall`'s stack,
//    with its `timeout`) is found again where it fires (`TimerFire`), and its thread time summed
//    per page, all frames, next to the content scripts' whole thread time on the same page
//    (trace_cpu.mjs). Installing the timers is part of the injection and not split out.
// 2. `unruled()`'s navigation-entry read (overlay_host.js: asked by every sub-frame at
//    `document_start`) against the two cross-origin reads it replaced in a frame of another
//    origin (the twenty-first session's `ancestorWarned`: `top[name]` and the parent's document,
//    both throwing a SecurityError). A probe extension (made in a temporary directory) runs at
//    `document_start` in the isolated world of each of many cross-origin sub-frames, as HangUp's
//    content script does; `unruled` is copied from overlay_host.js as it is. Each frame times each
//    check's first call (what a frame pays: it asks once) and a second call, in a rotating order;
//    the pages are served cross-origin isolated (COOP/COEP), so `performance.now()` reads 5 µs steps
//    (else Chromium's 100 µs: the means then still hold, the medians do not). Chromium only.
//
//   node tests/bench/timer_nav_cost.mjs [pages=8] [frames=100] [rounds=5] [label=DIR ...]
//
// With no build given: dist/chromium. Several builds: each page is loaded in each build's browser in
// turn (the order rotated), for part 1 only (part 2 copies `unruled` from extension/).
//
// The broad pages come from ../shared/corpus (HANGUP_CORPUS). Prints one JSON line per measure.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { TRACE_CATEGORIES, extensionCpuMs } from './trace_cpu.mjs';
import { browserWith, removeProfiles } from './bench_browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.HANGUP_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const PAGES = Number(process.argv[2] ?? 8);
const FRAMES = Number(process.argv[3] ?? 100);
const ROUNDS = Number(process.argv[4] ?? 5);
const builds = (process.argv.slice(5).length ? process.argv.slice(5) : [`hangup=${path.join(ROOT, 'dist/chromium')}`]).map((a) => {
  const [label, dir] = a.includes('=') ? a.split('=') : [path.basename(a), a];
  return { label, dir: path.resolve(dir) };
});

// The constants and `unruled` as the source has them (the build's scripts are minified).
const content = readFileSync(path.join(ROOT, 'extension/content/content.js'), 'utf8');
const delay = (name) => Number(content.match(new RegExp(`const ${name} = (\\d+);`))?.[1]);
const HELD = [delay('HELD_PARSE_MS'), delay('HELD_PARSE_MAX_MS')];
if (!HELD.every((d) => d > 0)) throw new Error('HELD_PARSE_MS / HELD_PARSE_MAX_MS not found in content.js');
const host = readFileSync(path.join(ROOT, 'extension/content/overlay_host.js'), 'utf8');
const UNRULED = host.match(/\n( *)function unruled\(\) \{\n[\s\S]*?\n\1\}\n/)?.[0];
if (!UNRULED) throw new Error('function unruled() not found in overlay_host.js');

const q = (xs, p) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null;
};
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const r3 = (x) => (x == null ? null : Math.round(x * 1000) / 1000);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

// --- 2. unruled() against the two throws, in a probe extension's isolated world ---------------
const probeDir = mkdtempSync(path.join(tmpdir(), 'hangup-bench-probe-'));
writeFileSync(path.join(probeDir, 'manifest.json'), JSON.stringify({
  manifest_version: 3, name: 'timer_nav_cost probe', version: '1',
  content_scripts: [{ matches: ['<all_urls>'], js: ['probe.js'], run_at: 'document_start', all_frames: true }],
}));
writeFileSync(path.join(probeDir, 'probe.js'), `(() => {
  if (window === window.top) return;
${UNRULED}
  // The twenty-first session's check in a frame whose top and parent are of another origin.
  function throws() {
    try {
      if (window.top['hangup-probe-mark']) return true;
    } catch {
      /* SecurityError */
    }
    try {
      return !!window.parent.document.documentElement;
    } catch {
      return false;
    }
  }
  const ops = [['empty', () => false], ['unruled', unruled], ['throws', throws]];
  const turn = Number(new URLSearchParams(location.search).get('i')) % ops.length;
  const order = [...ops.slice(turn), ...ops.slice(0, turn)];
  const first = {}, again = {};
  for (const [k, f] of order) { const t0 = performance.now(); f(); first[k] = performance.now() - t0; }
  for (const [k, f] of order) { const t0 = performance.now(); f(); again[k] = performance.now() - t0; }
  window.top.postMessage({ probe: { first, again, coi: globalThis.crossOriginIsolated === true } }, '*');
})();
`);
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-resource-policy': 'cross-origin' };
const top = `<!doctype html><title>frames</title><body><script>
const res = [];
addEventListener('message', (e) => { if (e.data?.probe) { res.push(e.data.probe); if (res.length === ${FRAMES}) document.title = 'done'; } });
for (let i = 0; i < ${FRAMES}; i++) {
  const f = document.createElement('iframe');
  f.src = 'https://frames.example/f?i=' + i; f.width = 10; f.height = 10; f.allow = 'cross-origin-isolated';
  document.body.append(f);
}
window.res = res;
</script></body>`;
const server = await startServer((h, pathname) => {
  if (h === 'top.example') return { body: top, headers: ISOLATED };
  if (h === 'frames.example') return { body: '<!doctype html><p>frame</p>', headers: ISOLATED };
  if (h === 'broad.example') return { root: path.join(CORPUS, 'broad'), pathOverride: pathname };
  return null;
});
console.log(`# timer_nav_cost ${new Date().toISOString()}, load average ${load()}; ${PAGES} pages, ${FRAMES} frames x ${ROUNDS} rounds, ${builds.map((b) => `${b.label}=${b.dir}`).join(' ')}`);

const nav = { first: {}, again: {} };
let isolated = 0, frames = 0;
{
  const ctx = await browserWith(probeDir, server.port);
  const page = await ctx.newPage();
  for (let r = 0; r < ROUNDS; r++) {
    await page.goto('https://top.example/', { timeout: 60000 });
    await page.waitForFunction(() => document.title === 'done', null, { timeout: 120000 });
    for (const p of await page.evaluate(() => window.res)) {
      frames++;
      if (p.coi) isolated++;
      for (const w of ['first', 'again']) for (const [k, v] of Object.entries(p[w])) (nav[w][k] ??= []).push(v * 1000);
    }
  }
  await ctx.close();
}
for (const w of ['first', 'again']) {
  const m = Object.fromEntries(Object.entries(nav[w]).map(([k, v]) => [k, { median_us: r3(q(v, 0.5)), mean_us: r3(mean(v)), p90_us: r3(q(v, 0.9)) }]));
  // Less the timing pair itself (`empty`), the check's own cost; the ratio of the means (the
  // first call's tail is long), and of the medians.
  const own = (k) => mean(nav[w][k]) - mean(nav[w].empty);
  console.log(JSON.stringify({ bench: `sub-frame check, ${w} call, isolated world at document_start`, frames, cross_origin_isolated: isolated, ...m,
    unruled_less_empty_us: r3(own('unruled')), throws_less_empty_us: r3(own('throws')), ratio_unruled_to_throws: r3(own('unruled') / own('throws')),
    ratio_of_medians: r3(q(nav[w].unruled, 0.5) / q(nav[w].throws, 0.5)) }));
}

// --- 1. the held-parse timers, HangUp's build, broad pages -----------------------------------
const rows = readFileSync(path.join(CORPUS, 'broad/MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((r) => r.split('\t')[0]);
const files = rows.filter((_, i) => i % Math.max(1, Math.floor(rows.length / PAGES)) === 0).slice(0, PAGES);
const WAIT_MS = HELD[1] + 1500;
const ours = (url) => /^chrome-extension:\/\/[^/]+\/content\/content\.js$/.test(url ?? '');

/** Thread µs of each firing of the content script's held-parse timers in `events`, by frame. */
function heldTimers(events) {
  const armed = new Set();
  for (const e of events) {
    if (e.name !== 'TimerInstall') continue;
    const d = e.args?.data ?? {};
    const by = (d.stackTrace ?? d.stack ?? [])[0];
    if (HELD.includes(d.timeout) && by && ours(by.url)) armed.add(`${d.frame}:${d.timerId}`);
  }
  const fires = events.filter((e) => e.ph === 'X' && e.name === 'TimerFire' && armed.has(`${e.args?.data?.frame}:${e.args?.data?.timerId}`));
  const each = fires.map((e) => e.tdur ?? e.dur);
  return { armed: armed.size, fired: fires.length, us: each.reduce((a, b) => a + b, 0), each };
}

for (const b of builds) Object.assign(b, { ctx: await browserWith(b.dir, server.port), timers: [], fired: [] });
async function measure(b, f) {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: `${TRACE_CATEGORIES},disabled-by-default-devtools.timeline.stack`, transferMode: 'ReportEvents' });
  await page.goto(`https://broad.example/${f.split('/').map(encodeURIComponent).join('/')}`, { waitUntil: 'load', timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(WAIT_MS);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const t = heldTimers(events);
  const all = extensionCpuMs(events).ms;
  b.fired.push(...t.each);
  b.timers.push({ ...t, all_ms: all, share: t.us / 1000 / all });
}
for (const [i, f] of files.entries()) {
  for (let k = 0; k < builds.length; k++) await measure(builds[(i + k) % builds.length], f);
}
for (const b of builds) {
  await b.ctx.close();
  const { timers, fired } = b;
  console.log(JSON.stringify({ build: b.label, bench: `held-parse timers (${HELD.join(' and ')} ms) per page, all frames, thread time`, pages: timers.length,
    armed_median: q(timers.map((t) => t.armed), 0.5), fired_median: q(timers.map((t) => t.fired), 0.5),
    fire_us_median: r3(q(fired, 0.5)), fire_us_p90: r3(q(fired, 0.9)),
    timers_us_median: r3(q(timers.map((t) => t.us), 0.5)), timers_us_p90: r3(q(timers.map((t) => t.us), 0.9)),
    content_scripts_ms_median: r3(q(timers.map((t) => t.all_ms), 0.5)),
    ratio_timers_to_content_scripts_median: r3(q(timers.map((t) => t.share), 0.5)), ratio_p90: r3(q(timers.map((t) => t.share), 0.9)),
    per_page: timers.map((t) => [t.armed, t.fired, Math.round(t.us), r3(t.all_ms)]) }));
}
console.log(`# done ${new Date().toISOString()}, load average ${load()}`);
removeProfiles();
rmSync(probeDir, { recursive: true, force: true });
await server.close();

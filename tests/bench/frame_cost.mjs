// What HangUp costs a page made of many frames (ads, sync pixels, embeds), side by side in one
// run: an invented news article with 11 sub-frames of the kinds ordinary pages carry, the
// same article with none, and the same with no frame and a ticker moved by script every animation
// frame (a style change each frame, as carousels and tickers do), loaded in headless Chromium with each build given, in rotating order,
// and the content scripts' thread time read from a Chrome trace (as page_cost.mjs does with
// HANGUP_BENCH_CLOCK=cpu: injections, calls, message deliveries). A frame's cost is the page's
// with frames less the page's without, over the 11 frames (per-page medians of each).
//
//   node tests/bench/frame_cost.mjs [rounds=20] [label=DIR ...]       (default: dist/chromium)
//
// The sub-frames (all invented, served from memory by the test server):
//   3 ad slots 300×250 of another site: a linked image, no text, a script that swaps the slide's
//     class every second (an ad rotating; two below the article), or moves it with
//     requestAnimationFrame (its style, every frame: an HTML5 ad's animation; one in view at the
//     top: offscreen frames get no animation frames); each holds a 1×1 sync pixel frame of a
//     third site;
//   2 user-sync frames (display:none, and 0×0), empty but for a script;
//   1 friendly ad frame (about:blank, written by the page: an image);
//   1 video embed 560×315 (a title, a play button, a duration: text);
//   1 social button frame ('Like 1.2K': text).
// Each page's figure is its median over the rounds; 'animated' less 'plain' is what a page's own
// endless animation costs HangUp over 3 s.
// HANGUP_BENCH_WAIT_MS: how long each page stays after load (default 3000: the first timed
// re-read at 2.5 s included). Prints one JSON line per measure and build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { TRACE_CATEGORIES, extensionCpuMs, workerCpuMs } from './trace_cpu.mjs';
import { browserWith, removeProfiles } from './bench_browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = Number(process.argv[2] ?? 20);
const WAIT_MS = Number(process.env.HANGUP_BENCH_WAIT_MS ?? 3000);
const builds = (process.argv.slice(3).length ? process.argv.slice(3) : [`hangup=${path.join(ROOT, 'dist/chromium')}`]).map((a) => {
  const [label, dir] = a.includes('=') ? a.split('=') : [path.basename(a), a];
  return { label, dir: path.resolve(dir) };
});

const SUB_FRAMES = 11;
const ARTICLE = Array.from({ length: 12 }, (_, i) => `<p>The council's transport committee met on Tuesday to discuss item ${i + 1} of the spring
programme: new cycle lanes along the river road, longer opening hours at the central library and a
pilot of later buses on weekend nights. Residents who spoke at the meeting asked for safer crossings
near the primary school, and the committee agreed to publish a full report before the next session.</p>`).join('\n');
const SLIDE = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="250"><rect width="300" height="250" fill="#dde"/><circle cx="150" cy="125" r="60" fill="#88a"/></svg>');
const TICKER = `<div id="ticker" style="position:relative;white-space:nowrap">Markets: shares up 0.3 %, pound steady, rain later in the west</div>
<script>{const t=document.getElementById('ticker');const step=(x)=>{t.style.left=Math.round(40*Math.sin(x/500))+'px';requestAnimationFrame(step);};requestAnimationFrame(step);}</script>`;
const page = (frames, animated = false) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council backs new cycle lanes | Riverside Gazette</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:960px;margin:0 auto;padding:0 16px}aside iframe{display:block;margin:8px 0;border:0}</style></head>
<body>${frames ? '<iframe src="https://ads.example/slot?n=3" width="300" height="250" style="border:0;float:right"></iframe>' : ''}
<header><h1>Council backs new cycle lanes and later weekend buses</h1><p>By a staff reporter · 3 December</p></header>
${animated ? TICKER : ''}<main>${ARTICLE}</main>
${frames ? `<aside>
<iframe src="https://ads.example/slot?n=1" width="300" height="250"></iframe>
<iframe src="https://ads.example/slot?n=2" width="300" height="250"></iframe>
<iframe src="https://sync.example/usersync" style="display:none"></iframe>
<iframe src="https://match.example/usersync" width="0" height="0"></iframe>
<iframe id="friendly" width="300" height="250"></iframe>
<iframe src="https://video.example/embed/riverside-lanes" width="560" height="315"></iframe>
<iframe src="https://social.example/plugins/like?href=riverside" width="120" height="28"></iframe>
</aside>
<script>{const d=document.getElementById('friendly').contentDocument;d.open();d.write('<body style="margin:0"><a href="https://shop.example/"><img src="${SLIDE}" width="300" height="250" alt=""></a></body>');d.close();}</script>` : ''}
<footer><p>© Riverside Gazette</p></footer></body></html>`;
const FRAME_DOCS = {
  'ads.example/slot': `<!doctype html><body style="margin:0"><a href="https://shop.example/"><img src="${SLIDE}" width="300" height="250" alt=""></a>
<iframe src="https://pixel.example/px" width="1" height="1" style="border:0;position:absolute"></iframe>
<script>if (location.search === '?n=3') { const img = document.images[0]; const step = (t) => { img.style.transform = 'translateX(' + Math.round(10 * Math.sin(t / 300)) + 'px)'; requestAnimationFrame(step); }; requestAnimationFrame(step); }
else setInterval(() => document.body.classList.toggle('next'), 1000);</script></body>`,
  'pixel.example/px': '<!doctype html><body><script>void navigator.userAgent;</script></body>',
  'sync.example/usersync': '<!doctype html><body><script>document.cookie="uid=42; SameSite=None; Secure";</script></body>',
  'match.example/usersync': '<!doctype html><body><script>document.cookie="uid=43; SameSite=None; Secure";</script></body>',
  'video.example/embed/riverside-lanes': `<!doctype html><body style="margin:0;background:#000;color:#fff;font:14px sans-serif">
<div style="padding:8px">Riverside Gazette · Council backs new cycle lanes</div><button>▶ Play</button><span>2:41</span></body>`,
  'social.example/plugins/like': '<!doctype html><body style="margin:0;font:12px sans-serif"><button>Like</button> <span>1.2K</span></body>',
};

const server = await startServer((host, pathname) => {
  if (host === 'news.example') return { body: page(pathname === '/frames', pathname === '/animated') };
  const body = FRAME_DOCS[`${host}${pathname}`];
  return body ? { body } : null;
});

// HANGUP_BENCH_BY=function: the V8 sampling profiler (50 µs) instead of the trace, its samples
// charged to the innermost extension function on their stack (wall time: a busy machine inflates
// it), to find which functions a frame's cost is made of.
const BY_FUNCTION = process.env.HANGUP_BENCH_BY === 'function';
function byFunction(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const fn = (id) => {
    if (memo.has(id)) return memo.get(id);
    const f = byId.get(id).callFrame;
    const own = /^(chrome|moz)-extension:/.test(f.url) ? `${f.url.replace(/^[a-z-]+:\/\/[^/]+\//, '')}:${f.functionName || '(top level)'}:${f.lineNumber + 1}` : null;
    const v = own ?? (parent.has(id) ? fn(parent.get(id)) : null);
    memo.set(id, v);
    return v;
  };
  let ms = 0;
  const by = {};
  for (let i = 0; i < profile.samples.length; i++) {
    const k = fn(profile.samples[i]);
    if (!k) continue;
    const d = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    ms += d;
    by[k] = (by[k] ?? 0) + d;
  }
  return { ms, by };
}

async function measure(ctx, url) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  if (BY_FUNCTION) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 20000 }).catch(() => {});
    await page.waitForTimeout(WAIT_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const frames = page.frames().length;
    await page.close();
    return { ...byFunction(profile), frames, injections: 0 };
  }
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load', timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(WAIT_MS);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  const frames = page.frames().length;
  await page.close();
  if (process.env.HANGUP_BENCH_DUMP) (await import('node:fs')).writeFileSync(`${process.env.HANGUP_BENCH_DUMP}/${url.split('/').pop()}-${Date.now()}.json`, JSON.stringify(events));
  const injections = events.filter((e) => e.ph === 'X' && e.name === 'ScriptInjection::InjectJs').length;
  return { ...extensionCpuMs(events), worker: workerCpuMs(events), frames, injections };
}

const ctxs = [];
const PAGES = { plain: 'without frames', framed: `with ${SUB_FRAMES} sub-frames`, animated: 'without frames, with a ticker moved every animation frame' };
const PATHS = { plain: 'plain', framed: 'frames', animated: 'animated' };
for (const b of builds) ctxs.push({ ...b, ctx: await browserWith(b.dir, server.port), plain: [], framed: [], animated: [], worker: { plain: [], framed: [], animated: [] }, dispatches: { plain: [], framed: [], animated: [] }, by: { plain: {}, framed: {}, animated: {} }, frames: [], injections: [] });
// Warm each browser's worker and caches once.
for (const c of ctxs) await measure(c.ctx, 'https://news.example/frames');
for (let i = 0; i < ROUNDS; i++) {
  const order = [...ctxs];
  for (let k = 0; k < i % order.length; k++) order.push(order.shift());
  const pages = Object.keys(PAGES);
  for (let k = 0; k < i % pages.length; k++) pages.push(pages.shift());
  for (const which of pages) {
    for (const c of order) {
      const r = await measure(c.ctx, `https://news.example/${PATHS[which]}`);
      c[which].push(r.ms);
      if (r.worker) {
        c.worker[which].push(r.worker.ms);
        c.dispatches[which].push(r.worker.dispatches);
      }
      const by = c.by[which];
      for (const k of new Set([...Object.keys(by), ...Object.keys(r.by)])) (by[k] ??= Array(c[which].length - 1).fill(0)).push(r.by[k] ?? 0);
      if (which === 'framed') {
        c.frames.push(r.frames);
        c.injections.push(r.injections);
      }
    }
  }
}
const q = (x, p) => {
  const s = [...x].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : NaN;
};
const r3 = (x) => +x.toFixed(3);
for (const c of ctxs) {
  for (const which of Object.keys(PAGES)) {
    console.log(JSON.stringify({ build: c.label, bench: `content scripts ${BY_FUNCTION ? 'ms (sampler)' : 'CPU'} per page, article ${PAGES[which]}`,
      rounds: c[which].length, median: r3(q(c[which], 0.5)), p90: r3(q(c[which], 0.9)) }));
    if (c.worker[which].length) console.log(JSON.stringify({ build: c.label, bench: `service worker CPU per page, article ${PAGES[which]}`, median: r3(q(c.worker[which], 0.5)), p90: r3(q(c.worker[which], 0.9)), events_dispatched: q(c.dispatches[which], 0.5) }));
    for (const [k, v] of Object.entries(c.by[which]).sort((a, b) => q(b[1], 0.5) - q(a[1], 0.5)).slice(0, BY_FUNCTION ? 25 : Infinity)) console.log(JSON.stringify({ build: c.label, bench: `  of which ${k}`, median: r3(q(v, 0.5)), p90: r3(q(v, 0.9)) }));
  }
  console.log(JSON.stringify({ build: c.label, bench: 'per sub-frame: (median with frames - median without) / sub-frames', ms: r3((q(c.framed, 0.5) - q(c.plain, 0.5)) / SUB_FRAMES),
    frames_seen: q(c.frames, 0.5), injections: q(c.injections, 0.5) }));
  if (c.worker.framed.length) console.log(JSON.stringify({ build: c.label, bench: 'service worker per sub-frame: (median with frames - median without) / sub-frames', ms: r3((q(c.worker.framed, 0.5) - q(c.worker.plain, 0.5)) / SUB_FRAMES) }));
}
// Each later build paired with the first round by round (the same moment of the machine's load):
// median of the differences, for the content scripts and the service worker, on the framed page.
for (const c of ctxs.slice(1)) {
  const d = (a, b) => a.map((x, i) => x - b[i]).filter((x) => Number.isFinite(x));
  console.log(JSON.stringify({ build: c.label, bench: `paired with ${ctxs[0].label}, article with ${SUB_FRAMES} sub-frames: median of the per-round differences`,
    content_ms: r3(q(d(c.framed, ctxs[0].framed), 0.5)), worker_ms: r3(q(d(c.worker.framed, ctxs[0].worker.framed), 0.5)),
    worker_ms_plain: r3(q(d(c.worker.plain, ctxs[0].worker.plain), 0.5)) }));
}
for (const c of ctxs) await c.ctx.close();
removeProfiles();
await server.close();

// How long a scam page is on screen before HangUp covers it: first contentful paint of the page
// (the scam's text is on screen) -> warning visible (the cover is in the page and a frame has
// been presented) and -> warning painted (the warning's own text painted in its frame).
// Cold and warm, in Chromium and Firefox, on the project's own scam fixtures:
//   - first start (a new profile, HangUp just installed) and browser restart (a profile HangUp was
//     installed in before): the scam page opened as soon as the extension's
//     background exists (the first scam page after the browser starts);
//   - worker stopped (Chromium): the service worker stopped through CDP before each page, so the
//     page's message has to start it (Wasm compile, lexicon, automaton, all on the path);
//     background suspended (Firefox): the event page's idle timeout set to 1 s and waited out;
//   - warm: the same browser, one page after another.
// Chromium reads the warning frame's own paint timing (Playwright reaches the extension frame);
// Firefox cannot reach a frame inside a closed shadow root, so it reports "visible" only.
// "headline": the warning's headline on screen. A build whose cover paints the headline itself,
// under the frame (overlay_host.js `staticCard`, fifteenth session), shows it when "visible";
// an older build only when its frame has painted.
//   node tests/bench/warning_time.mjs [--browsers chromium,firefox] [--cold 10] [--restart 10] [--stopped 10]
//                                     [--ff-stopped 10] [--warm 20] [--dist DIR] [--verbose]
// --dist: another built dist/ (with chromium/ and hangup-firefox.zip) to measure, e.g. a copy of main's.
// Prints one JSON line per browser and case; run.mjs calls measureWarnings() for its summary.
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { launch, waitFor, DIST } from '../lib/browsers.mjs';
import { FIXTURES } from '../lib/fixtures.mjs';

/** Our own invented scam pages (555 numbers), each served under a host of its own. */
const PAGES = ['scam-defender.html', 'scam-de.html', 'scam-ja.html', 'scam-fullscreen.html'];
const WAIT_MS = Number(process.env.HANGUP_BENCH_WAIT_MS ?? 10000);

// Put first into every served page: records the page's first contentful paint and when the
// warning's host element arrived and was presented (two animation frames later), in the page's
// clock. A page script like any other: it sees the host element, never the warning inside.
const PROBE = `<script>(() => {
  const r = window.__hangupBench = { fcp: null, inserted: null, visible: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') r.fcp = e.startTime; })
    .observe({ type: 'paint', buffered: true });
  new MutationObserver((recs, obs) => {
    for (const rec of recs) for (const n of rec.addedNodes) {
      if (n.nodeName !== 'HANGUP-WARNING' || r.inserted !== null) continue;
      r.inserted = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { r.visible = performance.now(); }));
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
})();</script>`;

export async function startProbeServer() {
  return startServer((host, pathname) => {
    if (pathname === '/beep.wav') return { status: 204, body: '' };
    const name = path.basename(pathname);
    if (!PAGES.includes(name)) return null;
    const html = readFileSync(path.join(FIXTURES, name), 'utf8');
    // After <head> (or at the very start): before any of the page's own content is parsed.
    const body = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + PROBE) : PROBE + html;
    return { status: 200, body, headers: { 'cache-control': 'no-store' } };
  });
}

let serial = 0;
/** A fresh host per page: nothing the browser or HangUp keeps per site carries over. */
function nextUrl() {
  const n = serial++;
  return `https://alert-${n}-${Date.now().toString(36)}.pc-check.example/${PAGES[n % PAGES.length]}`;
}

const q = (xs, p) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : null;
};
export function summarise(samples, key) {
  const xs = samples.map((s) => s[key]).filter((v) => v !== undefined);
  const ok = xs.filter((v) => v !== null && Number.isFinite(v));
  if (!xs.length) return null;
  // A page never warned within WAIT_MS counts as WAIT_MS in the quantiles (never as fast).
  const all = xs.map((v) => (v === null || !Number.isFinite(v) ? WAIT_MS : v));
  return { n: xs.length, missed: xs.length - ok.length, median: round(q(all, 0.5)), p90: round(q(all, 0.9)), max: round(q(all, 1)) };
}
const round = (v) => (v === null ? null : Math.round(v));

// ---------------------------------------------------------------------------------------------
// Chromium
async function chromiumSample(browser) {
  const page = await browser.context.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  await page.goto(nextUrl(), { waitUntil: 'commit', timeout: 20000 }).catch(() => {});
  const ext = () => page.frames().find((f) => f.url().startsWith(browser.extBase));
  // Done when the warning frame has painted its text (or nothing came within WAIT_MS).
  const painted = await waitFor(async () => {
    const f = ext();
    if (!f) return null;
    return f.evaluate(() => {
      const p = performance.getEntriesByName('first-contentful-paint')[0];
      return p ? { origin: performance.timeOrigin, fcp: p.startTime } : null;
    });
  }, WAIT_MS, 20);
  await waitFor(() => page.evaluate(() => window.__hangupBench?.visible !== null || !window.__hangupBench?.inserted), 2000, 20);
  const r = await page.evaluate(() => ({ ...window.__hangupBench, origin: performance.timeOrigin })).catch(() => null);
  await page.close().catch(() => {});
  return sample(r, painted, headlineInCover);
}

let headlineInCover = false; // of the build measured (measureWarnings)
/** Does this build's cover paint the headline itself (before its frame loads)? */
function coverHasHeadline(dist) {
  const file = path.join(dist, 'chromium', 'content', 'overlay_host.js');
  // (its style's card rule: a string, which tools/minify_js.mjs keeps as written, unlike a name)
  return existsSync(file) && /staticCard\(|\.headline\{font-size/.test(readFileSync(file, 'utf8'));
}

function sample(r, painted, headlineInCover) {
  if (!r || r.fcp === null) return { visible: null, painted: null, headline: null };
  const out = { visible: r.visible !== null ? r.visible - r.fcp : null };
  // Both clocks are Unix-epoch based (timeOrigin): the frame's paint in the page's clock.
  if (painted !== undefined) out.painted = painted ? painted.origin + painted.fcp - (r.origin + r.fcp) : null;
  if (headlineInCover) out.headline = out.visible;
  else if (painted !== undefined) out.headline = out.painted;
  return out;
}

/** Stops the extension's service worker through CDP and waits until it is gone. */
export async function stopServiceWorker(browser) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const current = async () => (await cdp.send('Target.getTargets')).targetInfos
    .find((t) => t.type === 'service_worker' && t.url.startsWith(browser.extBase));
  let stopped = false;
  for (let attempt = 0; attempt < 4 && !stopped; attempt++) {
    const sw = await current();
    if (!sw) {
      stopped = true;
      break;
    }
    await cdp.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => {});
    stopped = await waitFor(async () => (await current())?.targetId !== sw.targetId, 2500);
  }
  await cdp.detach().catch(() => {});
  await page.close();
  return stopped;
}

async function chromium({ cold, restart, stopped, warm, port, log, dist }) {
  const out = { first_start: [], browser_restart: [], worker_stopped: [], warm: [] };
  // The first start after install (a new profile); the last browser goes on for the warm and
  // worker-stopped cases.
  let b;
  for (let i = 0; i < Math.max(cold, 1); i++) {
    await b?.close();
    b = await launch('chromium', { dist, proxyPort: port });
    const s = await chromiumSample(b);
    if (i < cold) out.first_start.push(s);
    log?.('chromium first start', s);
  }
  for (let i = 0; i < warm; i++) out.warm.push(await chromiumSample(b));
  for (let i = 0; i < stopped; i++) {
    if (!(await stopServiceWorker(b))) continue;
    out.worker_stopped.push(await chromiumSample(b));
    log?.('chromium worker stopped', out.worker_stopped.at(-1));
  }
  await b.close();
  if (restart) {
    // A person starting the browser where HangUp was installed before: the same profile again.
    const profile = mkdtempSync(path.join(tmpdir(), 'hangup-bench-restart-'));
    b = await launch('chromium', { dist, proxyPort: port, profile });
    await chromiumSample(b);
    await b.close();
    for (let i = 0; i < restart; i++) {
      b = await launch('chromium', { dist, proxyPort: port, profile });
      out.browser_restart.push(await chromiumSample(b));
      await b.close();
      log?.('chromium browser restart', out.browser_restart.at(-1));
    }
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Firefox (Selenium): the page's own clock only.
async function firefoxSample(browser) {
  const tab = await browser.open();
  // 'none' page-load strategy is not needed: get() returns at load, the probe keeps the times.
  await tab.goto(nextUrl());
  await waitFor(() => tab.eval(() => window.__hangupBench && window.__hangupBench.visible !== null), WAIT_MS, 20);
  const r = await tab.eval(() => window.__hangupBench ?? null).catch(() => null);
  await tab.close().catch(() => {});
  return sample(r, undefined, headlineInCover);
}

async function firefox({ cold, stopped, warm, port, log, dist }) {
  // Selenium starts Firefox on a new profile and installs HangUp each time: a first start.
  const out = { first_start: [], background_suspended: [], warm: [] };
  let b;
  for (let i = 0; i < Math.max(cold, 1); i++) {
    await b?.close();
    b = await launch('firefox', { dist, proxyPort: port });
    const s = await firefoxSample(b);
    if (i < cold) out.first_start.push(s);
    log?.('firefox first start', s);
  }
  for (let i = 0; i < warm; i++) out.warm.push(await firefoxSample(b));
  await b.close();
  if (stopped) {
    // The event page is suspended after 1 s without events (default 30 s).
    b = await launch('firefox', { dist, proxyPort: port, prefs: { 'extensions.background.idle.timeout': 1000 } });
    await firefoxSample(b);
    for (let i = 0; i < stopped; i++) {
      await new Promise((ok) => setTimeout(ok, 2500));
      out.background_suspended.push(await firefoxSample(b));
      log?.('firefox background suspended', out.background_suspended.at(-1));
    }
    await b.close();
  }
  return out;
}

/** Runs the cases; returns { browser: { case: samples[] } }. */
export async function measureWarnings({ browsers = ['chromium', 'firefox'], cold = 10, restart = cold, stopped = 10, firefoxStopped = stopped, warm = 20, log, dist = DIST } = {}) {
  const server = await startProbeServer();
  headlineInCover = coverHasHeadline(dist);
  const results = {};
  try {
    for (const name of browsers) {
      const run = name === 'chromium' ? chromium : firefox;
      results[name] = await run({ cold, restart, stopped: name === 'firefox' ? firefoxStopped : stopped, warm, port: server.port, log, dist });
    }
  } finally {
    await server.close();
  }
  return results;
}

export function report(results, print = console.log) {
  for (const [browser, cases] of Object.entries(results)) {
    for (const [name, samples] of Object.entries(cases)) {
      if (!samples.length) continue;
      for (const key of ['visible', 'painted', 'headline']) {
        const s = summarise(samples, key);
        if (s) print(JSON.stringify({ bench: `first contentful paint -> warning ${key} (ms)`, browser, case: name, ...s }));
      }
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
  const results = await measureWarnings({
    browsers: opt('browsers', 'chromium,firefox').split(','),
    cold: Number(opt('cold', 10)),
    stopped: Number(opt('stopped', 10)),
    restart: Number(opt('restart', opt('cold', 10))),
    firefoxStopped: Number(opt('ff-stopped', opt('stopped', 10))),
    warm: Number(opt('warm', 20)),
    dist: path.resolve(opt('dist', DIST)),
    log: args.includes('--verbose') ? (...a) => console.error(...a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))) : undefined,
  });
  report(results);
}

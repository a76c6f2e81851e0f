// Where the first warning's time goes, step by step (docs/BENCHMARKS.md, "The first warning, cold
// and warm"): makes a copy of each given build with timestamps added (content script, MAIN world,
// service worker; the warning frame's own navigation and paint timing are read as they are), then
// alternates the builds restart by restart in Chromium and prints each step's median / p90.
// A measuring tool, never shipped: the marks are string patches of the built files and fail
// loudly when the code they patch has moved.
//   node tests/bench/warning_trace.mjs [--restart 14] [--warm 8] [--stopped 0] [--cold 0] [DIST ...]   (default: dist/)
// --stopped N: N pages each after the service worker was stopped through CDP (the page's message
// starts it: the worker's own start, Wasm and warm-up analysis are then on the path).
// --cold N: N first starts (a new profile each: HangUp just installed, nothing kept from before).
// A DIST is a built dist/ directory (e.g. a copy of main's, to set a change against it).
import { cpSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startProbeServer, stopServiceWorker } from './warning_time.mjs';
import { launch, waitFor, DIST } from '../lib/browsers.mjs';
import { fileURLToPath } from 'node:url';
import { MINIFIED } from '../../tools/minify_js.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : dflt);
const RESTARTS = opt('restart', 14);
const WARM = opt('warm', 8);
const STOPPED = opt('stopped', 0);
const COLD = opt('cold', 0);
const dists = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dists.length) dists.push(DIST);

// performance.now() marks of the isolated world, kept on the root element for the probe to read.
const MARK = `globalThis.__hgT ||= (n) => { const m = (globalThis.__hgM ||= {}); if (!(n in m)) m[n] = performance.now();
  try { document.documentElement?.setAttribute('data-hangup-trace', JSON.stringify(m)); } catch {} };\n`;
const PATCHES = {
  'content/overlay_host.js': [
    ["'use strict';", "'use strict';\n" + MARK],
    ['this.root.append(host);', 'this.root.append(host); __hgT("append");'],
    ['      this.guard.takeRecords();\n', '      this.guard.takeRecords(); __hgT("guarded");\n'],
    ['      this.takeTab();\n      this.check();\n', '      this.takeTab(); __hgT("tab");\n      this.check(); __hgT("checked");\n'],
    ['      this.focus();\n      const tick', '      this.focus(); __hgT("mounted");\n      const tick'],
  ],
  'content/content.js': [
    ['\n    beat(0);', '\n    __hgT("start"); beat(0);'],
    ['      const g = attacked ? null : hangupGlance(recheck);', '      __hgT("read"); const g = attacked ? null : hangupGlance(recheck);'],
    ['        asked = await send({ url: g.url, title: g.title, text: g.text, tel_links: g.tel_links }, true);', '        __hgT("glanceSent"); asked = await send({ url: g.url, title: g.title, text: g.text, tel_links: g.tel_links }, true); __hgT("glanceBack");'],
    ['await send(snapshot, false);', '__hgT("sendFull"); await send(snapshot, false);'],
    ['    if (warned) return;\n    warned = true;', '    __hgT("warn"); if (warned) return;\n    warned = true;'],
  ],
  'content/main_world.js': [
    ['    if (neutralised) return;\n    neutralised = true;', '    if (neutralised) return; window.__hgN = [performance.now()];\n    neutralised = true;'],
    ['      }\n    }\n    sweep();', '      }\n    }\n    window.__hgN.push(performance.now());\n    sweep();'],
  ],
  'background/background.js': [
    ["import init, { analyse } from '../wasm/hangup.js';", "self.__hgSW = [];\nimport init, { analyse } from '../wasm/hangup.js';\nself.__hgStart = { script: Date.now() };"],
    ["const wasmReady = init({ module_or_path: api.runtime.getURL('wasm/hangup_bg.wasm') })\n  .then(() => analyse(", "const wasmReady = init({ module_or_path: api.runtime.getURL('wasm/hangup_bg.wasm') })\n  .then(() => { self.__hgStart.wasm = Date.now(); }).then(() => analyse("],
    ["watchSettings();\n", "wasmReady.then(() => { self.__hgStart.warmedUp = Date.now(); });\nwatchSettings();\n"],
    ['  const [settings] = await Promise.all([quickSettings(), wasmReady]);\n', '  const [settings] = await Promise.all([quickSettings(), wasmReady]); __r.settled = Date.now();\n'],
    ['async function onAnalyse(msg, sender) {\n', 'async function onAnalyse(msg, sender) {\n  const __r = { glance: msg.glance, t0: Date.now() }; self.__hgSW.push(__r); if (self.__hgSW.length > 50) self.__hgSW.shift();\n'],
    ['  msg = await withAuthPrompts(msg, sender); // HTTP auth', '  msg = await withAuthPrompts(msg, sender); __r.auth = Date.now(); // HTTP auth'],
    ['    return { look: true, warn: false, ...readOf(verdict) };', '    __r.answered = Date.now(); return { look: true, warn: false, ...readOf(verdict) };'],
    ['  const verdict = analyse(msg.snapshot, { strict: settings.strict });', '  const verdict = analyse(msg.snapshot, { strict: settings.strict }); __r.analysed = Date.now();'],
    ["    api.tabs.sendMessage(tabId, { what: MSG.warn, kind: kindOf(merged) }).catch(() => {});\n", "    api.tabs.sendMessage(tabId, { what: MSG.warn, kind: kindOf(merged) }).catch(() => {}); __r.warnSent = Date.now();\n"],
  ],
  'background/settings.js': [
    ['    return (await api.storage.managed.get(null)) ?? {};', '    const __p = (await api.storage.managed.get(null)) ?? {}; (self.__hgStart ||= {}).policy ??= Date.now(); return __p;'],
  ],
};
// The warning frame's first classic script, as overlay.html names it (a variant may bundle its scripts): a mark when it starts.
const frameScript = (dir) => {
  const src = readFileSync(path.join(dir, 'pages/overlay.html'), 'utf8').match(/<script src="([^"]+)"[^>]*>/)?.[1];
  if (!src) throw new Error(`${dir}: overlay.html has no classic script to mark`);
  return path.join(dir, 'pages', src);
};

function traced(dist, into) {
  cpSync(dist, into, { recursive: true });
  const dir = path.join(into, 'chromium');
  for (const [file, pairs] of Object.entries(PATCHES)) {
    let s = readFileSync(path.join(dir, file), 'utf8');
    // A script build.sh minified (tools/minify_js.mjs: other names, no text to patch): its source,
    // this tree's (a little more to compile than the minified file the build ships).
    if (MINIFIED.includes(file) && !s.includes(pairs[1][0].trim())) {
      console.error(`${dist}: ${file} is minified: traced from ${path.join(ROOT, 'extension', file)}`);
      s = readFileSync(path.join(ROOT, 'extension', file), 'utf8');
    }
    for (const [from, to] of pairs) {
      if (s.includes(from)) {
        s = s.replace(from, to);
        continue;
      }
      // A build whose content scripts build.sh stripped (tools/strip_js.mjs: no comments, no
      // indentation): the same tokens, any whitespace between them.
      const loose = new RegExp(from.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
      if (!loose.test(s) || /\/\/|\/\*/.test(from)) throw new Error(`${dist}: ${file} has moved on, update the patch for: ${from.slice(0, 60)}`);
      s = s.replace(loose, () => to);
    }
    writeFileSync(path.join(dir, file), s);
  }
  const first = frameScript(dir);
  writeFileSync(first, `performance.mark('first script');\n${readFileSync(first, 'utf8')}`);
  return into;
}

const PAGES = ['scam-defender.html', 'scam-de.html', 'scam-ja.html', 'scam-fullscreen.html'];
let serial = 0;
const nextUrl = () => `https://trace-${serial}-${Date.now().toString(36)}.pc-check.example/${PAGES[serial++ % PAGES.length]}`;

/** One scam page: every mark in ms after the page's first contentful paint. */
async function sample(b) {
  const page = await b.context.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  await page.goto(nextUrl(), { waitUntil: 'commit', timeout: 20000 }).catch(() => {});
  const frame = await waitFor(async () => {
    const f = page.frames().find((x) => x.url().startsWith(b.extBase));
    return f?.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      const script = performance.getEntriesByName('first script')[0];
      const css = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/ui.css'));
      return fcp ? { origin: performance.timeOrigin, fcp: fcp.startTime, response: nav?.responseEnd, script: script?.startTime, cssStart: css?.startTime, cssEnd: css?.responseEnd } : null;
    });
  }, 10000, 20);
  await waitFor(() => page.evaluate(() => window.__hangupBench?.visible !== null), 2000, 20);
  const r = await page.evaluate(() => ({ ...window.__hangupBench, origin: performance.timeOrigin,
    marks: JSON.parse(document.documentElement.getAttribute('data-hangup-trace') || '{}'), neutralise: window.__hgN })).catch(() => null);
  const sw = await b.serviceWorker()?.evaluate(() => self.__hgSW).catch(() => null);
  const start = await b.serviceWorker()?.evaluate(() => self.__hgStart).catch(() => null);
  await page.close().catch(() => {});
  if (!r || r.fcp === null) return {};
  const fromEpoch = (t) => (t == null ? null : t - r.origin - r.fcp);
  const fromPage = (t) => (t == null ? null : t - r.fcp);
  const out = { visible: fromPage(r.visible), neutralised: fromPage(r.neutralise?.at(-1)) };
  for (const [k, v] of Object.entries(r.marks)) out[k] = fromPage(v);
  const full = sw?.filter((a) => !a.glance && fromEpoch(a.t0) > -5000).at(-1);
  if (full) Object.assign(out, { swReceived: fromEpoch(full.t0), swAnalysed: fromEpoch(full.analysed), swWarnSent: fromEpoch(full.warnSent) });
  const first = sw?.find((a) => fromEpoch(a.t0) > -5000);
  if (first) out.swFirst = fromEpoch(first.t0);
  if (full) out.swSettled = fromEpoch(full.settled);
  const glance = sw?.filter((a) => a.glance && fromEpoch(a.t0) > -5000)[0];
  if (glance) Object.assign(out, { gReceived: fromEpoch(glance.t0), gAuth: fromEpoch(glance.auth), gSettled: fromEpoch(glance.settled), gAnalysed: fromEpoch(glance.analysed), gAnswered: fromEpoch(glance.answered) });
  if (start) Object.assign(out, { swScript: fromEpoch(start.script), swWasm: fromEpoch(start.wasm), swWarmedUp: fromEpoch(start.warmedUp), swPolicy: fromEpoch(start.policy) });
  if (frame) {
    const f = (t) => (t == null ? null : fromEpoch(frame.origin + t));
    Object.assign(out, { frameResponse: f(frame.response), frameCssStart: f(frame.cssStart), frameCss: f(frame.cssEnd), frameScript: f(frame.script), painted: f(frame.fcp) });
  }
  return out;
}

const STEPS = [
  ['page first paint -> DOMContentLoaded (reads armed)', null, 'start'],
  ['-> first read starts (timer, idle callback)', 'start', 'read'],
  ['-> glance sent', 'read', 'glanceSent'],
  ['  (glance sent -> reaches the worker)', 'glanceSent', 'gReceived'],
  ['  (worker: -> auth prompts read)', 'gReceived', 'gAuth'],
  ['  (worker: -> settings and Wasm ready)', 'gAuth', 'gSettled'],
  ['  (worker: -> glance analysed)', 'gSettled', 'gAnalysed'],
  ['  (worker: answered -> the page has it)', 'gAnswered', 'glanceBack'],
  ['-> glance answered (look)', 'glanceSent', 'glanceBack'],
  ['-> full snapshot sent', 'glanceBack', 'sendFull'],
  ['page first paint -> full snapshot sent', null, 'sendFull'],
  ['-> the snapshot reaches the worker', 'sendFull', 'swReceived'],
  ['-> settings and Wasm ready', 'swReceived', 'swSettled'],
  ['-> analysed (Wasm)', 'swSettled', 'swAnalysed'],
  ['-> tab state stored, warn sent', 'swAnalysed', 'swWarnSent'],
  ['-> warn reaches the page', 'swWarnSent', 'warn'],
  ['-> MAIN world neutralised', 'warn', 'neutralised'],
  ['-> host appended (iframe created)', 'neutralised', 'append'],
  ['-> guard observing, page frames sandboxed', 'append', 'guarded'],
  ['-> tab title and icon taken', 'guarded', 'tab'],
  ['-> check() (top layer, root style, inert)', 'tab', 'checked'],
  ['-> focus() done', 'checked', 'mounted'],
  ['-> presented (two animation frames)', 'mounted', 'visible'],
  ['PAGE FIRST PAINT -> WARNING VISIBLE', null, 'visible'],
  ['frame: iframe created -> overlay.html response', 'append', 'frameResponse'],
  ['frame: response -> its first script runs', 'frameResponse', 'frameScript'],
  ['frame: (response -> ui.css requested)', 'frameResponse', 'frameCssStart'],
  ['frame: (ui.css requested -> loaded)', 'frameCssStart', 'frameCss'],
  ['frame: (ui.css loaded -> first script runs)', 'frameCss', 'frameScript'],
  ['frame: first script -> first contentful paint', 'frameScript', 'painted'],
  ['PAGE FIRST PAINT -> WARNING PAINTED', null, 'painted'],
  ['worker: its script runs (after its imports)', null, 'swScript'],
  ['worker: -> Wasm compiled and instantiated', 'swScript', 'swWasm'],
  ['worker: -> warm-up analysis done (lexicon built)', 'swWasm', 'swWarmedUp'],
  ['worker: first message of the page received', null, 'swFirst'],
  ['worker: storage.managed answered (live policy)', null, 'swPolicy'],
];
const q = (xs, p) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor(s.length * p))]) : null;
};

const work = mkdtempSync(path.join(tmpdir(), 'hangup-trace-'));
const server = await startProbeServer();
const builds = dists.map((d, i) => ({ name: d, dist: traced(d, path.join(work, `build-${i}`)), profile: path.join(work, `profile-${i}`), restart: [], warm: [], stopped: [], cold: [] }));
try {
  // Warm: one browser per build, pages alternated between them (each browser's first start is not counted).
  for (const b of builds) {
    b.browser = await launch('chromium', { proxyPort: server.port, profile: b.profile, dist: b.dist });
    await sample(b.browser);
  }
  for (let i = 0; i < WARM; i++) for (const b of builds) b.warm.push(await sample(b.browser));
  for (let i = 0; i < STOPPED; i++) {
    for (const b of builds) {
      await stopServiceWorker(b.browser);
      b.stopped.push(await sample(b.browser));
    }
  }
  for (const b of builds) await b.browser.close();
  // First starts: a new profile each time, the builds in turn.
  for (let i = 0; i < COLD; i++) {
    for (const b of i % 2 ? [...builds].reverse() : builds) {
      const browser = await launch('chromium', { proxyPort: server.port, dist: b.dist });
      b.cold.push(await sample(browser));
      await browser.close();
    }
  }
  // Restarts: the same profiles started again, the builds in turn, the order swapped every round.
  for (let i = 0; i < RESTARTS; i++) {
    for (const b of i % 2 ? [...builds].reverse() : builds) {
      const browser = await launch('chromium', { proxyPort: server.port, profile: b.profile, dist: b.dist });
      b.restart.push(await sample(browser));
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
for (const b of builds) {
  for (const kind of ['restart', 'warm', ...(STOPPED ? ['stopped'] : []), ...(COLD ? ['cold'] : [])]) {
    console.log(`\n${b.name}: ${kind}, n=${b[kind].length}, median / p90 ms`);
    for (const [label, from, to] of STEPS) {
      const xs = b[kind].map((s) => (s[to] == null || (from && s[from] == null) ? null : s[to] - (from ? s[from] : 0)));
      console.log(`  ${label.padEnd(48)} ${String(q(xs, 0.5)).padStart(5)} / ${String(q(xs, 0.9)).padStart(5)}`);
    }
  }
}

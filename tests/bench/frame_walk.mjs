// What the warning's frame walk costs at mount (content/overlay_host.js `enter`: every element
// of the document, its shadow roots, closed ones included, and same-origin frame documents,
// bounded by WALK_LIMIT). With the extension: an honest fixture given N extra elements
// before load (a tenth of them custom elements, a fifth other shadow-host candidates, one in a
// hundred with a closed shadow root, one in a thousand holding an iframe in it); the walk is run
// in the content script's own world with an observer as mount() sets it up (its guarded trees
// forgotten before each run, so each run enters every root as the mount does), and, apart, a
// root lookup (`hangupShadowRoot`, chrome.dom for closed ones) on every element. Medians of 7
// runs per size. HANGUP_DIST=<dist root> for another build.
// HANGUP_BENCH_BROWSER=firefox: the same in Firefox, where no driver evaluates in the content
// script's world: a copy of the build whose content script runs the same code when the page
// dispatches `hangup-bench-walk` and leaves its figures in an attribute of the root.
// --corpus N: N broad corpus pages as they are (../shared/corpus/broad, or HANGUP_CORPUS) instead
// of the built fixture.
//   node tests/bench/frame_walk.mjs [sizes=1000,10000,100000,300000] [--corpus N]
import { cpSync, mkdtempSync, readFileSync, appendFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, waitFor, DIST } from '../lib/browsers.mjs';
import { startFixtureServer, fixtureUrl } from '../lib/fixtures.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NAME = process.env.HANGUP_BENCH_BROWSER ?? 'chromium';
const corpusAt = process.argv.indexOf('--corpus');
const CORPUS_N = corpusAt > 0 ? Number(process.argv[corpusAt + 1]) : 0;
const CORPUS = process.env.HANGUP_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const sizes = CORPUS_N ? [] : (process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '1000,10000,100000,300000').split(',').map(Number);

// The walk as mount() runs it, 7 times, and a root lookup on every element (content-script world).
const WALK = `(() => {
      const o = hangupOverlay, runs = [];
      o.guard = new MutationObserver(() => {}); // what mount() sets up before its walk
      for (let k = 0; k < 7; k++) {
        o.trees.clear();
        o.walked = 0;
        const t = performance.now();
        o.enter(document, false, 0);
        runs.push(performance.now() - t);
      }
      // The parts: the closed-root lookups alone (every candidate element of the document).
      const all = document.getElementsByTagName('*');
      const lookups = [];
      for (let k = 0; k < 7; k++) {
        const t = performance.now();
        for (let i = 0; i < all.length; i++) {
          try {
            hangupShadowRoot(all[i]);
          } catch {
            /* chrome.dom takes HTML elements only (an SVG element throws) */
          }
        }
        lookups.push(performance.now() - t);
      }
      o.guard.disconnect();
      o.guard = null;
      const trees = o.trees.size;
      o.trees.clear();
      return { runs, lookups, trees, walked: o.walked, elements: all.length };
    })()`;

/** Firefox: a copy of the build that runs WALK on the page's `hangup-bench-walk` event. */
function firefoxBenchBuild() {
  const from = process.env.HANGUP_DIST ?? DIST;
  const dir = mkdtempSync(path.join(tmpdir(), 'hangup-walk-'));
  cpSync(path.join(from, 'firefox'), path.join(dir, 'firefox'), { recursive: true });
  appendFileSync(path.join(dir, 'firefox/content/content.js'), `
;addEventListener('hangup-bench-walk', () => {
  if (window !== window.top) return;
  const r = ${WALK};
  document.documentElement.setAttribute('data-hangup-walk', JSON.stringify(r));
});
`);
  execFileSync('python3', ['-c', `import os, zipfile
with zipfile.ZipFile('../hangup-firefox.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    for d, _, files in sorted(os.walk('.')):
        for f in sorted(files):
            p = os.path.join(d, f)
            z.write(p, os.path.relpath(p, '.'))`], { cwd: path.join(dir, 'firefox') });
  return dir;
}

const benchDist = NAME === 'firefox' ? firefoxBenchBuild() : null;
const server = CORPUS_N ? await corpusServer() : await startFixtureServer();
const browser = await launch(NAME, {
  proxyPort: server.port,
  ...(benchDist ? { dist: benchDist } : process.env.HANGUP_DIST ? { dist: process.env.HANGUP_DIST } : {}),
});
const med = (x) => [...x].sort((a, b) => a - b)[Math.floor((x.length - 1) / 2)];

/** The broad corpus's pages, served as they were saved (by file name under any host). */
async function corpusServer() {
  const { startServer } = await import('../lib/server.mjs');
  return startServer(() => ({ root: path.join(CORPUS, 'broad'), headers: { 'content-security-policy': "script-src 'none'" } })); // (as read_cost.mjs: the saved pages' own scripts do not run)
}

/** Runs the walk in the content script's world of `tab`'s top frame. */
async function walkIn(tab) {
  if (NAME === 'firefox') {
    return waitFor(() => tab.eval(() => {
      const el = document.documentElement;
      if (!el.hasAttribute('data-hangup-walk')) {
        if (!el.hasAttribute('data-hangup-asked')) {
          el.setAttribute('data-hangup-asked', '');
          dispatchEvent(new Event('hangup-bench-walk'));
        }
        return null;
      }
      return JSON.parse(el.getAttribute('data-hangup-walk'));
    }), 120000, 250);
  }
  const page = tab.page;
  const cdp = await page.context().newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const iso = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.startsWith('chrome-extension://'));
  if (!iso) throw new Error('no content-script world');
  const { result } = await cdp.send('Runtime.evaluate', { contextId: iso.id, returnByValue: true, expression: WALK });
  await cdp.detach();
  if (!result.value) throw new Error(JSON.stringify(result));
  return result.value;
}

/** Adds `count` elements to the document (run in the page, before load in Chromium, after it in Firefox). */
function build(count) {
  const box = document.createElement('div');
  box.style.display = 'none';
  let parent = box;
  for (let i = 0; i < count; i++) {
    const el = document.createElement(i % 10 === 0 ? 'x-item' : i % 10 === 1 ? 'div' : i % 10 === 2 ? 'span' : 'li');
    if (i % 100 === 0) el.attachShadow({ mode: 'closed' }).innerHTML = i % 1000 === 0 ? '<p>part</p><iframe></iframe>' : '<p>part</p><b>x</b>';
    parent.append(el);
    if (i % 50 === 49) parent = box; // shallow and wide, like real pages
    else if (i % 10 === 0) parent = el;
  }
  document.body.append(box);
  return document.getElementsByTagName('*').length;
}

if (CORPUS_N) {
  const rows = readFileSync(path.join(CORPUS, 'broad/MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const files = rows.map((r) => r.split('\t')[0]).filter((_, i) => i % Math.max(1, Math.floor(rows.length / CORPUS_N)) === 0).slice(0, CORPUS_N);
  const walks = [];
  const lookups = [];
  const elements = [];
  for (const file of files) {
    const tab = await browser.open(`https://broad.example/${file.split('/').map(encodeURIComponent).join('/')}`);
    try {
      await waitFor(() => tab.eval(() => document.readyState === 'complete').catch(() => false), 30000, 250);
      const v = await walkIn(tab);
      if (!v) continue;
      walks.push(med(v.runs));
      lookups.push(med(v.lookups));
      elements.push(v.elements);
    } catch (err) {
      console.error(`${file}: ${String(err).slice(0, 120)}`);
    } finally {
      await tab.close().catch(() => {});
    }
  }
  const q = (x, p) => [...x].sort((a, b) => a - b)[Math.min(x.length - 1, Math.floor(x.length * p))];
  console.log(`${NAME}, ${walks.length} broad corpus pages (elements median ${q(elements, 0.5)}, max ${Math.max(...elements)}): walk at mount median ${q(walks, 0.5).toFixed(2)} ms, p90 ${q(walks, 0.9).toFixed(2)}, max ${Math.max(...walks).toFixed(2)}; a root lookup on every element median ${q(lookups, 0.5).toFixed(2)} ms, p90 ${q(lookups, 0.9).toFixed(2)}`);
}

for (const n of sizes) {
  const tab = await browser.open('about:blank');
  if (tab.page) {
    // (Init scripts run in every frame: the page's own frames stay empty.)
    await tab.page.addInitScript(`addEventListener('DOMContentLoaded', () => { if (window === top) (${build})(${n}); })`);
  }
  await tab.goto(fixtureUrl('benign-article.html'));
  if (!tab.page) await tab.eval(build, n);
  const built = await waitFor(() => tab.eval(() => document.getElementsByTagName('*').length > 100).catch(() => false), 60000, 250);
  if (!built) throw new Error(`no page at ${n}`);
  const v = await walkIn(tab);
  console.log(`${NAME}, ${n} extra elements (${v.elements} in the document): walk median ${med(v.runs).toFixed(1)} ms, max ${Math.max(...v.runs).toFixed(1)}; a root lookup on every element of the document ${med(v.lookups).toFixed(1)} ms (elements walked ${v.walked}, trees ${v.trees})`);
  await tab.close();
}
await browser.close();
await server.close();
if (benchDist) rmSync(benchDist, { recursive: true, force: true });

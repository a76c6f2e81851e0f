// What the warning's frame walk costs at mount (content/overlay_host.js `enter`: every element
// of the document, its shadow roots, closed ones included, and same-origin frame documents,
// bounded by WALK_LIMIT). Chromium with the extension: an honest fixture given N extra elements
// before load (a tenth of them custom elements, a fifth other shadow-host candidates, one in a
// hundred with a closed shadow root, one in a thousand holding an iframe in it); the walk is run
// in the content script's own world with an observer as mount() sets it up (its guarded trees
// forgotten before each run, so each run enters every root as the mount does), and, apart, a
// root lookup (`hangupShadowRoot`, chrome.dom for closed ones) on every element. Medians of 7
// runs per size. HANGUP_DIST=<dist root> for another build.
//   node tests/bench/frame_walk.mjs [sizes=1000,10000,100000,300000]
import { launch, waitFor } from '../lib/browsers.mjs';
import { startFixtureServer, fixtureUrl } from '../lib/fixtures.mjs';

const sizes = (process.argv[2] ?? '1000,10000,100000,300000').split(',').map(Number);
const server = await startFixtureServer();
const browser = await launch('chromium', { proxyPort: server.port, ...(process.env.HANGUP_DIST ? { dist: process.env.HANGUP_DIST } : {}) });
const med = (x) => [...x].sort((a, b) => a - b)[Math.floor((x.length - 1) / 2)];
for (const n of sizes) {
  const tab = await browser.open('about:blank');
  const page = tab.page;
  await page.addInitScript((count) => {
    addEventListener('DOMContentLoaded', () => {
      if (window !== top) return; // (init scripts run in every frame: the page's own frames stay empty)
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
    });
  }, n);
  await tab.goto(fixtureUrl('benign-article.html'));
  const built = await waitFor(() => page.evaluate(() => document.getElementsByTagName('*').length > 100).catch(() => false), 60000, 250);
  if (!built) throw new Error(`no page at ${n}`);
  const cdp = await page.context().newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const iso = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.startsWith('chrome-extension://'));
  if (!iso) throw new Error('no content-script world');
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: iso.id,
    returnByValue: true,
    expression: `(() => {
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
        for (let i = 0; i < all.length; i++) hangupShadowRoot(all[i]);
        lookups.push(performance.now() - t);
      }
      o.guard.disconnect();
      o.guard = null;
      return { runs, lookups, trees: o.trees.size, walked: o.walked, elements: all.length };
    })()`,
  });
  const v = result.value;
  if (!v) throw new Error(JSON.stringify(result));
  console.log(`${n} extra elements (${v.elements} in the document): walk median ${med(v.runs).toFixed(1)} ms, max ${Math.max(...v.runs).toFixed(1)}; a root lookup on every element of the document ${med(v.lookups).toFixed(1)} ms (elements walked ${v.walked}, trees ${v.trees})`);
  await cdp.detach();
  await tab.close();
}
await browser.close();
await server.close();

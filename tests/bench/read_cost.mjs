// What each of the content script's reads costs, page by page: the glance, the full read of the
// visible text (as on an ordinary page, and `thorough` as on an attacking one), the DOM hints, the
// whole snapshot, and one innerText read (the physical floor), timed inside broad
// corpus pages after their load event (layout done, as when the content script reads in idle
// time). Each read runs 3 times and its fastest run counts (the machine is shared: preemption
// must not be charged to the code). The collector is this tree's extension/content/snapshot.js.
//   node tests/bench/read_cost.mjs [pages=60]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../lib/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.HANGUP_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const N = Number(process.argv[2] ?? 60);
const collector = ['common/protocol.js', 'content/snapshot.js'].map((f) => readFileSync(path.join(ROOT, 'extension', f), 'utf8')).join('\n');
const rows = readFileSync(path.join(CORPUS, 'broad/MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
const files = rows.map((r) => r.split('\t')[0]).filter((_, i) => i % Math.max(1, Math.floor(rows.length / N)) === 0).slice(0, N);

const server = await startServer(() => ({ root: path.join(CORPUS, 'broad'), headers: { 'content-security-policy': "script-src 'none'" } }));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', `--proxy-server=http://127.0.0.1:${server.port}`,
    '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors'],
});
const ctx = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
const res = { glance: [], visibleText: [], thorough: [], domHints: [], snapshot: [], innerText: [], glanceChecks: [], paintsUnread: [], styleStrings: [] };
for (const f of files) {
  const page = await ctx.newPage();
  try {
    await page.goto(`https://broad.example/${f.split('/').map(encodeURIComponent).join('/')}`, { timeout: 15000, waitUntil: 'load' });
    const t = await page.evaluate(`(() => { ${collector};
      const time = (fn) => { let best = Infinity; for (let i = 0; i < 3; i++) { const t0 = performance.now(); fn(); best = Math.min(best, performance.now() - t0); } return best; };
      document.body?.offsetHeight; // layout done, as after load
      return { glance: time(() => hangupGlance()), visibleText: time(() => hangupVisibleText(document, HANGUP_MAX_TEXT, 0, false)),
        thorough: time(() => hangupVisibleText(document)), domHints: time(() => hangupDomHints()),
        snapshot: time(() => hangupSnapshot({}, [], false)),
        innerText: time(() => document.documentElement.innerText),
        // The glance's checks for text its innerText may not hold as shown (inside 'glance').
        glanceChecks: time(() => hangupOverridden(document) || hangupPaintsUnread(document)),
        paintsUnread: time(() => hangupPaintsUnread(document)), styleStrings: time(() => hangupStyleStrings(document)) };
    })()`);
    for (const k of Object.keys(res)) res[k].push(t[k]);
  } catch (e) {
    console.error(f, e.message);
  }
  await page.close();
}
await browser.close();
await server.close();
const q = (x, p) => {
  const s = [...x].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : NaN;
};
for (const [k, v] of Object.entries(res)) {
  console.log(JSON.stringify({ bench: `read cost: ${k} (ms, fastest of 3)`, pages: v.length, median: +q(v, 0.5).toFixed(3), p95: +q(v, 0.95).toFixed(3), max: +q(v, 1).toFixed(3) }));
}

// What HangUp costs an ordinary page, side by side in one run: the same broad-corpus pages are
// loaded in headless Chromium with and without the extension, alternating which goes first,
// and the page's own load timings compared (medians and the ratio of medians).
//   node tests/bench/page_cost.mjs [pages=60]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browsers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.HANGUP_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const N = Number(process.argv[2] ?? 60);
const rows = readFileSync(path.join(CORPUS, 'broad/MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
const files = rows.map((r) => r.split('\t')[0]).filter((_, i) => i % Math.max(1, Math.floor(rows.length / N)) === 0).slice(0, N);

const server = await startServer((host, pathname) => ({ root: path.join(CORPUS, 'broad'), pathOverride: pathname }));
const withExt = await launch('chromium', { proxyPort: server.port });
const plain = await chromium.launchPersistentContext('', {
  executablePath: '/usr/bin/chromium', headless: true, ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 },
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    `--proxy-server=http://127.0.0.1:${server.port}`, '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors',
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp'],
});

async function measure(ctx, url) {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(1200); // let the content script's first snapshots happen
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    // Main-thread time taken by long tasks (>50 ms) is not exposed without an observer from
    // the start; DOMContentLoaded and load end are the page's own clocks.
    return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
  }).catch(() => null);
  await page.close();
  return t;
}

const a = { dcl: [], load: [] };
const b = { dcl: [], load: [] };
for (const [i, f] of files.entries()) {
  const url = `https://broad.example/${f.split('/').map(encodeURIComponent).join('/')}`;
  const order = i % 2 ? [[withExt.context, a], [plain, b]] : [[plain, b], [withExt.context, a]];
  for (const [ctx, acc] of order) {
    const t = await measure(ctx, url);
    if (t) for (const k of ['dcl', 'load']) acc[k].push(t[k]);
  }
}
const med = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
for (const k of ['dcl', 'load']) {
  console.log(JSON.stringify({ bench: `page ${k} (ms, median of ${a[k].length} pages)`, with_hangup: +med(a[k]).toFixed(1),
    without: +med(b[k]).toFixed(1), ratio: +(med(a[k]) / med(b[k])).toFixed(3) }));
}
await withExt.close();
await plain.close();
await server.close();

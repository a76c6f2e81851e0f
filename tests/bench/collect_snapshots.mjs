// Makes the benchmark inputs: real page snapshots, taken by the content script's own
// collector (extension/content/snapshot.js) in headless Chromium, from every corpus page.
// Written to target/bench/snapshots/*.json (outside git: the corpus is not ours to commit).
//   node tests/bench/collect_snapshots.mjs
import { mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../lib/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.HANGUP_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const OUT = path.join(ROOT, 'target/bench/snapshots');
const collector = ['common/protocol.js', 'content/snapshot.js'].map((f) => readFileSync(path.join(ROOT, 'extension', f), 'utf8')).join('\n');

function pages() {
  const out = [];
  for (const set of ['scam', 'benign', 'broad']) {
    const rows = readFileSync(path.join(CORPUS, set, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
    for (const r of rows) {
      const [file, , , , , role] = r.split('\t');
      if (set === 'scam' && !role.startsWith('scam_landing')) continue;
      if (set === 'benign' && role !== 'benign_page') continue;
      out.push(path.join(set, file));
    }
  }
  return out;
}

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (f.endsWith('.json')) rmSync(path.join(OUT, f));
// Page scripts are blocked by CSP (the kits' scripts would only add behaviour counts and alert
// loops); Playwright's evaluate is not subject to the page's CSP.
const server = await startServer((host, pathname) => ({ root: CORPUS, pathOverride: pathname,
  headers: { 'content-security-policy': "script-src 'none'" } }));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', `--proxy-server=http://127.0.0.1:${server.port}`,
    '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors', '--force-webrtc-ip-handling-policy=disable_non_proxied_udp'],
});
const ctx = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
let n = 0;
const costs = [];
for (const p of pages()) {
  const page = await ctx.newPage();
  try {
    await page.goto(`https://corpus.example/${p.split(path.sep).map(encodeURIComponent).join('/')}`, { timeout: 15000, waitUntil: 'domcontentloaded' });
    // Timed in the page: this is what the content script costs every page a person opens.
    const { snap, ms } = await page.evaluate(
      `(() => { ${collector}; const t0 = performance.now(); const snap = hangupSnapshot({}); return { snap, ms: performance.now() - t0 }; })()`,
    );
    costs.push(ms);
    writeFileSync(path.join(OUT, `${String(n++).padStart(4, '0')}.json`), JSON.stringify({ source: p, collect_ms: ms, snapshot: snap }));
  } catch (e) {
    console.error(p, e.message);
  }
  await page.close();
}
await browser.close();
await server.close();
costs.sort((a, b) => a - b);
const q = (x) => costs[Math.min(costs.length - 1, Math.floor(costs.length * x))]?.toFixed(2);
console.log(JSON.stringify({ bench: 'content-script snapshot (Chromium, in page)', pages: costs.length, median_ms: +q(0.5), p90_ms: +q(0.9), p99_ms: +q(0.99) }));
console.log(`${n} snapshots in ${OUT}`);

// What the viewport read (`hangupViewportText`, added to reads cut short) costs, two snapshot.js
// files side by side inside the same broad corpus pages after load: the glance's (3 points) and
// the full read's (9 points), the two builds alternated call by call, plus the style/layout flush
// that the page pays after each call (a sheet adopted and dropped leaves the style dirty: the
// next frame recalculates it). Only pages whose text is cut short (over 16 K characters) are
// timed. Medians per page, then the median and p90 over pages.
//   node tests/bench/viewport_cost.mjs BEFORE_SNAPSHOT_JS AFTER_SNAPSHOT_JS [pages=373] [rounds=7]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../lib/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.HANGUP_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const [beforeJs, afterJs, nArg, roundsArg] = process.argv.slice(2);
const N = Number(nArg ?? 373);
const ROUNDS = Number(roundsArg ?? 7);
const protocol = readFileSync(path.join(ROOT, 'extension/common/protocol.js'), 'utf8');
// Each collector in its own function scope, so both live in one page.
const scoped = (file, name) => `globalThis.${name} = (() => { ${readFileSync(file, 'utf8')}\n;return { hangupViewportText }; })();`;
const collectors = `${protocol}\n${scoped(beforeJs, 'hvBefore')}\n${scoped(afterJs, 'hvAfter')}`;
const rows = readFileSync(path.join(CORPUS, 'broad/MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
const files = rows.map((r) => r.split('\t')[0]).filter((_, i) => i % Math.max(1, Math.floor(rows.length / N)) === 0).slice(0, N);

const server = await startServer(() => ({ root: path.join(CORPUS, 'broad'), headers: { 'content-security-policy': "script-src 'none'" } }));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', `--proxy-server=http://127.0.0.1:${server.port}`,
    '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors'],
});
const ctx = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
const med = (x) => {
  const s = [...x].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const res = {};
let long = 0;
for (const f of files) {
  const page = await ctx.newPage();
  try {
    await page.goto(`https://broad.example/${f.split('/').map(encodeURIComponent).join('/')}`, { timeout: 15000, waitUntil: 'load' });
    const t = await page.evaluate(`(() => { ${collectors};
      if ((document.documentElement?.innerText ?? '').length <= 16 * 1024) return null;
      const out = {};
      const flush = () => { const t0 = performance.now(); document.body?.offsetHeight; getComputedStyle(document.documentElement).color; return performance.now() - t0; };
      flush();
      for (const [read, cols] of [['glance', [0.5]], ['full', undefined]]) {
        for (const side of ['before', 'after']) out[read + ' ' + side] = [], out[read + ' ' + side + ' +flush'] = [];
        for (let r = 0; r < ${ROUNDS}; r++) {
          for (const side of r % 2 ? ['after', 'before'] : ['before', 'after']) {
            const fn = side === 'before' ? hvBefore : hvAfter;
            const t0 = performance.now();
            fn.hangupViewportText(document, 4096, cols, !cols); // the glance's read skips shadow roots
            const dt = performance.now() - t0;
            out[read + ' ' + side].push(dt);
            out[read + ' ' + side + ' +flush'].push(dt + flush());
          }
        }
      }
      out.elements = [document.getElementsByTagName('*').length];
      return out;
    })()`);
    if (!t) continue;
    long++;
    for (const [k, v] of Object.entries(t)) (res[k] ??= []).push(med(v));
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
console.log(`${long} pages cut short of ${files.length}`);
for (const [k, v] of Object.entries(res)) console.log(JSON.stringify({ bench: `viewport read: ${k} (ms, median of ${ROUNDS} per page)`, pages: v.length, median: +q(v, 0.5).toFixed(3), p90: +q(v, 0.9).toFixed(3), max: +q(v, 1).toFixed(3) }));

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../lib/server.mjs';
const ROOT = '/work/wt/snapshot', CORPUS = '/work/shared/corpus';
const collector = ['common/protocol.js', 'content/snapshot.js'].map((f) => readFileSync(path.join(ROOT, 'extension', f), 'utf8')).join('\n');
const rows = readFileSync(path.join(CORPUS, 'broad/MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
const files = rows.map((r) => r.split('\t')[0]).filter((_, i) => i % 12 === 0).slice(0, 30);
const server = await startServer(() => ({ root: path.join(CORPUS, 'broad'), headers: { 'content-security-policy': "script-src 'none'" } }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', `--proxy-server=http://127.0.0.1:${server.port}`, '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors'] });
const ctx = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
for (const f of files) {
  const page = await ctx.newPage();
  try {
    await page.goto(`https://broad.example/${f.split('/').map(encodeURIComponent).join('/')}`, { timeout: 15000, waitUntil: 'load' });
    const t = await page.evaluate(`(() => { ${collector};
      let g = 0, gp = 0, rect = 0, cv = 0; const o = window.getComputedStyle; window.getComputedStyle = (e, p) => { if (p) gp++; else g++; return o(e, p); };
      const orr = Range.prototype.getBoundingClientRect; Range.prototype.getBoundingClientRect = function () { rect++; return orr.call(this); };
      const ocv = Element.prototype.checkVisibility; Element.prototype.checkVisibility = function (x) { cv++; return ocv.call(this, x); };
      const tricks = hangupSheetTricks(document); const why = []; for (const s of document.styleSheets) { try { for (const r of s.cssRules) { const c = r.style?.content; if (c && c.length > 2 && /["'][^"']*[\p{L}\p{N}]{2}/u.test(c)) why.push(c.slice(0,30)); } } catch (e) { why.push("X:" + s.href); } } tricks.why = why.slice(0,4);
      const t0 = performance.now(); hangupVisibleText(document); const ms = performance.now() - t0;
      return { ms, tricks, g, gp, rect, cv, els: document.getElementsByTagName('*').length, sheets: document.styleSheets.length };
    })()`);
    console.log(JSON.stringify({ f: f.slice(0, 40), ...t }));
  } catch (e) { console.error(f, e.message); }
  await page.close();
}
await browser.close(); await server.close();

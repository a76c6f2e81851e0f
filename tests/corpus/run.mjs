// Corpus runner: loads the built extension in headless Chromium and visits every page of
// ../shared/corpus under the host it was really served from, printing one JSON line per page
// and a summary line. The browser is the authority on what a person would see.
//
//   node corpus/run.mjs [--broad all|sample|none] [--concurrency 3] [--only scam|benign|broad]
//                       [--gate]  (exit 1 unless 0 benign pages warned and >= 97% scam pages warned)
//
// The corpus is third-party material: it is read from ../shared at run time and never copied.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { launch, waitFor } from '../lib/browsers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = process.env.HANGUP_CORPUS ?? path.resolve(HERE, '../../../shared/corpus');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const BROAD = opt('broad', 'sample');
const CONCURRENCY = Number(opt('concurrency', '3'));
const ONLY = opt('only', '');
const GATE = args.includes('--gate');
const SCAM_WAIT_MS = 8000;
const BENIGN_WAIT_MS = 3000;

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    }),
  ]);
}

function readTsv(file) {
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const cols = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v])));
}

// `owner+repo/path` was published at https://owner.github.io/repo/path.
function githubPages(file) {
  const [kit, ...rest] = file.split('/');
  const plus = kit.indexOf('+');
  if (kit.startsWith('_') || plus < 0) return { host: 'scam-samples.example', prefix: `/${kit}`, kit, rest };
  return { host: `${kit.slice(0, plus).toLowerCase()}.github.io`, prefix: `/${kit.slice(plus + 1)}`, kit, rest };
}

/** Every page to visit: {page, label, url} plus the mounts the server needs. */
function plan() {
  const pages = [];
  const mounts = [];
  const mount = (host, prefix, root) => mounts.push({ host, prefix, root });
  const urlOf = (host, prefix, rest) => `https://${host}${prefix}/${rest.map(encodeURIComponent).join('/')}`;

  if (!ONLY || ONLY === 'scam') {
    const seen = new Set();
    for (const row of readTsv(path.join(CORPUS, 'scam/MANIFEST.tsv'))) {
      if (!row.role?.startsWith('scam_landing')) continue;
      const g = githubPages(row.file);
      if (!seen.has(g.kit)) mount(g.host, g.prefix, path.join(CORPUS, 'scam', g.kit));
      seen.add(g.kit);
      pages.push({ page: `scam/${row.file}`, label: 'scam', url: urlOf(g.host, g.prefix, g.rest), lang: row.lang });
    }
  }
  if (!ONLY || ONLY === 'benign') {
    const seen = new Set();
    for (const row of readTsv(path.join(CORPUS, 'benign/MANIFEST.tsv'))) {
      if (row.role !== 'benign_page') continue;
      let g = githubPages(row.file);
      // The archived Knowledge Base is Microsoft's own text: serve it as Microsoft's host.
      if (g.kit === 'jeffpar+kbarchive') g = { ...g, host: 'support.microsoft.com', prefix: '' };
      if (!seen.has(g.kit)) mount(g.host, g.prefix, path.join(CORPUS, 'benign', g.kit));
      seen.add(g.kit);
      pages.push({ page: `benign/${row.file}`, label: 'benign', url: urlOf(g.host, g.prefix, g.rest) });
    }
  }
  if ((!ONLY || ONLY === 'broad') && BROAD !== 'none' && existsSync(path.join(CORPUS, 'broad/MANIFEST.tsv'))) {
    const rows = readTsv(path.join(CORPUS, 'broad/MANIFEST.tsv'));
    rows.forEach((row, i) => {
      // The sample: every hard negative, and every fourth of the rest (fixed, so runs compare).
      const hard = row.category && !['news', 'blog', 'other', 'wiki'].includes(row.category);
      if (BROAD === 'sample' && !hard && i % 4 !== 0) return;
      const host = (row.host || 'broad.example').toLowerCase();
      const dir = path.dirname(row.file);
      const prefix = `/corpus-broad/${dir}`;
      mount(host, prefix, path.join(CORPUS, 'broad', dir));
      pages.push({ page: `broad/${row.file}`, label: 'benign', category: row.category,
        url: urlOf(host, prefix, [path.basename(row.file)]) });
    });
  }
  return { pages, mounts };
}

async function main() {
  if (!existsSync(path.join(CORPUS, 'scam/MANIFEST.tsv'))) {
    console.log(JSON.stringify({ summary: true, skipped: `no corpus at ${CORPUS}` }));
    return;
  }
  const { pages, mounts } = plan();
  mounts.sort((a, b) => b.prefix.length - a.prefix.length);
  const server = await startServer((host, pathname) => {
    const m = mounts.find((x) => x.host === host && (pathname === x.prefix || pathname.startsWith(`${x.prefix}/`)));
    return m ? { root: m.root, pathOverride: pathname.slice(m.prefix.length) } : null;
  });
  // Some kits freeze the browser by filling memory: a V8 heap cap makes such a tab crash
  // instead of swapping the whole machine (a crashed scam tab is what a person would want too).
  const browser = await launch('chromium', { proxyPort: server.port, extraArgs: ['--js-flags=--max-old-space-size=512'] });
  const results = [];
  const queue = [...pages];

  async function visit(p) {
    const tab = await browser.open();
    tab.page.on('dialog', (d) => d.dismiss().catch(() => {}));
    const t0 = Date.now();
    await tab.goto(p.url);
    const dcl = Date.now() - t0;
    let warnedAt = null;
    // For a scam page missed: what the last probe saw and the longest a probe waited for the
    // page's main thread (diagnostics only: the wait is the same).
    let last = null;
    let probeMax = 0;
    const limit = p.label === 'scam' ? SCAM_WAIT_MS : BENIGN_WAIT_MS;
    await waitFor(async () => {
      const s = Date.now();
      const o = await tab.overlay();
      probeMax = Math.max(probeMax, Date.now() - s);
      last = o;
      if (o.present && o.covers) warnedAt = Date.now();
      return warnedAt;
    }, limit, 100);
    // The verdict behind what the person saw, for the evaluation tables.
    // (The worker may have been evicted and restarted meanwhile: take the current one.)
    const sw = browser.serviceWorker();
    const state = sw
      ? await withTimeout(
          sw.evaluate(async (url) => {
            const all = await chrome.storage.session.get(null);
            return Object.values(all).find((s) => s && s.url === url) ?? null;
          }, tab.page.url()),
          3000,
        ).catch(() => null)
      : null;
    const r = {
      page: p.page,
      label: p.label,
      ...(p.category ? { category: p.category } : {}),
      warned: warnedAt !== null,
      ms: warnedAt === null ? null : warnedAt - t0,
      level: state?.verdict?.level ?? null,
      reasons: (state?.verdict?.reasons ?? []).map((x) => x.id),
      // A scam page missed: when the document was parsed (goto returned), when the tab's state
      // was last written, the last probe's answer (null: none came) and the longest probe.
      ...(p.label === 'scam' && warnedAt === null
        ? { dcl_ms: dcl, state_ms: typeof state?.at === 'number' ? state.at - t0 : null, last_probe: last, probe_max_ms: probeMax }
        : {}),
    };
    console.log(JSON.stringify(r));
    results.push(r);
    await withTimeout(tab.page.close(), 5000).catch(() => {});
  }

  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        // A hostile page must not stall the run: each visit has a hard limit.
        await withTimeout(visit(p), 45000).catch((e) => {
          const r = { page: p.page, label: p.label, warned: false, ms: null, level: null, reasons: [], error: e.message };
          console.log(JSON.stringify(r));
          results.push(r); // counted: a scam page that stalls the browser is a miss
        });
      }
    }),
  );
  await browser.close();
  await server.close();

  const scam = results.filter((r) => r.label === 'scam');
  const benign = results.filter((r) => r.label === 'benign');
  const caught = scam.filter((r) => r.warned);
  const falseWarnings = benign.filter((r) => r.warned);
  const ms = caught.map((r) => r.ms).sort((a, b) => a - b);
  const summary = {
    summary: true,
    scam_pages: scam.length,
    scam_warned: caught.length,
    scam_rate: scam.length ? +(caught.length / scam.length).toFixed(4) : null,
    benign_pages: benign.length,
    benign_warned: falseWarnings.length,
    benign_suspicious: benign.filter((r) => r.level === 'suspicious').length,
    median_ms_to_warning: ms.length ? ms[Math.floor(ms.length / 2)] : null,
    p90_ms_to_warning: ms.length ? ms[Math.floor(ms.length * 0.9)] : null,
    missed: scam.filter((r) => !r.warned).map((r) => r.page),
    false_warnings: falseWarnings.map((r) => r.page),
  };
  console.log(JSON.stringify(summary));
  if (GATE) {
    const ok = falseWarnings.length === 0 && (!scam.length || caught.length / scam.length >= 0.97);
    console.log(`corpus: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
    if (!ok) process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

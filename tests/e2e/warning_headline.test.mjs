// The warning's headline is on screen with the cover's first frame, before the warning frame
// paints (docs/UI.md, "Before the frame paints"): the frame's own load is the longest step to
// the warning's text (docs/BENCHMARKS.md). Proved in Chromium and Firefox with a copy of the
// built extension whose warning page paints nothing (a transparent, empty overlay.html): what
// the screenshot shows is the cover alone, which must hold the headline in the warning's red on
// its paper, not the scam page; a ClickFix warning's cover holds ClickFix's headline, and a parcel
// lure's the parcel warning's: the words the frame's view shows (read in Chromium through
// DevTools; in both, ClickFix's pixels differ from a scam warning's).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { DIST, waitFor, BROWSERS } from '../lib/browsers.mjs';
import { fixtureUrl } from '../lib/fixtures.mjs';
import { withBrowser } from '../lib/session.mjs';

/** A copy of dist/ whose warning frame loads an empty, transparent page. */
function emptyFrameDist() {
  const dir = mkdtempSync(path.join(tmpdir(), 'hangup-empty-frame-'));
  for (const browser of ['chromium', 'firefox']) {
    const out = path.join(dir, browser);
    cpSync(path.join(DIST, browser), out, { recursive: true });
    writeFileSync(path.join(out, 'pages/overlay.html'), '<!doctype html><html style="background:transparent"><body></body></html>\n');
  }
  execFileSync('python3', ['-c', `
import os, sys, zipfile
os.chdir(sys.argv[1])
with zipfile.ZipFile('../hangup-firefox.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    for d, _, files in sorted(os.walk('.')):
        for f in sorted(files):
            z.write(os.path.join(d, f), os.path.relpath(os.path.join(d, f), '.'))
`, path.join(dir, 'firefox')]);
  return dir;
}

const near = (data, i, c, tol) => [0, 1, 2].every((k) => Math.abs(data[i + k] - c[k]) <= tol);
/** What the screenshot shows: the share of the warning's paper, and the pixels of headline text
 *  (the warning's red, below the card's red top border: 50 px down and more). */
function seen(buffer) {
  const png = PNG.sync.read(buffer);
  let paper = 0;
  let red = 0;
  let all = 0;
  for (let y = 0; y < png.height; y += 2) {
    for (let x = 0; x < png.width; x += 2) {
      const i = (png.width * y + x) * 4;
      all++;
      if (near(png.data, i, [0xf4, 0xf1, 0xea], 6)) paper++;
      if (y >= 50 && near(png.data, i, [0x8a, 0x1c, 0x1c], 24)) red++;
    }
  }
  return { paper: paper / all, red };
}

const dist = emptyFrameDist();
process.on('exit', () => rmSync(dist, { recursive: true, force: true }));

/** The cover's screenshot once it shows a headline on its paper, for `file` at `host`. */
async function coverShot(browser, file, host) {
  const tab = await browser.open(fixtureUrl(file, host));
  const covered = await waitFor(async () => {
    const o = await tab.overlay();
    return o.present && o.covers && o.onTop;
  }, 8000);
  assert.ok(covered, `no warning over ${file}`);
  let last;
  let png;
  const shown = await waitFor(async () => {
    png = await tab.screenshot();
    last = seen(png);
    return last.paper >= 0.5 && last.red >= 150 ? last : null;
  }, 5000, 250);
  assert.ok(shown, `the cover shows no headline on its paper over ${file}: ${JSON.stringify(last)}`);
  return { tab, png };
}

/** Pixels (every second one) below the card's top border that differ between two screenshots. */
function differ(a, b) {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  let n = 0;
  for (let y = 50; y < Math.min(pa.height, pb.height); y += 2) {
    for (let x = 0; x < Math.min(pa.width, pb.width); x += 2) {
      const i = (pa.width * y + x) * 4;
      const j = (pb.width * y + x) * 4;
      if (![0, 1, 2].every((k) => Math.abs(pa.data[i + k] - pb.data[j + k]) <= 24)) n++;
    }
  }
  return n;
}

/** Chromium only (DevTools reaches closed shadow roots): the text the cover's shadow root holds. */
async function coverText(tab) {
  const cdp = await tab.page.context().newCDPSession(tab.page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const texts = [];
  const walk = (n, inHost) => {
    const here = inHost || n.nodeName === 'HANGUP-WARNING';
    if (here && n.nodeType === 3) texts.push(n.nodeValue);
    if (n.nodeName === 'STYLE' || n.nodeName === 'IFRAME') return;
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c, here);
  };
  walk(root, false);
  await cdp.detach().catch(() => {});
  return texts.join(' ').trim();
}

const messages = JSON.parse(readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));

for (const name of BROWSERS) {
  describe(`the warning's headline before its frame paints, in ${name}`, () => {
    let browser;
    withBrowser(name, (env) => {
      browser = env.browser;
    }, { dist });

    test('the cover alone shows the headline over the scam page; ClickFix gets its own headline, as the frame words it', async () => {
      const scam = await coverShot(browser, 'scam-defender.html', 'headline-first.github.io');
      if (name === 'chromium') assert.equal(await coverText(scam.tab), messages.overlayHeadline.message);
      await scam.tab.close();
      // The frame's view heads a ClickFix warning with its own words (src/ui/overlay.rs): the
      // cover must not first tell a person their computer is fine and "a fake virus warning".
      const clickfix = await coverShot(browser, 'clickfix-typed.html', 'human-check-typed.example');
      if (name === 'chromium') assert.equal(await coverText(clickfix.tab), messages.clickfixHeadline.message);
      const changed = differ(scam.png, clickfix.png);
      assert.ok(changed >= 100, `the ClickFix cover shows the same headline as a scam's (${changed} pixels differ)`);
      await clickfix.tab.close();
      // Each kind of scam has its headline (protocol.js HEADLINES): a parcel lure's cover says it.
      const parcel = await coverShot(browser, 'scam-parcel.html', 'parcel-fee-55.web.app');
      if (name === 'chromium') assert.equal(await coverText(parcel.tab), messages.parcelHeadline.message);
      await parcel.tab.close();
    });
  });
}

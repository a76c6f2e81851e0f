// axe-core (the accessibility rules engine) over the warning and the popup, in English and in
// German, in real Chromium and real Firefox: no violation of any rule it runs by default (WCAG 2
// A/AA and best practices). The warning is checked with its disclosure closed and open, the popup
// on a scam page. Firefox: the warning page is opened as an extension tab rendering the scam tab's
// state (WebDriver cannot enter the closed shadow root).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, waitFor, BROWSERS } from '../lib/browsers.mjs';
import { startFixtureServer, fixtureUrl } from '../lib/fixtures.mjs';
import { overlayAsTab } from '../lib/overlay_page.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe in a page or frame through `run(source)`; returns the violations, short. */
async function violations(run) {
  const found = await run(`${AXE};
    return axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })));`);
  return found;
}

/** `run(source)` for a Playwright frame/page or a WebDriver tab. */
function runner(browser, target) {
  if (browser.name === 'chromium') return (src) => target.evaluate(new Function(src));
  return async (src) => {
    await target.url(); // focus the tab
    return browser.driver.executeScript(src);
  };
}

for (const name of BROWSERS) {
  for (const locale of ['en-US', 'de']) {
    describe(`axe-core on the warning and the popup, ${name}, ${locale}`, () => {
      let server;
      let browser;
      before(async () => {
        server = await startFixtureServer();
        const saved = process.env.LANGUAGE;
        process.env.LANGUAGE = locale.slice(0, 2); // Chromium on Linux: the UI language
        try {
          browser = await launch(name, { proxyPort: server.port, locale });
        } finally {
          if (saved === undefined) delete process.env.LANGUAGE;
          else process.env.LANGUAGE = saved;
        }
      });
      after(async () => {
        await browser?.close();
        await server?.close();
      });

      test('no violation', async () => {
        const url = fixtureUrl(locale === 'de' ? 'scam-de.html' : 'scam-defender.html', `axe-${locale.toLowerCase()}-alert.github.io`);
        const tab = await browser.open(url);
        assert.ok(await waitFor(async () => (await tab.overlay()).present, 8000), 'no warning');
        let overlay;
        let page = null;
        if (name === 'chromium') {
          overlay = await waitFor(async () => {
            const f = tab.page.frames().find((fr) => fr.url().startsWith(`${browser.extBase}pages/overlay.html`));
            return f && (await f.evaluate(() => !!document.querySelector('.why'))) ? f : null;
          }, 8000);
        } else {
          page = await overlayAsTab(browser, url);
          overlay = page;
        }
        const run = runner(browser, overlay);
        const lang = await run('return String(document.documentElement.lang)');
        assert.match(lang, new RegExp(`^${locale.slice(0, 2)}`), `the page language is the UI language: ${lang}`);
        assert.deepEqual(await violations(run), [], 'the warning');
        await run("document.querySelector('details.why').open = true; return true");
        assert.deepEqual(await violations(run), [], 'the warning with "Why HangUp thinks so" open');
        if (page) await page.close();

        await tab.url(); // the scam tab is the one the popup (opened as a tab) reports on
        const popup = await browser.openExtensionPage('pages/popup.html');
        await waitFor(() => popup.eval(() => !!document.querySelector('.count')), 5000);
        const level = await popup.eval(() => document.querySelector('.verdict').dataset.level);
        assert.equal(level, 'scam');
        const prun = runner(browser, name === 'chromium' ? popup.page : popup);
        await prun("for (const d of document.querySelectorAll('details')) d.open = true; return true");
        assert.deepEqual(await violations(prun), [], 'the popup');
        await popup.close();
        await tab.close();
      });
    });
  }
}

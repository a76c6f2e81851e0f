// The browser's language picks the warning's and the popup's language: real Chromium and real
// Firefox started in German (and Chromium in Japanese, for the CJK screenshot), on a scam page.
// Firefox: WebDriver cannot enter the warning's iframe (closed shadow root), so its text is read
// from the same overlay page opened as an extension tab rendering the scam tab's state.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, waitFor, BROWSERS } from '../lib/browsers.mjs';
import { startFixtureServer, fixtureUrl } from '../lib/fixtures.mjs';
import { overlayAsTab } from '../lib/overlay_page.mjs';

const SHOTS = process.env.HANGUP_SCREENSHOTS === '1'
  ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots') : null;

const CASES = [
  {
    locale: 'de', fixture: 'scam-de.html', host: 'windows-sicherheit-hilfe.example', browsers: ['chromium', 'firefox'],
    overlay: [/gefälschte Virenwarnung/, /Diese Seite verlassen/, /Rufen Sie die Nummer auf der Seite nicht an/,
      // "Why HangUp thinks so", opened: the page's words as written, in German quotation marks.
      /„Ihr Computer wurde gesperrt[^“]*“/, /Microsoft ruft nicht unaufgefordert an/],
    popup: [/Diese Seite ist Tech-Support-Betrug/, /Was Sie jetzt tun sollten/, /Bisher auf diesem Gerät gezeigte Warnungen: [1-9]/],
  },
  {
    locale: 'ja', fixture: 'scam-ja.html', host: 'security-ja-support.github.io', browsers: ['chromium'],
    overlay: [/偽のウイルス警告/, /このページから離れる/],
    popup: [/このページはサポート詐欺です/, /どうすればよいか/],
  },
];

for (const name of BROWSERS) {
  for (const c of CASES.filter((x) => x.browsers.includes(name))) {
    describe(`${name} in ${c.locale}`, () => {
      let server;
      let browser;
      before(async () => {
        server = await startFixtureServer();
        // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE, not
        // from --lang; the browser inherits this process's environment.
        const saved = process.env.LANGUAGE;
        process.env.LANGUAGE = c.locale;
        try {
          browser = await launch(name, { proxyPort: server.port, locale: c.locale });
        } finally {
          if (saved === undefined) delete process.env.LANGUAGE;
          else process.env.LANGUAGE = saved;
        }
      });
      after(async () => {
        await browser?.close();
        await server?.close();
      });

      test(`the warning and the popup speak ${c.locale}`, async () => {
        if (name === 'firefox') {
          // Firefox switches language only with the language pack installed (Debian:
          // firefox-esr-l10n-<lang>, installed by tests/setup.sh).
          const pack = `/usr/lib/firefox-esr/browser/extensions/langpack-${c.locale}@firefox-esr.mozilla.org.xpi`;
          assert.ok(existsSync(pack) || process.env.FIREFOX_BIN, `install firefox-esr-l10n-${c.locale} (missing ${pack})`);
        }
        let overlayText;
        const tab = await browser.open(fixtureUrl(c.fixture, c.host));
        const seen = await waitFor(async () => {
          const o = await tab.overlay();
          return o.present && o.covers && o.onTop ? o : null;
        }, 8000);
        assert.ok(seen, 'no warning');
        if (name === 'firefox') {
          // The warning page as an extension tab, rendering the scam tab's state.
          const page = await overlayAsTab(browser, fixtureUrl(c.fixture, c.host));
          overlayText = await page.eval(() => {
            document.querySelector('details.why').open = true;
            return document.body.innerText;
          });
          await page.close();
          await tab.url(); // back to the scam tab: the popup (opened as a tab) reports on it
        }
        if (name === 'chromium') {
          const frame = await waitFor(() => tab.page.frames().find((f) => f.url().includes('/pages/overlay.html')), 5000);
          await waitFor(() => frame.evaluate(() => {
            const d = document.querySelector('details.why');
            if (d) d.open = true;
            return !!d;
          }), 5000);
          overlayText = await waitFor(() => tab.overlayText(), 5000);
          const lang = await tab.page.frames().find((f) => f.url().includes('/pages/overlay.html')).evaluate(() => document.documentElement.lang);
          assert.match(lang, new RegExp(`^${c.locale}`));
          if (SHOTS) {
            mkdirSync(SHOTS, { recursive: true });
            await new Promise((ok) => setTimeout(ok, 300));
            await tab.page.screenshot({ path: path.join(SHOTS, `overlay-chromium-${c.locale}.png`) });
          }
        }
        for (const re of c.overlay) assert.match(overlayText ?? '', re);

        const popup = await browser.openExtensionPage('pages/popup.html');
        const text = await waitFor(() => popup.eval(() => document.querySelector('.count') && document.body.innerText), 5000);
        for (const re of c.popup) assert.match(text ?? '', re);
        const verdict = await popup.eval(() => document.querySelector('.verdict').dataset.level);
        assert.equal(verdict, 'scam', 'the popup must show the scam tab\'s verdict');
        if (SHOTS && name === 'firefox') {
          mkdirSync(SHOTS, { recursive: true });
          await popup.url();
          // Firefox clips element shots to the window: make the window as tall as the popup.
          const { By } = await import('selenium-webdriver');
          const h = await popup.eval(() => document.body.scrollHeight);
          await browser.driver.manage().window().setRect({ width: 420, height: Math.min(h + 120, 2400) });
          await new Promise((ok) => setTimeout(ok, 300));
          const png = await browser.driver.findElement(By.css('body')).takeScreenshot();
          writeFileSync(path.join(SHOTS, `popup-firefox-${c.locale}.png`), Buffer.from(png, 'base64'));
        }
        await popup.close();
        await tab.close();
      });
    });
  }
}

// What a person reads first follows the kind of scam (docs/UI.md "The warning"): the headline and
// summary of the warning over a classic fake virus alert, a parcel-fee lure and a blocked-account
// lure (invented fixtures, fictional numbers), and the popup's sentence for the parcel lure, in
// Chromium and Firefox. In Firefox the warning's frame sits in a closed shadow root: the same
// page is read as an extension tab rendering the scam tab's state (tests/lib/overlay_page.mjs).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { waitFor, BROWSERS } from '../lib/browsers.mjs';
import { fixtureUrl } from '../lib/fixtures.mjs';
import { withBrowser } from '../lib/session.mjs';
import { overlayAsTab } from '../lib/overlay_page.mjs';
import { warned, frameOf } from '../lib/driver.mjs';

const en = JSON.parse(readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));
const msg = (key, brand = '') => en[key].message.replaceAll('$BRAND$', brand);

const CASES = [
  ['scam-defender.html', 'kind-alert.github.io', msg('overlayHeadline'), msg('overlaySummary')],
  ['scam-parcel.html', 'parcel-fee-55.web.app', msg('parcelHeadline'), msg('parcelSummaryBrand', 'DHL')],
  ['scam-account.html', 'secure-unlock-55.web.app', msg('accountHeadline'), msg('accountSummaryBrand', 'Barclays')],
];

const read = () => ({
  headline: document.querySelector('#hangup-headline')?.textContent,
  summary: document.querySelector('#hangup-summary')?.textContent,
  visible: !!document.querySelector('#hangup-headline')?.offsetParent,
});

for (const name of BROWSERS) {
  describe(`the warning's first words follow the kind of scam, in ${name}`, () => {
    let browser;
    withBrowser(name, (env) => {
      browser = env.browser;
    });

    test('a fake virus alert, a parcel fee and a blocked account each get their own headline and summary', async () => {
      for (const [file, host, headline, summary] of CASES) {
        const url = fixtureUrl(file, host);
        const tab = await browser.open(url);
        assert.ok(await warned(tab), `no warning over ${file}`);
        let seen;
        let page;
        if (name === 'chromium') {
          const f = await frameOf(browser, tab);
          seen = await f.evaluate(read);
        } else {
          page = await overlayAsTab(browser, url);
          seen = await page.eval(read);
        }
        assert.deepEqual(seen, { headline, summary, visible: true }, file);
        if (file === 'scam-parcel.html') {
          // The popup says the same kind (opened as a tab, it is about the tab used just before).
          await page?.close();
          page = null;
          await tab.url(); // the scam tab is the last one used
          const popup = await browser.openExtensionPage('pages/popup.html');
          const said = await waitFor(() => popup.eval(() => document.querySelector('.verdict-text')?.textContent), 5000);
          assert.equal(said, headline);
          await popup.close();
        }
        await page?.close();
        await tab.close();
      }
    });
  });
}

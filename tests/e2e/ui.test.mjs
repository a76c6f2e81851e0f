// The warning's actions and the popup, end to end in real Chromium and real Firefox:
// each action does what it says (leave leaves even past beforeunload/history traps; report opens
// the official forms with the address ready to copy; trust asks twice, then the site is not
// warned again; "show the page anyway" removes the warning for this page view only), a
// keyboard-only walk through the warning, the first screen at 1280x800 (headline, way out, number,
// key advice), the "Why HangUp thinks so" disclosure by keyboard, "This is not a scam", and the
// popup: verdict, reasons only where they accuse, advice in its first 600 px, the two-step site
// switch, showing a dismissed warning again.
//
// Firefox: the warning's iframe sits in a closed shadow root that WebDriver cannot enter, so
// there the walk is checked by its outcomes (which key press leads to which action), as a
// person would experience it. With HANGUP_SCREENSHOTS=1 the suite saves docs/screenshots/*.png.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor, BROWSERS } from '../lib/browsers.mjs';
import { fixtureUrl } from '../lib/fixtures.mjs';
import { withBrowser } from '../lib/session.mjs';
import { overlayAsTab } from '../lib/overlay_page.mjs';
import { sleep, settle, warned, press, frameOf, focused, focusOnLeave, policyAnswered } from '../lib/driver.mjs';

const SHOTS = process.env.HANGUP_SCREENSHOTS === '1'
  ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots') : null;

/** Runs `act`, then returns {url, eval} for the tab it opened. */
async function newTabAfter(browser, act) {
  if (browser.name === 'chromium') {
    const opened = browser.context.waitForEvent('page', { timeout: 8000 });
    await act();
    const page = await opened;
    await page.waitForLoadState('domcontentloaded').catch(() => {});
    return { page, url: () => page.url(), eval: (fn, arg) => page.evaluate(fn, arg), close: () => page.close() };
  }
  const d = browser.driver;
  const before = new Set(await d.getAllWindowHandles());
  await act();
  const handle = await waitFor(async () => (await d.getAllWindowHandles()).find((h) => !before.has(h)), 8000);
  assert.ok(handle, 'no new tab opened');
  const go = () => d.switchTo().window(handle);
  return {
    url: async () => (await go(), d.getCurrentUrl()),
    eval: async (fn, arg) => (await go(), d.executeScript(`return (${fn})(arguments[0]);`, arg)),
    close: async () => (await go(), d.close()),
  };
}

/** Saves a PNG of the tab; `element` (a CSS selector) limits it to that element (the popup). */
async function screenshot(browser, tab, name, element) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await sleep(300);
  const file = path.join(SHOTS, name);
  if (browser.name === 'chromium') {
    if (element) await tab.page.locator(element).screenshot({ path: file });
    else await tab.page.screenshot({ path: file });
  } else {
    const { writeFileSync } = await import('node:fs');
    const { By } = await import('selenium-webdriver');
    await tab.url();
    let png;
    if (element) {
      // Firefox clips element shots to the window: make the window as tall as the element.
      const win = browser.driver.manage().window();
      const before = await win.getRect();
      const h = await browser.driver.executeScript(`return document.querySelector(arguments[0]).scrollHeight`, element);
      await win.setRect({ width: 420, height: Math.min(h + 120, 2400) });
      await settle(browser);
      png = await browser.driver.findElement(By.css(element)).takeScreenshot();
      await win.setRect({ width: before.width, height: before.height });
    } else png = await browser.driver.takeScreenshot();
    writeFileSync(file, Buffer.from(png, 'base64'));
  }
}

for (const name of BROWSERS) {
  describe(`the warning and the popup in ${name}`, () => {
    let browser;
    withBrowser(name, async (env) => {
      browser = env.browser;
      // These tests check the warning a person sees once the browser is up (settings.test.mjs
      // covers the first seconds, before the policy service answers).
      await policyAnswered(browser);
    });

    test('the warning: an alert dialog, focus on "Leave this page", the number marked, the reasons', async (t) => {
      const tab = await browser.open(fixtureUrl('scam-defender.html', 'windows-defender-alert.github.io'));
      assert.ok(await warned(tab), 'no warning');
      await screenshot(browser, tab, `overlay-${name}.png`);
      if (name !== 'chromium') {
        t.diagnostic('Firefox: structure checked through the keyboard-walk test (closed shadow root)');
        await tab.close();
        return;
      }
      const f = await frameOf(browser, tab);
      const shape = await f.evaluate(() => {
        const d = document.querySelector('[role="alertdialog"]');
        const label = document.getElementById(d.getAttribute('aria-labelledby'))?.textContent;
        const phones = [...document.querySelectorAll('.phone')].map((li) => li.getAttribute('aria-label'));
        const style = getComputedStyle(document.querySelector('.primary'));
        return {
          modal: d.getAttribute('aria-modal'),
          label,
          live: [...document.querySelectorAll('[aria-live]')].map((e) => e.id),
          focus: document.activeElement?.dataset.action,
          phones,
          why: document.querySelector('details.why')?.open,
          reasons: document.querySelectorAll('details.why .reasons li').length,
          advice: document.querySelectorAll('.advice li').length,
          moreAdvice: document.querySelectorAll('details.why .more-advice li').length,
          actions: [...document.querySelectorAll('[data-action]')].map((b) => b.dataset.action),
          confirmHidden: document.getElementById('hangup-confirm').hidden,
          colors: [style.color, style.backgroundColor],
          fallbackGone: !document.getElementById('fallback'),
        };
      });
      assert.equal(shape.modal, 'true');
      assert.match(shape.label, /fake virus warning/);
      assert.deepEqual(shape.live, ['hangup-headline'], 'the live region is the headline only');
      assert.equal(shape.focus, 'leave');
      assert.ok(shape.phones.length >= 1, 'no phone number shown');
      assert.match(shape.phones[0], /\d.*scammers' number: do not call it/);
      assert.equal(shape.why, false, '"Why HangUp thinks so" starts closed');
      assert.ok(shape.reasons >= 2, 'reasons missing');
      assert.equal(shape.advice, 3, 'three pieces of advice on the first screen');
      assert.equal(shape.moreAdvice, 4, 'the rest of the advice behind the disclosure');
      assert.deepEqual(shape.actions, ['leave', 'report', 'trust', 'not-scam', 'show', 'confirm-yes', 'confirm-no', 'mistake']);
      assert.equal(shape.confirmHidden, true, 'the trust confirmation must not show before it is asked for');
      assert.deepEqual(shape.colors, ['rgb(255, 255, 255)', 'rgb(21, 94, 117)']); // 7.4:1, WCAG AA
      assert.ok(shape.fallbackGone, 'the static fallback stays under the rendered warning');
      await tab.close();
    });

    test('the first screen at 1280x800 holds the headline, the way out, the number and the key advice', async () => {
      const url = fixtureUrl('scam-defender.html', 'first-screen-alert.github.io');
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      let page;
      let measure;
      const probe = () => {
        const box = (sel) => {
          const e = document.querySelector(sel);
          if (!e) return null;
          const r = e.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, visible: e.offsetParent !== null };
        };
        return {
          vw: innerWidth,
          vh: innerHeight,
          headline: box('#hangup-headline'),
          leave: box('[data-action="leave"]'),
          number: box('.phone-number'),
          advice: box('.advice ul'),
          summary: box('details.why > summary'),
        };
      };
      if (name === 'chromium') {
        const f = await frameOf(browser, tab);
        measure = () => f.evaluate(probe);
      } else {
        page = await overlayAsTab(browser, url);
        // A 1280x800 viewport: the window is that plus the browser's own bars.
        const d = browser.driver;
        const { outer, inner } = await waitFor(() => page.eval(() => ({ outer: outerHeight, inner: innerHeight })), 5000);
        await d.manage().window().setRect({ width: 1280 + 0, height: 800 + (outer - inner) });
        await sleep(300);
        measure = () => page.eval(probe);
      }
      const m = await measure();
      assert.equal(m.vh, 800, `viewport height ${m.vh}`);
      for (const key of ['headline', 'leave', 'number', 'advice']) {
        assert.ok(m[key]?.visible, `${key} not rendered`);
        assert.ok(m[key].top >= 0 && m[key].bottom <= m.vh, `${key} is not on the first screen: ${JSON.stringify(m[key])}`);
      }
      if (page) await page.close();
      await tab.close();
    });

    test('the warning is readable on a 360-px-wide window and at 200% zoom', async (t) => {
      if (name !== 'chromium') return t.skip('viewport emulation: Chromium');
      const tab = await browser.open();
      await tab.page.setViewportSize({ width: 360, height: 740 });
      await tab.goto(fixtureUrl('scam-defender.html', 'windows-defender-alert.github.io'));
      assert.ok(await warned(tab), 'no warning at 360 px');
      const f = await frameOf(browser, tab);
      const fit = async () => f.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        leaveVisible: (() => {
          const r = document.querySelector('[data-action="leave"]').getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
        })(),
      }));
      assert.deepEqual(await fit(), { overflow: 0, leaveVisible: true });
      await screenshot(browser, tab, 'overlay-chromium-360px.png');
      // 200% zoom of a 720-px window is the same CSS viewport as 360 px at device scale 2.
      await tab.page.setViewportSize({ width: 720, height: 800 });
      await f.evaluate(() => { document.documentElement.style.zoom = '2'; });
      const zoomed = await f.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth * 2 + 1);
      assert.ok(zoomed, 'horizontal scrolling at 200%');
      await tab.close();
    });

    test('keyboard only: Tab cycles inside the warning, the trust step asks twice, Escape backs out', async () => {
      const tab = await browser.open(fixtureUrl('scam-defender.html', 'kbd-walk-alert.github.io'));
      assert.ok(await warned(tab), 'no warning');
      if (name === 'chromium') {
        const f = await frameOf(browser, tab);
        await waitFor(async () => (await focused(f)) === 'leave', 3000);
        const order = [await focused(f)];
        for (let i = 0; i < 6; i++) {
          await press(browser, tab, 'Tab');
          order.push(await focused(f));
        }
        assert.deepEqual(order, ['leave', 'report', 'SUMMARY', 'trust', 'not-scam', 'show', 'leave'], 'Tab must cycle inside the warning');
        // A click on the text (not on a control) hands the focus back to the safe choice.
        await press(browser, tab, 'Tab');
        assert.equal(await focused(f), 'report');
        const title = await f.evaluate(() => `#${document.querySelector('[role="alertdialog"]').getAttribute('aria-labelledby')}`);
        await f.click(title);
        await waitFor(async () => (await focused(f)) === 'leave', 2000);
        assert.equal(await focused(f), 'leave', 'a click on the headline left Enter with nothing to do');
        await press(browser, tab, 'Shift+Tab');
        assert.equal(await focused(f), 'show', 'Shift+Tab from the first control goes to the last');
        await press(browser, tab, 'Shift+Tab');
        assert.equal(await focused(f), 'not-scam');
        await press(browser, tab, 'Shift+Tab');
        assert.equal(await focused(f), 'trust');
        await press(browser, tab, 'Enter');
        assert.equal(await focused(f), 'confirm-no', 'the confirmation opens on the safe choice');
        assert.equal(await f.evaluate(() => document.getElementById('hangup-confirm').hidden), false);
        await screenshot(browser, tab, 'overlay-chromium-trust-confirmation.png');
        await press(browser, tab, 'Escape');
        assert.equal(await focused(f), 'trust');
        assert.equal(await f.evaluate(() => document.getElementById('hangup-confirm').hidden), true);
        await press(browser, tab, 'Tab');
        assert.equal(await focused(f), 'not-scam');
        await press(browser, tab, 'Tab');
        assert.equal(await focused(f), 'show');
      } else {
        // Firefox, by outcome: Shift+Tab from "Leave" must wrap to "Show the page anyway".
        await settle(browser);
        await press(browser, tab, 'Shift+Tab');
      }
      await press(browser, tab, 'Enter');
      const gone = await waitFor(async () => !(await tab.overlay()).present, 5000);
      assert.ok(gone, 'Enter on \"Show the page anyway\" did not remove "Show the page anyway"');
      await tab.close();
    });

    test('"Why HangUp thinks so" opens by keyboard: the reasons quote the page in its own case', async () => {
      const url = fixtureUrl('scam-defender.html', 'why-disclosure-alert.github.io');
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      let page = null;
      let run;
      let key;
      if (name === 'chromium') {
        const f = await frameOf(browser, tab);
        await waitFor(async () => (await focused(f)) === 'leave', 3000);
        run = (fn) => f.evaluate(fn);
        key = (k) => press(browser, tab, k);
      } else {
        page = await overlayAsTab(browser, url);
        const { Key } = await import('selenium-webdriver');
        run = (fn) => page.eval(fn);
        key = async (k) => {
          await page.url(); // focus this tab
          await browser.driver.actions().sendKeys({ Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE }[k]).perform();
        };
      }
      const state = () => run(() => ({
        focus: document.activeElement?.tagName,
        action: document.activeElement?.dataset?.action,
        open: document.querySelector('details.why').open,
        expanded: document.querySelector('details.why > summary').getAttribute('aria-expanded'),
        shown: [...document.querySelectorAll('details.why .reasons li')].filter((li) => li.checkVisibility()).map((li) => li.textContent),
      }));
      // From "Leave this page": Report, then the disclosure. Under WebDriver (Firefox) the first
      // key can merely give the tab's document the focus (it lands on "Leave"), so the walk goes
      // on until the disclosure and checks the stops that led there.
      const stops = [];
      let s;
      for (let i = 0; i < (name === 'chromium' ? 2 : 4); i++) {
        await key('Tab');
        s = await state();
        stops.push(s.action ?? s.focus);
        if (s.focus === 'SUMMARY') break;
      }
      if (name === 'chromium') assert.deepEqual(stops, ['report', 'SUMMARY'], 'the disclosure is the third stop');
      else assert.deepEqual(stops.slice(-2), ['report', 'SUMMARY'], `the disclosure comes after Report: ${stops}`);
      assert.equal(s.open, false);
      assert.deepEqual(s.shown, [], 'reasons must wait behind the disclosure');
      await key('Enter');
      s = await waitFor(async () => {
        const x = await state();
        return x.open ? x : null;
      }, 2000);
      assert.ok(s, 'Enter did not open "Why HangUp thinks so"');
      assert.ok(s.shown.length >= 2, 'no reasons shown');
      // The page says "Access to this PC has been blocked for security reasons.": quoted as
      // written (not as the engine normalised it), in English quotation marks.
      const claim = s.shown.find((r) => /blocked/i.test(r));
      assert.match(claim ?? '', /: “Access to this PC has been blocked for security reasons\.”$/, `excerpt not in the page's case: ${claim}`);
      await key('Enter');
      assert.equal((await state()).open, false, 'Enter closes it again');
      if (page) await page.close();
      await tab.close();
    });

    test('"Leave this page" leaves, past a beforeunload trap and a flooded history', async (t) => {
      const url = fixtureUrl('scam-alert-loop.html', 'helpdesk-alert.example');
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      await settle(browser);
      if (name === 'chromium') await tab.overlayClick('leave');
      else {
        // The focus is inside the warning (on "Leave this page"), not on the trapped page.
        assert.equal(await tab.eval(() => document.activeElement?.tagName), 'HANGUP-WARNING');
        await press(browser, tab, 'Enter');
      }
      let left = await waitFor(async () => (await tab.url()).startsWith(browser.extBase + 'pages/left.html'), 4000);
      if (!left && name === 'firefox') {
        // Seen about once in six runs on a heavily loaded machine: the first Enter did not reach
        // "Leave". Recorded, then retried the way a person would (Tab back onto the button).
        t.diagnostic(`first Enter did not leave; overlay ${JSON.stringify(await tab.overlay())}`);
        await press(browser, tab, 'Tab');
        await press(browser, tab, 'Shift+Tab');
        await press(browser, tab, 'Enter');
        left = await waitFor(async () => (await tab.url()).startsWith(browser.extBase + 'pages/left.html'), 6000);
      }
      assert.ok(left, `still on ${await tab.url()}`);
      const text = await waitFor(() => tab.eval(() => document.body.innerText), 3000);
      assert.match(text, /You left the scam page/);
      await tab.close();
    });

    test('"Report this page" opens the official report forms with the address ready to copy', async () => {
      const url = fixtureUrl('scam-defender.html', 'report-me-alert.github.io');
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      await settle(browser);
      const report = await newTabAfter(browser, async () => {
        if (name === 'chromium') await tab.overlayClick('report');
        else {
          await press(browser, tab, 'Tab');
          await press(browser, tab, 'Enter');
        }
      });
      const opened = await waitFor(async () => (await report.url()).startsWith(browser.extBase + 'pages/report.html'), 5000);
      assert.ok(opened, await report.url());
      const got = await waitFor(() => report.eval(() => {
        const links = [...document.querySelectorAll('#links a')];
        return links.length ? {
          address: document.getElementById('url').value,
          phones: document.getElementById('phones').value,
          hrefs: links.map((a) => a.href),
          targets: links.map((a) => a.target),
          heading: document.querySelector('h1').textContent,
        } : null;
      }), 5000);
      assert.equal(got.address, url);
      assert.match(got.phones, /\d{3}/);
      assert.equal(got.hrefs[0], 'https://www.microsoft.com/en-us/concern/scam');
      assert.equal(got.hrefs[1], 'https://reportfraud.ftc.gov/');
      assert.equal(got.hrefs[2], 'https://www.ic3.gov/');
      assert.equal(got.hrefs[3], `https://safebrowsing.google.com/safebrowsing/report_phish/?url=${encodeURIComponent(url)}`);
      assert.deepEqual(got.targets, ['_blank', '_blank', '_blank', '_blank']);
      assert.match(got.heading, /Report this scam page/);
      if (name === 'chromium') await screenshot(browser, report, 'report-chromium.png');
      if (name === 'chromium') {
        // The copy button puts the address on the clipboard.
        await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.extBase.slice(0, -1) }).catch(() => {});
        const copied = await report.eval(async () => {
          document.getElementById('copy').click();
          await new Promise((ok) => setTimeout(ok, 300));
          return document.getElementById('copied').textContent;
        });
        assert.match(copied, /Copied|Could not copy/);
      }
      await report.close();
      await tab.close();
    });

    test('"I trust this site" asks again, then allow-lists the site: no warning after reload', async () => {
      const host = 'trusted-by-me-alert.github.io';
      const url = fixtureUrl('scam-defender.html', host);
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      await settle(browser);
      if (name === 'chromium') {
        await tab.overlayClick('trust');
        const f = await frameOf(browser, tab);
        assert.equal(await f.evaluate(() => document.getElementById('hangup-confirm').hidden), false);
        assert.match(await f.evaluate(() => document.getElementById('hangup-confirm').innerText), new RegExp(host.replace(/\./g, '\\.')));
        await tab.overlayClick('confirm-yes');
      } else {
        // Leave -> Report -> Why -> Trust, Enter opens the confirmation on "No"; Shift+Tab to "Yes".
        for (let i = 0; i < 3; i++) await press(browser, tab, 'Tab');
        await press(browser, tab, 'Enter');
        await sleep(200);
        await press(browser, tab, 'Shift+Tab');
        await press(browser, tab, 'Enter');
      }
      assert.ok(await waitFor(async () => !(await tab.overlay()).present, 5000), 'the warning stayed after trusting');
      await tab.goto(url);
      await sleep(2500);
      assert.equal((await tab.overlay()).present, false, 'warned again on a trusted site');
      // The popup lists it; removing it there brings the warning back.
      const popup = await browser.openExtensionPage('pages/popup.html');
      const listed = await waitFor(() => popup.eval(() => document.querySelector('.count') && [...document.querySelectorAll('.allowlist .host')].map((e) => e.textContent)), 5000);
      assert.deepEqual(listed, [host]);
      assert.match(await popup.eval(() => document.querySelector('.verdict').innerText), /You trust this site/);
      await popup.eval(() => document.querySelector('[data-action="untrust"]').click());
      assert.ok(await waitFor(() => popup.eval(() => !!document.querySelector('.allowlist-empty')), 3000), 'not removed');
      await popup.close();
      await tab.goto(url);
      assert.ok(await warned(tab), 'no warning after removing the site from the allow-list');
      await tab.close();
    });

    test('"This is not a scam" asks again, then trusts the site and notes the mistake on this device', async () => {
      const host = 'not-a-scam-alert.github.io';
      const url = fixtureUrl('scam-defender.html', host);
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      await settle(browser);
      if (name === 'chromium') {
        await tab.overlayClick('not-scam');
        const f = await frameOf(browser, tab);
        const c = await f.evaluate(() => ({
          hidden: document.getElementById('hangup-confirm').hidden,
          text: document.getElementById('hangup-confirm').innerText,
          focus: document.activeElement?.dataset.action,
          mistake: !!document.querySelector('[data-action="mistake"]')?.offsetParent,
        }));
        assert.equal(c.hidden, false);
        assert.match(c.text, new RegExp(`${host.replace(/\./g, '\\.')}[^]*Yes, this is not a scam`));
        assert.equal(c.focus, 'confirm-no', 'the confirmation opens on the safe choice');
        assert.ok(c.mistake, 'no "Report a mistake" next to the confirmation');
        await tab.overlayClick('confirm-yes');
      } else {
        // Shift+Tab from "Leave": Show the page anyway, then This is not a scam; Enter asks; Shift+Tab to "Yes".
        await press(browser, tab, 'Shift+Tab');
        await press(browser, tab, 'Shift+Tab');
        await press(browser, tab, 'Enter');
        await sleep(200);
        await press(browser, tab, 'Shift+Tab');
        await press(browser, tab, 'Enter');
      }
      assert.ok(await waitFor(async () => !(await tab.overlay()).present, 5000), 'the warning stayed');
      const popup = await browser.openExtensionPage('pages/popup.html');
      const kept = await waitFor(() => popup.eval(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const { mistakes } = await api.storage.local.get('mistakes');
        const { settings } = await api.storage.sync.get('settings');
        return mistakes ? { mistakes, allow: settings?.allowlist } : null;
      }), 5000);
      assert.ok(kept, 'no mistake recorded');
      const m = kept.mistakes.at(-1);
      assert.equal(m.host, host);
      assert.equal(m.level, 'scam');
      assert.ok(m.reasons.length >= 2 && m.reasons.every((r) => /^[a-z_]+$/.test(r)), `reasons are ids only: ${JSON.stringify(m.reasons)}`);
      assert.ok(!JSON.stringify(m).includes('infected'), 'no page text in the record');
      assert.ok(kept.allow.includes(host), 'the site is not trusted');
      // Undo for the next tests: the site off the allow-list again.
      await popup.eval(async (h) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const { settings } = await api.storage.sync.get('settings');
        await api.storage.sync.set({ settings: { ...settings, allowlist: settings.allowlist.filter((x) => x !== h) } });
      }, host);
      await popup.close();
      await tab.close();
    });

    test('"Show the page anyway" removes the warning for this page view only', async () => {
      const url = fixtureUrl('scam-defender.html', 'show-anyway-alert.github.io');
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      await settle(browser);
      await focusOnLeave(browser, tab);
      // By keyboard (a mouse click races with the frame going away in Playwright): Shift+Tab from
      // "Leave" wraps to "Show the page anyway".
      await press(browser, tab, 'Shift+Tab');
      await press(browser, tab, 'Enter');
      assert.ok(await waitFor(async () => !(await tab.overlay()).present, 5000), 'the warning stayed');
      // A frame the page adds afterwards (an ad, a sign-in box) is read like any frame: that read
      // neither warns again nor puts back the rule that loads the tab's frames sandboxed
      // (frame_rules.js; review 20 M3: it came back silently for the rest of the page view).
      await tab.eval(() => {
        const f = document.createElement('iframe');
        f.style.cssText = 'width:400px;height:200px';
        f.srcdoc = '<p>Sign in to leave a comment. Your account name and password are checked by the site.</p>';
        document.body.append(f);
      });
      await sleep(2000);
      assert.equal((await tab.overlay()).present, false, 'the warning came back on the same page view');
      if (browser.name === 'chromium') {
        // This tab's rule (the session rules are the browser's: a tab an earlier test left open,
        // warned, keeps its own rule, rightly).
        const rules = await browser.serviceWorker().evaluate(async (address) => {
          const ids = (await chrome.tabs.query({})).filter((t) => t.url === address).map((t) => t.id);
          if (ids.length !== 1) return `${ids.length} tabs at ${address}`;
          return (await chrome.declarativeNetRequest.getSessionRules()).filter((r) => r.condition.tabIds?.includes(ids[0]));
        }, url);
        assert.deepEqual(rules, [], 'the frame rule is back on the page the person chose to see');
      }
      await tab.goto(url);
      assert.ok(await warned(tab), 'the next visit must be warned again');
      await tab.close();
    });

    test('the popup on a scam page: a heading, 18 px text, the advice in the first 600 px, reasons behind a disclosure', async () => {
      const url = fixtureUrl('scam-fullscreen.html', 'pc-locked-7781.azurewebsites.net');
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      const popup = await browser.openExtensionPage('pages/popup.html');
      const p = await waitFor(() => popup.eval(() => {
        const v = document.querySelector('.verdict');
        if (!v || !document.querySelector('.count')) return null;
        const first = document.querySelector('button, a[href], input, summary');
        return {
          level: v.dataset.level,
          verdict: v.innerText,
          h1: document.querySelector('h1')?.textContent,
          size: getComputedStyle(document.querySelector('.advice li')).fontSize,
          adviceBottom: document.querySelector('.advice ul').getBoundingClientRect().bottom + scrollY,
          advice: document.querySelectorAll('.advice li').length,
          why: document.querySelector('details.why')?.open,
          reasons: document.querySelectorAll('details.why .reasons li').length,
          links: [...document.querySelectorAll('.report a')].map((a) => a.href),
          count: document.querySelector('.count').textContent,
          privacy: document.querySelector('.privacy a')?.href,
          first: first?.dataset.action ?? first?.tagName,
          site: document.querySelector('[data-action="site"]')?.checked,
          strict: document.querySelector('[data-action="sensitivity"]:checked')?.value,
        };
      }), 5000);
      assert.equal(p.level, 'scam');
      assert.match(p.verdict, /tech-support scam/);
      assert.equal(p.h1, 'HangUp');
      assert.equal(p.size, '18px', 'the popup reads at the overlay\'s size');
      assert.equal(p.advice, 3);
      assert.ok(p.adviceBottom <= 600, `the advice ends at ${p.adviceBottom} px, below the popup's 600`);
      assert.equal(p.why, false);
      assert.ok(p.reasons >= 2, 'no reasons');
      assert.equal(p.links.length, 4);
      assert.match(p.count, /so far: [1-9]\d*/);
      assert.equal(p.privacy, `${browser.extBase}pages/privacy.html`);
      assert.notEqual(p.first, 'site', 'the site switch must not be the first control');
      assert.equal(p.site, true);
      assert.equal(p.strict, 'normal');
      await screenshot(browser, popup, `popup-${name}.png`, 'body');
      await popup.close();
      await tab.close();
    });

    test('switching protection off on a scam page takes two deliberate steps; strict mode sticks', async () => {
      const host = 'switch-two-steps-alert.github.io';
      const url = fixtureUrl('scam-defender.html', host);
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      let popup = await browser.openExtensionPage('pages/popup.html');
      await waitFor(() => popup.eval(() => !!document.querySelector('.count')), 5000);
      const look = () => popup.eval(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const { settings } = await api.storage.sync.get('settings');
        return {
          on: document.querySelector('[data-action="site"]').checked,
          asking: document.getElementById('site-confirm')?.hidden === false,
          focus: document.activeElement?.dataset?.action,
          disabled: settings?.disabledSites ?? [],
        };
      });
      // One click: still on, nothing stored, the question asked with the focus on "No".
      await popup.eval(() => document.querySelector('[data-action="site"]').click());
      let s = await look();
      assert.deepEqual(s, { on: true, asking: true, focus: 'site-no', disabled: [] }, 'one click switched protection off');
      await popup.eval(() => document.querySelector('[data-action="site-no"]').click());
      s = await look();
      assert.deepEqual(s, { on: true, asking: false, focus: 'site', disabled: [] });
      // One key press on the switch (Space) asks again; it does not switch off either.
      if (name === 'chromium') await popup.page.keyboard.press('Space');
      else {
        const { Key } = await import('selenium-webdriver');
        await popup.url();
        await browser.driver.actions().sendKeys(Key.SPACE).perform();
      }
      s = await waitFor(async () => {
        const x = await look();
        return x.asking ? x : null;
      }, 2000);
      assert.deepEqual(s, { on: true, asking: true, focus: 'site-no', disabled: [] }, 'Space switched protection off');
      // The second, deliberate step.
      await popup.eval(() => document.querySelector('[data-action="site-yes"]').click());
      s = await waitFor(async () => {
        const x = await popup.eval(() => document.querySelector('[data-action="site"]') && !document.querySelector('[data-action="site"]').checked);
        return x ? look().catch(() => null) : null;
      }, 3000);
      assert.ok(s && !s.on && s.disabled.includes(host), `not switched off: ${JSON.stringify(s)}`);
      await popup.eval(() => document.querySelector('[data-action="sensitivity"][value="strict"]').click());
      await sleep(500);
      await popup.close();
      await tab.goto(url);
      await sleep(2500);
      assert.equal((await tab.overlay()).present, false, 'warned on a site switched off');
      popup = await browser.openExtensionPage('pages/popup.html');
      const after = await waitFor(() => popup.eval(() => document.querySelector('.count') && {
        site: document.querySelector('[data-action="site"]').checked,
        strict: document.querySelector('[data-action="sensitivity"]:checked').value,
        text: document.querySelector('.verdict').innerText,
      }), 5000);
      assert.deepEqual({ site: after.site, strict: after.strict }, { site: false, strict: 'strict' });
      assert.match(after.text, /switched off for this site/);
      // Back on takes one step.
      await popup.eval(() => {
        document.querySelector('[data-action="site"]').click();
        document.querySelector('[data-action="sensitivity"][value="normal"]').click();
      });
      await sleep(500);
      await popup.close();
      await tab.goto(url);
      assert.ok(await warned(tab), 'not warned after switching back on');
      await tab.close();
    });

    test('the popup accuses only where HangUp does: no reasons on a safe page; "not enough to warn" on a suspicious one', async () => {
      const url = fixtureUrl('benign-article.html', 'news-safe-page.example');
      const tab = await browser.open(url);
      await sleep(1500);
      let popup = await browser.openExtensionPage('pages/popup.html');
      const safe = await waitFor(() => popup.eval(() => document.querySelector('.count') && {
        level: document.querySelector('.verdict').dataset.level,
        reasons: document.querySelectorAll('.reasons li').length,
        why: !!document.querySelector('details.why'),
        text: document.body.innerText,
      }), 5000);
      assert.equal(safe.level, 'safe');
      assert.equal(safe.reasons, 0, 'reasons listed on a safe page');
      assert.equal(safe.why, false);
      assert.doesNotMatch(safe.text, /Why HangUp thinks so/);
      // The same tab as the engine might judge a page with a few weak signs (seeded again until
      // the popup shows it: a late analysis of the page may overwrite the seed).
      const sus = await waitFor(async () => {
        await popup.eval(async (u) => {
          const api = globalThis.browser ?? globalThis.chrome;
          const [t] = await api.tabs.query({ url: u });
          const key = `tab:${t.id}`;
          const st = (await api.storage.session.get(key))[key];
          const reasons = [{ id: 'urgency', group: 'scare', weight: 1, detail: { kind: 'excerpt', text: 'Act now' } }];
          await api.storage.session.set({ [key]: { ...st, verdict: { ...st.verdict, level: 'suspicious', reasons } } });
        }, url);
        await popup.eval(() => location.reload());
        const got = await waitFor(() => popup.eval(() => document.querySelector('.count') && {
          level: document.querySelector('.verdict').dataset.level,
          note: document.querySelector('.verdict .note')?.textContent,
          reasons: document.querySelectorAll('details.why .reasons li').length,
        }), 5000);
        return got?.level === 'suspicious' ? got : null;
      }, 15000, 500);
      assert.ok(sus, 'the popup never showed the suspicious verdict');
      assert.equal(sus.level, 'suspicious');
      assert.match(sus.note ?? '', /not enough for HangUp to warn you/);
      assert.equal(sus.reasons, 1);
      await popup.close();
      await tab.close();
    });

    test('a warning put away with "Show the page anyway" can be shown again from the popup', async () => {
      const url = fixtureUrl('scam-defender.html', 'show-again-alert.github.io');
      const tab = await browser.open(url);
      assert.ok(await warned(tab), 'no warning');
      await settle(browser);
      await focusOnLeave(browser, tab);
      await press(browser, tab, 'Shift+Tab');
      await press(browser, tab, 'Enter');
      assert.ok(await waitFor(async () => !(await tab.overlay()).present, 5000), 'the warning stayed');
      const popup = await browser.openExtensionPage('pages/popup.html');
      const offered = await waitFor(() => popup.eval(() => !!document.querySelector('[data-action="show-warning"]')), 5000);
      assert.ok(offered, 'no "Show the warning again"');
      await popup.eval(() => document.querySelector('[data-action="show-warning"]').click());
      await sleep(300);
      await popup.close();
      assert.ok(await warned(tab), 'the warning did not come back');
      await tab.close();
    });
  });
}

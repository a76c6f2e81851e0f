// Settings in real browsers: survival across an extension reload, and an administrator's policy
// (storage.managed) preset before the browser starts, in both browsers. Migration, per-field
// fallback and policy merging are unit-tested in Node: tests/unit/settings.test.mjs.
//
// How the policy is preset without touching the system-wide browsers other tests use:
// - Chromium reads policy only from /etc/chromium/policies/managed/*.json. The test copies the
//   built extension to a fresh directory (so it gets an extension id of its own, derived from
//   the path), writes a policy file for that id only, and removes it afterwards. It needs write
//   access to that directory (root, as on CI), else it is skipped with a note.
// - Firefox reads policies.json from the `distribution` directory next to its binary. The test
//   builds a throw-away Firefox directory (the binary copied, everything else symlinked) with
//   its own distribution/policies.json and starts that one.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, copyFileSync, accessSync, constants,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, waitFor, BROWSERS, DIST, FIREFOX_ID } from '../lib/browsers.mjs';
import { startFixtureServer, fixtureUrl } from '../lib/fixtures.mjs';
import { withBrowser } from '../lib/session.mjs';
import { sleep } from '../lib/driver.mjs';

const POLICY = { forceEnabled: true, disableTrust: true, strict: true, allowlist: ['preset-trusted-alert.github.io'] };
/** Trusting forbidden, protection not forced on: the popup's site switch must refuse on a scam page. */
const NO_TRUST = { disableTrust: true };

// ---------------------------------------------------------------------------------------------
/** Reads what the popup shows of the settings. */
const popupState = (popup) => waitFor(() => popup.eval(() => document.querySelector('.count') && {
  strict: document.querySelector('[data-action="sensitivity"]:checked')?.value,
  strictLocked: document.querySelector('[data-action="sensitivity"]')?.disabled,
  siteLocked: document.querySelector('[data-action="site"]')?.disabled ?? null,
  allow: [...document.querySelectorAll('.allowlist li')].map((li) => ({
    host: li.querySelector('.host').textContent, removable: !!li.querySelector('[data-action="untrust"]'),
  })),
  text: document.body.innerText,
}), 6000);

for (const name of BROWSERS) {
  describe(`settings survive an extension reload in ${name}`, () => {
    let browser;
    withBrowser(name, (env) => {
      browser = env.browser;
    });

    test('strict mode and the allow-list are still there after runtime.reload()', async () => {
      let popup = await browser.openExtensionPage('pages/popup.html');
      await popupState(popup);
      // An older, partly corrupt object as a previous version might have left it.
      await popup.eval(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.storage.sync.set({ settings: { schema: 1, strict: 'yes', allowlist: ['HTTPS://Kept.Example/x', 42], disabledSites: {} } });
      });
      await popup.close();
      popup = await browser.openExtensionPage('pages/popup.html');
      let s = await popupState(popup);
      assert.deepEqual(s.allow, [{ host: 'kept.example', removable: true }]);
      assert.equal(s.strict, 'normal', 'a corrupt "strict" falls back to normal');
      await popup.eval(() => document.querySelector('[data-action="sensitivity"][value="strict"]').click());
      await sleep(500);
      const stored = await popup.eval(async () => (await (globalThis.browser ?? globalThis.chrome).storage.sync.get('settings')).settings);
      assert.deepEqual(stored, { schema: 2, enabled: true, strict: true, allowlist: ['kept.example'], disabledSites: [] });

      // Reload the extension the way the browser does on an update.
      // The extension's own pages close; the background restarts (Chromium: on the next event).
      if (name === 'chromium') {
        // Chromium re-checks an unpacked extension when it reloads and blocks it ("not from the
        // store") unless developer mode is on, as it is for anyone loading an unpacked build.
        await popup.close();
        const dev = await browser.context.newPage();
        await dev.goto('chrome://extensions');
        await dev.waitForFunction(() => document.querySelector('extensions-manager')?.shadowRoot
          ?.querySelector('extensions-toolbar')?.shadowRoot?.querySelector('#devMode'));
        await dev.evaluate(() => {
          const toggle = document.querySelector('extensions-manager').shadowRoot.querySelector('extensions-toolbar').shadowRoot.querySelector('#devMode');
          if (!toggle.checked) toggle.click();
        });
        await sleep(500);
        await dev.close();
        const workers = browser.context.serviceWorkers();
        await workers[workers.length - 1].evaluate(() => chrome.runtime.reload()).catch(() => {});
      } else {
        await popup.eval(() => { setTimeout(() => browser.runtime.reload(), 50); }).catch(() => {});
      }
      await sleep(3000); // opening an extension page while Chromium reloads it gets it blocked
      popup = await waitFor(async () => {
        const p = await browser.openExtensionPage('pages/popup.html');
        if (await popupState(p)) return p;
        await p.close();
        return null;
      }, 15000, 500);
      assert.ok(popup, 'the extension did not come back after the reload');
      s = await popupState(popup);
      assert.equal(s.strict, 'strict');
      assert.deepEqual(s.allow, [{ host: 'kept.example', removable: true }]);
      // And the reloaded extension still warns.
      const tab = await browser.open(fixtureUrl('scam-defender.html', 'after-reload-alert.github.io'));
      const seen = await waitFor(async () => (await tab.overlay()).present, 8000);
      assert.ok(seen, 'no warning after the reload');
      await tab.close();
    });
  });

  describe(`administrator policy in ${name}`, () => {
    let server;
    let browser;
    let cleanup = () => {};
    let skip = '';
    before(async () => {
      server = await startFixtureServer();
      if (name === 'chromium') ({ browser, cleanup, skip } = await chromiumWithPolicy(server.port, POLICY));
      else ({ browser, cleanup } = await firefoxWithPolicy(server.port, POLICY));
    });
    after(async () => {
      await browser?.close();
      cleanup();
      await server?.close();
    });

    test('preset allow-list, forced on, strict, and no "I trust this site"', async (t) => {
      if (skip) return t.skip(skip);
      // Opened at once after the first start: the browser's policy service may not have answered
      // yet, and HangUp does not wait for it (an unknown policy protects as if there were none).
      // Once it has answered (the background keeps a copy), the preset host's warning is gone.
      const trusted = await browser.open(fixtureUrl('scam-defender.html', POLICY.allowlist[0]));
      const ext = await browser.openExtensionPage('pages/popup.html');
      const policyKept = () => ext.eval(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        return Boolean((await api.storage.local.get('policyCopy')).policyCopy);
      });
      assert.ok(await waitFor(policyKept, 20000), 'the policy service never answered');
      await ext.close();
      assert.ok(await waitFor(async () => !(await trusted.overlay()).present, 5000), 'a warning stays up on a host the policy allow-lists');
      await sleep(1000);
      assert.equal((await trusted.overlay()).present, false, 'warned again on a host the policy allow-lists');
      await trusted.close();
      // With the policy known, the preset host is never warned.
      const again = await browser.open(fixtureUrl('scam-defender.html', POLICY.allowlist[0]));
      await sleep(2500);
      assert.equal((await again.overlay()).present, false, 'warned on a host the policy allow-lists');
      await again.close();

      const tab = await browser.open(fixtureUrl('scam-defender.html', 'policy-check-alert.github.io'));
      assert.ok(await waitFor(async () => (await tab.overlay()).present, 8000), 'no warning');
      if (name === 'chromium') {
        const f = await waitFor(() => tab.page.frames().find((fr) => fr.url().includes('/pages/overlay.html')), 5000);
        const actions = await waitFor(() => f.evaluate(() => {
          const a = [...document.querySelectorAll('[data-action]')].map((b) => b.dataset.action);
          return a.length ? a : null;
        }), 5000);
        assert.deepEqual(actions, ['leave', 'report', 'show'], 'the trust choice must be gone');
      }
      const popup = await browser.openExtensionPage('pages/popup.html');
      const s = await popupState(popup);
      assert.equal(s.strict, 'strict');
      assert.equal(s.strictLocked, true);
      assert.equal(s.siteLocked, true, 'the per-site switch must be locked on');
      assert.deepEqual(s.allow, [{ host: POLICY.allowlist[0], removable: false }]);
      assert.match(s.text, /administrator keeps HangUp switched on/);
      await popup.close();
      if (name === 'firefox') {
        // By keyboard: Leave -> Report -> Why HangUp thinks so -> (no Trust, no "not a scam") ->
        // Show the page anyway (once the warning's frame has loaded and taken the focus).
        await sleep(1500);
        await tab.url();
        const { Key } = await import('selenium-webdriver');
        await browser.driver.actions().sendKeys(Key.TAB).sendKeys(Key.TAB).sendKeys(Key.TAB).sendKeys(Key.ENTER).perform();
        assert.ok(await waitFor(async () => !(await tab.overlay()).present, 5000), 'third control is not "Show the page anyway"');
      }
      await tab.close();
    });
  });
  describe(`policy forbids trusting, protection not forced, in ${name}`, () => {
    let server;
    let browser;
    let cleanup = () => {};
    let skip = '';
    before(async () => {
      server = await startFixtureServer();
      if (name === 'chromium') ({ browser, cleanup, skip } = await chromiumWithPolicy(server.port, NO_TRUST));
      else ({ browser, cleanup } = await firefoxWithPolicy(server.port, NO_TRUST));
    });
    after(async () => {
      await browser?.close();
      cleanup();
      await server?.close();
    });

    test('the popup refuses to switch protection off on a page HangUp calls a scam', async (t) => {
      if (skip) return t.skip(skip);
      const host = 'policy-switch-alert.github.io';
      const tab = await browser.open(fixtureUrl('scam-defender.html', host));
      assert.ok(await waitFor(async () => (await tab.overlay()).present, 8000), 'no warning');
      const popup = await browser.openExtensionPage('pages/popup.html');
      await popupState(popup);
      await popup.eval(() => document.querySelector('[data-action="site"]').click());
      await sleep(300);
      const s = await popup.eval(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const { settings } = await api.storage.sync.get('settings');
        const refused = document.querySelector('.site-refused');
        return {
          on: document.querySelector('[data-action="site"]').checked,
          disabled: document.querySelector('[data-action="site"]').disabled,
          asked: !!document.getElementById('site-confirm'),
          refused: refused && !refused.hidden ? refused.textContent : '',
          stored: settings?.disabledSites ?? [],
        };
      });
      assert.deepEqual(s, {
        on: true,
        disabled: false,
        asked: false,
        refused: 'Your administrator does not allow switching HangUp off on a page it calls a scam.',
        stored: [],
      });
      await popup.close();
      await tab.close();
    });
  });
}

// ---------------------------------------------------------------------------------------------
/** Chromium's id for an unpacked extension: SHA-256 of its path, first 32 hex digits as a-p. */
function unpackedId(dir) {
  return createHash('sha256').update(dir).digest('hex').slice(0, 32).replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}

// The first seconds after install (Chromium: its policy service answers 2-4 s after a new
// profile starts): the warning does not wait for it, so it first comes without "I trust this
// site" (what the policy allows is unknown) and is drawn again with it once the policy answers.
describe('the first warning after install in chromium offers trust once the policy is known', () => {
  if (!BROWSERS.includes('chromium')) return;
  let browser;
  withBrowser('chromium', (env) => {
    browser = env.browser;
  });
  test('"I trust this site" appears without reloading the page', async (t) => {
    const tab = await browser.open(fixtureUrl('scam-defender.html', 'first-start-alert.github.io'));
    const frame = await waitFor(async () => {
      const f = tab.page.frames().find((fr) => fr.url().startsWith(browser.extBase + 'pages/overlay.html'));
      return f && (await f.evaluate(() => !!document.querySelector('[data-action="leave"]')).catch(() => false)) ? f : null;
    }, 10000);
    assert.ok(frame, 'no warning');
    const trust = () => frame.evaluate(() => !!document.querySelector('[data-action="trust"]')).catch(() => false);
    if (await trust()) t.diagnostic('the policy service had answered before the warning: the first draw already offers trust');
    assert.ok(await waitFor(trust, 15000), '"I trust this site" never came once the policy was known');
    assert.equal(await frame.evaluate(() => document.activeElement?.dataset?.action), 'leave', 'focus is not on "Leave this page"');
    await tab.close();
  });
});

async function chromiumWithPolicy(proxyPort, policy) {
  const policyDir = '/etc/chromium/policies/managed';
  try {
    mkdirSync(policyDir, { recursive: true });
    accessSync(policyDir, constants.W_OK);
  } catch {
    return { skip: `cannot write ${policyDir} (needs root, as on CI)`, cleanup: () => {} };
  }
  const work = mkdtempSync(path.join(tmpdir(), 'hangup-policy-'));
  const ext = path.join(work, 'ext');
  cpSync(path.join(DIST, 'chromium'), ext, { recursive: true });
  const id = unpackedId(ext);
  const file = path.join(policyDir, `hangup-test-${id}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  const cleanup = () => {
    rmSync(file, { force: true });
    rmSync(work, { recursive: true, force: true });
  };
  const { chromium } = await import('playwright-core');
  const ctx = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  let [sw] = ctx.serviceWorkers();
  if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  const extBase = `chrome-extension://${new URL(sw.url()).host}/`;
  assert.equal(new URL(sw.url()).host, id, 'extension id differs from the one the policy names');
  // The install opens the welcome page: closed once rendered (as tests/lib/browsers.mjs does), so
  // the popup opened as a tab finds the test's page as the last one used, not the welcome page.
  const { overlayProbe } = await import('../lib/browsers.mjs');
  const welcome = await waitFor(() => ctx.pages().find((p) => p.url().startsWith(`${extBase}pages/welcome.html`)), 8000);
  await welcome?.waitForFunction(() => document.querySelector('h1')?.textContent.trim(), null, { timeout: 8000 }).catch(() => {});
  await welcome?.close().catch(() => {});
  const wrap = (page) => ({
    page,
    async goto(url) { await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20000 }).catch(() => {}); },
    eval: (fn, arg) => page.evaluate(fn, arg),
    overlay: () => page.evaluate(overlayProbe),
    url: () => page.url(),
    close: () => page.close(),
  });
  const browser = {
    name: 'chromium',
    extBase,
    async open(url) { const t = wrap(await ctx.newPage()); if (url) await t.goto(url); return t; },
    async openExtensionPage(rel) { const p = await ctx.newPage(); await p.goto(extBase + rel); return wrap(p); },
    close: () => ctx.close().catch(() => {}),
  };
  return { browser, cleanup, skip: '' };
}

async function firefoxWithPolicy(proxyPort, policy) {
  const real = path.dirname(process.env.FIREFOX_BIN ? path.resolve(process.env.FIREFOX_BIN) : '/usr/lib/firefox-esr/firefox-esr');
  const work = mkdtempSync(path.join(tmpdir(), 'hangup-ffpolicy-'));
  for (const entry of readdirSync(real)) {
    if (entry === 'distribution') continue;
    if (entry === 'firefox-esr' || entry === 'firefox') copyFileSync(path.join(real, entry), path.join(work, entry));
    else symlinkSync(path.join(real, entry), path.join(work, entry));
  }
  mkdirSync(path.join(work, 'distribution'));
  writeFileSync(path.join(work, 'distribution', 'policies.json'),
    JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_ID]: policy } } } }));
  const bin = readdirSync(work).includes('firefox-esr') ? 'firefox-esr' : 'firefox';
  const saved = process.env.FIREFOX_BIN;
  process.env.FIREFOX_BIN = path.join(work, bin);
  let browser;
  try {
    browser = await launch('firefox', { proxyPort });
  } finally {
    if (saved === undefined) delete process.env.FIREFOX_BIN;
    else process.env.FIREFOX_BIN = saved;
  }
  return { browser, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

// One small driver interface over real Chromium (Playwright) and real Firefox (Selenium +
// geckodriver), each with the built extension loaded and the loopback server as its proxy.
// Tests talk to `Browser`/`Tab` only, so every spec runs the same in both browsers.
import { mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// HANGUP_DIST: another build to test (main's, to compare a failure with it).
export const DIST = process.env.HANGUP_DIST ?? path.join(ROOT, 'dist');
export const FIREFOX_ID = 'hangup@hangup-extension.org';
const FIREFOX_UUID = '5d1a0e3c-7b1e-4c7a-9f00-4a6e0b7f1c2d';

/** Runs in the page: what a person would see of the overlay. */
export function overlayProbe() {
  const host = document.querySelector('hangup-warning');
  // The visible viewport, scrollbars excluded. In quirks mode (many scam kits have no doctype)
  // the root's client size is the whole document's and the body's is the viewport's.
  const vp = document.compatMode === 'BackCompat' && document.body ? document.body : document.documentElement;
  const w = Math.min(vp.clientWidth || window.innerWidth, window.innerWidth);
  const h = Math.min(vp.clientHeight || window.innerHeight, window.innerHeight);
  if (!host) return { present: false, fullscreen: !!document.fullscreenElement };
  const r = host.getBoundingClientRect();
  const cs = getComputedStyle(host);
  const points = [[w / 2, h / 2], [5, 5], [w - 5, h - 5]];
  return {
    present: true,
    covers: r.left <= 0 && r.top <= 0 && r.right >= w && r.bottom >= h,
    visible: cs.visibility === 'visible' && cs.display !== 'none' && Number(cs.opacity) === 1,
    onTop: points.every(([x, y]) => document.elementFromPoint(x, y) === host),
    fullscreen: !!document.fullscreenElement,
  };
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** A WebDriver command's time limit in Firefox (a script's in Chromium), and a quit's: see
 *  launchFirefox. */
const COMMAND_MS = 60000;
const QUIT_MS = 20000;

/** `promise`, or a failure with `late()`'s error once `ms` pass without an answer (the one time
 *  limit of every call to a browser that may stop answering). */
function within(promise, ms, late) {
  let timer;
  const out = new Promise((_, fail) => {
    timer = setTimeout(() => fail(late()), ms);
    timer.unref();
  });
  return Promise.race([promise, out]).finally(() => clearTimeout(timer));
}

/** Whether `pid` is (still) a Firefox process: a quit that worked leaves none, and its id may be
 *  another process's by then. */
function isFirefox(pid) {
  try {
    return Boolean(pid) && /firefox/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

/** Kills `pid` and every process under it (Linux: the tree read from /proc). For a browser that
 *  no longer answers its driver: its content processes go with it. */
function killTree(pid) {
  if (!pid) return;
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // (the command name, in parentheses, may hold spaces: the parent's pid follows its last ')')
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      /* gone meanwhile */
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  for (const p of tree) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* gone already */
    }
  }
}

/** Polls `fn` until it returns a truthy value or `ms` pass; returns the last value. A call that
 *  never settles (a renderer or a driver that stopped answering) is given up 2 s after the time is
 *  out, so a test fails with its own message instead of hanging. */
export async function waitFor(fn, ms = 5000, step = 100) {
  const end = Date.now() + ms;
  let v;
  for (;;) {
    let timer;
    const late = new Promise((ok) => {
      timer = setTimeout(ok, Math.max(end - Date.now(), 0) + 2000);
    });
    try {
      v = await Promise.race([fn(), late]);
    } catch {
      v = undefined;
    } finally {
      clearTimeout(timer);
    }
    if (v || Date.now() > end) return v;
    await sleep(step);
  }
}

// ---------------------------------------------------------------------------------------------
/**
 * `profile`: a profile directory to start from and keep (a browser restart); default a fresh one.
 * `dist`: another build to load (a test's modified copy); default dist/.
 */
async function launchChromium({ proxyPort, locale = 'en-US', policy, extraArgs = [], profile: kept, dist = DIST } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = kept ?? mkdtempSync(path.join(tmpdir(), 'hangup-chromium-'));
  const ext = path.join(dist, 'chromium');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    locale,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>',
      '--ignore-certificate-errors', '--autoplay-policy=no-user-gesture-required', `--lang=${locale}`,
      // Nothing may leave loopback: no UDP around the proxy (WebRTC), no DNS prefetch.
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp', '--dns-prefetch-disable',
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
      ...extraArgs,
    ],
  });
  try {
    return await startChromium(ctx, { profile, kept, policy });
  } catch (err) {
    // A launch that failed half-way leaves no browser behind to hold the file.
    await ctx.close().catch(() => {});
    if (!kept) rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

/** A script's time limit in a Chromium page: Playwright gives `evaluate` none, and a renderer that
 *  hangs would hold the test until the file's limit. Firefox's commands get the same. */
const bounded = (promise, what) =>
  within(promise, COMMAND_MS, () => new Error(`Chromium: ${what} had no answer in ${COMMAND_MS / 1000} s`));

/** The rest of launchChromium, once the browser runs: the extension's worker, the welcome page
 *  recorded, the `Browser` object. */
async function startChromium(ctx, { profile, kept, policy }) {
  let [sw] = ctx.serviceWorkers();
  if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  const extBase = `chrome-extension://${new URL(sw.url()).host}/`;
  if (policy) await sw.evaluate((p) => chrome.storage.managed.set?.(p), policy).catch(() => {});
  // A fresh profile is a first install: HangUp opens its welcome page. Recorded, then closed so
  // every suite starts from the same tabs. (A kept profile is a restart: no welcome page.)
  const welcome = kept ? undefined : await waitFor(() => ctx.pages().find((p) => p.url().startsWith(`${extBase}pages/welcome.html`)), 8000);
  // Closed only once it has rendered: a page closed while it loads can leave the extension's
  // renderer process without its message bundle, and the next extension frame in that process
  // (the warning) would show message keys instead of text.
  await welcome?.waitForFunction(() => document.querySelector('h1')?.textContent.trim(), null, { timeout: 8000 }).catch(() => {});
  await welcome?.close().catch(() => {});

  const quiet = new WeakMap(); // page -> peek's DevTools session (made at its first read)
  const wrap = (page) => ({
    page,
    async goto(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20000 }).catch(() => {});
    },
    eval: (fn, arg) => bounded(page.evaluate(fn, arg), 'a script in the page'),
    /** As `eval`, without acting as the person. Playwright runs `evaluate` with a user gesture,
     *  which gives the page the transient activation a click would (`navigator.userActivation`):
     *  a held page read so leaves as if the person made it (content.js `acted`). The DevTools
     *  protocol's own call gives none. */
    async peek(fn, arg) {
      if (!quiet.has(page)) quiet.set(page, await page.context().newCDPSession(page));
      const expression = `(${fn})(${JSON.stringify(arg ?? null)})`;
      const { result, exceptionDetails } = await bounded(quiet.get(page).send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }), 'a read of the page');
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    overlay: () => bounded(page.evaluate(overlayProbe), 'the overlay probe'),
    /** Text of the warning as rendered by Rust inside the extension iframe. */
    async overlayText() {
      const f = page.frames().find((fr) => fr.url().startsWith(extBase));
      return f ? bounded(f.evaluate(() => document.body.innerText), 'the warning frame') : '';
    },
    /** Clicks a button of the overlay by its data-action. The cover (and its headline) is on
     *  screen before the warning frame has committed its page: on a busy machine that takes
     *  more than the tests' settle time, so the frame is waited for. */
    async overlayClick(action) {
      // A person clicks in the tab they look at (Firefox's overlayClick switches to it too): in a
      // background tab the click on the warning's out-of-process frame did nothing in 3 of 10 runs
      // (pages.test.mjs "a tab the person had muted…", a probe tab in front; 0 of 15 with this).
      await page.bringToFront();
      const f = await waitFor(() => page.frames().find((fr) => fr.url().startsWith(extBase)), 10000);
      if (!f) throw new Error(`no warning frame to click "${action}" in`);
      await f.click(`[data-action="${action}"]`);
    },
    /** A person's click on the page element matching `selector` (a trusted event). */
    click: (selector) => page.click(selector, { timeout: 5000 }),
    /** A person's pointer moved over the element matching `selector` (trusted events). */
    hover: (selector) => page.hover(selector, { timeout: 5000, force: true }),
    /** A person's click at viewport point (x, y) (trusted, hit-tested: lands on whatever is on top). */
    clickAt: (x, y) => page.mouse.click(x, y),
    /** A person's click on the element matching `selector` in the page's frame matching
     *  `frameSelector` (a frame of another site too). */
    clickInFrame: (frameSelector, selector) => page.frameLocator(frameSelector).locator(selector).click({ timeout: 5000 }),
    /** A person's mouse wheel scrolling the page by `dy` px (trusted events). */
    async wheel(dy) {
      await page.mouse.move(200, 200);
      await page.mouse.wheel(0, dy);
    },
    url: () => page.url(),
    /** The browser's Back button (not the page's history.back()); returns once the previous
     *  page's document is committed, not when it has loaded (a page may hold its load). */
    async back() {
      await page.goBack({ waitUntil: 'commit', timeout: 20000 }).catch(() => {});
    },
    /** The browser's reload button (not the page's location.reload()); returns once the new
     *  document is committed. */
    async reload() {
      await page.reload({ waitUntil: 'commit', timeout: 20000 }).catch(() => {});
    },
    /** What is on screen (the viewport), as a PNG. */
    screenshot: () => page.screenshot({ timeout: 10000 }),
    /** The frames the compositor really produced during `ms` (PNG), including ones a screenshot
     *  (taken between tasks) never shows: what a page changes in an animation frame and undoes
     *  later. At most `max` frames. */
    async frames(ms, max = 12, tries = 3) {
      const cdp = await page.context().newCDPSession(page);
      const frames = [];
      cdp.on('Page.screencastFrame', ({ data, sessionId }) => {
        if (frames.length < max) frames.push(Buffer.from(data, 'base64'));
        cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
      });
      try {
        await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
      } catch (err) {
        // The tab was moving to another document (HangUp's full-tab warning) while the session
        // attached: attach again to the page that is there now.
        await cdp.detach().catch(() => {});
        if (tries <= 1 || !/Not attached|Target closed|detached/i.test(String(err))) throw err;
        await sleep(300);
        return this.frames(ms, max, tries - 1);
      }
      await sleep(ms);
      await cdp.send('Page.stopScreencast').catch(() => {});
      await cdp.detach().catch(() => {});
      return frames;
    },
    close: () => page.close(),
  });

  return {
    name: 'chromium',
    extBase,
    /** The welcome page's URL when the install opened it. */
    welcomed: welcome ? extBase + 'pages/welcome.html' : '',
    async open(url) {
      const page = await ctx.newPage();
      const tab = wrap(page);
      if (url) await tab.goto(url);
      return tab;
    },
    async openExtensionPage(rel) {
      const page = await ctx.newPage();
      await page.goto(extBase + rel);
      return wrap(page);
    },
    serviceWorker: () => ctx.serviceWorkers()[0],
    context: ctx,
    async close() {
      await ctx.close().catch(() => {});
      if (!kept) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until Firefox's own language is `locale` (its language pack, an add-on of the app, has
 * started), so the extension installed next picks its `_locales/<lang>` too. A fresh profile
 * under load once came up still in English; asking for the locale again settles that, and a
 * language pack that never starts fails here with what Firefox has, not later in a test.
 */
async function awaitFirefoxLocale(driver, locale) {
  const lang = locale.slice(0, 2);
  const probe = `return { app: Services.locale.appLocaleAsBCP47, available: Services.locale.availableLocales.join(',') };`;
  await driver.setContext('chrome');
  try {
    let state = await waitFor(async () => {
      const s = await driver.executeScript(probe);
      return s.app.startsWith(lang) ? s : null;
    }, 5000);
    if (!state) {
      await driver.executeScript(`Services.locale.requestedLocales = [arguments[0]];`, locale);
      state = await waitFor(async () => {
        const s = await driver.executeScript(probe);
        return s.app.startsWith(lang) ? s : null;
      }, 10000);
    }
    if (!state) {
      const s = await driver.executeScript(probe);
      throw new Error(`Firefox did not switch to ${locale}: it speaks ${s.app}, has ${s.available} (is firefox-esr-l10n-${lang} installed for this Firefox version?)`);
    }
  } finally {
    await driver.setContext('content');
  }
}

// ---------------------------------------------------------------------------------------------
async function launchFirefox({ proxyPort, locale = 'en-US', prefs: extraPrefs = {}, dist = DIST } = {}) {
  process.env.SE_OFFLINE = 'true';
  const firefox = await import('selenium-webdriver/firefox.js');
  const { UserPromptHandler } = await import('selenium-webdriver/lib/capabilities.js');
  const opts = new firefox.Options()
    .setBinary(process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr')
    .addArguments('-headless', '-width=1280', '-height=800')
    .setAcceptInsecureCerts(true)
    .setAlertBehavior(UserPromptHandler.DISMISS);
  const prefs = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
    'intl.accept_languages': locale,
    'intl.locale.requested': locale,
    'media.autoplay.default': 0,
    'dom.disable_beforeunload': false,
    'browser.shell.checkDefaultBrowser': false,
    'app.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'extensions.autoDisableScopes': 0,
    // Nothing may leave loopback: no WebRTC, no DNS prefetch, no speculative connections.
    'media.peerconnection.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
  };
  for (const [k, v] of Object.entries({ ...prefs, ...extraPrefs })) opts.setPreference(k, v);
  // System access lets a test open the extension's own pages (popup) in a tab, as a person can.
  // (The service is kept: a browser that stops answering is ended without its driver, below.)
  const builder = new firefox.ServiceBuilder(process.env.GECKODRIVER_BIN ?? 'geckodriver').addArguments('--allow-system-access');
  // HANGUP_GECKODRIVER_LOG=file: geckodriver's and Marionette's trace (every command and its
  // answer, the browser's console), appended, to see which command a browser left unanswered.
  if (process.env.HANGUP_GECKODRIVER_LOG) {
    const log = openSync(process.env.HANGUP_GECKODRIVER_LOG, 'a');
    builder.enableVerboseLogging(true).setStdio(['ignore', log, log]);
  }
  const service = builder.build();
  const driver = firefox.Driver.createSession(opts, service);
  await driver.getSession();
  const firefoxPid = (await driver.getCapabilities()).get('moz:processID');

  // WebDriver has no time limit of its own, and geckodriver runs one command at a time. Once a
  // content process hangs, Firefox answers neither a script sent to it (its script timeout runs in
  // that process) nor the next test's new tab, and the quit at the end waits behind them: the file
  // held until its 15 min limit (pages.test.mjs in CI, 2026-12-03; reproduced with a page that
  // spins for good: 'no warning', then nothing until the limit). Each command gets
  // COMMAND_MS, past the page-load (20 s) and script (30 s) limits set below; once one has no
  // answer, the session is taken for dead: every later command fails at once, saying which one
  // stuck, and close() ends the browser and its driver.
  const executor = driver.getExecutor();
  const send = executor.execute.bind(executor);
  let stuck = '';
  executor.execute = (command) => {
    if (stuck) return Promise.reject(new Error(`Firefox no longer answers WebDriver ("${stuck}" had no answer in ${COMMAND_MS / 1000} s): "${command.getName()}" not sent`));
    return within(send(command), COMMAND_MS, () => {
      stuck = command.getName();
      return new Error(`Firefox did not answer WebDriver's "${stuck}" in ${COMMAND_MS / 1000} s`);
    });
  };
  /** Ends the browser: quit by WebDriver if it answers within QUIT_MS, then whatever is left of
   *  it and of geckodriver killed (a quit that never came back, or one that left them up). */
  const end = async () => {
    await within(driver.quit(), QUIT_MS, () => new Error('quit')).catch(() => {});
    await service.kill().catch(() => {});
    if (isFirefox(firefoxPid)) killTree(firefoxPid);
  };
  try {
    return await startFirefox(driver, { locale, dist, close: end });
  } catch (err) {
    await end(); // (a launch that failed half-way leaves no browser behind to hold the file)
    throw err;
  }
}

/** The rest of launchFirefox, on a session that answers: the extension installed, the welcome
 *  page recorded, the `Browser` object. */
async function startFirefox(driver, { locale, dist, close }) {
  // A page that never finishes loading costs a test 20 s, as in Chromium, not WebDriver's 300 s.
  await driver.manage().setTimeouts({ pageLoad: 20000, script: 30000 });
  if (!locale.startsWith('en')) await awaitFirefoxLocale(driver, locale);
  await driver.installAddon(path.join(dist, 'hangup-firefox.zip'), true);
  const extBase = `moz-extension://${FIREFOX_UUID}/`;
  const scripted = (fn) => `return (${fn.toString()})(arguments[0]);`;

  // Handles a wrapper stands for: a replacement tab is looked for among the others only.
  const owned = new Set();
  /** A tab the background opened in place of one it closed (a held navigation to the full-tab
   *  warning or to "Leave"'s page: background.js replaceTab), not yet owned by a wrapper. */
  const replacement = async () => {
    for (const h of await driver.getAllWindowHandles()) {
      if (owned.has(h) || h === keeper) continue;
      await driver.switchTo().window(h);
      const url = await driver.getCurrentUrl();
      if (url.startsWith(`${extBase}pages/blocked.html`) || url.startsWith(`${extBase}pages/left.html`)) return h;
    }
    return null;
  };
  const wrap = (handle) => {
    owned.add(handle);
    // A tab the background replaced is followed to its replacement, as a person would see it.
    const focus = () => driver.switchTo().window(tab.handle).catch(async (err) => {
      const h = await replacement();
      if (!h) throw err;
      owned.add(h);
      tab.handle = h;
    });
    // A browser button's navigation with the driver's wait cut short: the page may hold its load.
    const unwaited = async (navigate) => {
      await focus();
      const { pageLoad } = await driver.manage().getTimeouts();
      await driver.manage().setTimeouts({ pageLoad: 1500 });
      try {
        await navigate();
      } catch {
        /* still loading */
      } finally {
        await driver.manage().setTimeouts({ pageLoad });
      }
    };
    const tab = {
      handle,
      async goto(url) {
        await focus();
        await driver.get(url).catch(() => {});
      },
      async eval(fn, arg) {
        await focus();
        return driver.executeScript(scripted(fn), arg);
      },
      /** As in Chromium: WebDriver's scripts give the page no user activation. */
      async peek(fn, arg) {
        return tab.eval(fn, arg);
      },
      async overlay() {
        await focus();
        return driver.executeScript(scripted(overlayProbe));
      },
      async overlayText() {
        return ''; // closed shadow root: the content is checked through the popup in Firefox
      },
      async overlayClick(action) {
        // The frame sits in a closed shadow root; a person tabs into it. Focus is on "Leave".
        await focus();
        const { Key } = await import('selenium-webdriver');
        if (action === 'leave') await driver.actions().sendKeys(Key.ENTER).perform();
        else throw new Error(`overlayClick(${action}) is not supported in Firefox`);
      },
      async click(selector) {
        await focus();
        const { By } = await import('selenium-webdriver');
        await (await driver.findElement(By.css(selector))).click();
      },
      async hover(selector) {
        await focus();
        const { By } = await import('selenium-webdriver');
        await driver.actions().move({ origin: await driver.findElement(By.css(selector)) }).perform();
      },
      async wheel(dy) {
        await focus();
        await driver.actions().scroll(200, 200, 0, dy).perform();
      },
      /** As in Chromium. (A viewport click on a frame of another site activates the page but does
       *  not reach the frame's document in Firefox's driver: its link is not followed.) */
      async clickInFrame(frameSelector, selector) {
        await focus();
        const { By } = await import('selenium-webdriver');
        await driver.switchTo().frame(await driver.findElement(By.css(frameSelector)));
        try {
          await (await driver.findElement(By.css(selector))).click();
        } finally {
          await driver.switchTo().defaultContent().catch(() => {});
        }
      },
      /** A person's click at viewport point (x, y) (trusted, hit-tested: lands on whatever is on top). */
      async clickAt(x, y) {
        await focus();
        const { Origin } = await import('selenium-webdriver/lib/input.js');
        await driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform();
      },
      async url() {
        await focus();
        return driver.getCurrentUrl();
      },
      /** The browser's Back button; does not wait for the previous page to load (it may hold its
       *  load): the driver's wait is cut short, the navigation goes on. */
      async back() {
        await unwaited(() => driver.navigate().back());
      },
      /** The browser's reload button (not the page's location.reload()); does not wait for the
       *  page to load, as back(). */
      async reload() {
        await unwaited(() => driver.navigate().refresh());
      },
      /** What is on screen (the viewport), as a PNG. */
      async screenshot() {
        await focus();
        return Buffer.from(await driver.takeScreenshot(), 'base64');
      },
      async close() {
        await focus();
        await driver.close();
        owned.delete(tab.handle);
        await driver.switchTo().window(keeper);
      },
    };
    return tab;
  };

  // The first window stays open and blank: closing Firefox's last tab would end the session.
  const keeper = await driver.getWindowHandle();
  // The install opens HangUp's welcome page in a new tab: recorded, then closed.
  let welcomed = '';
  const welcomeHandle = await waitFor(async () => (await driver.getAllWindowHandles()).find((h) => h !== keeper), 8000);
  if (welcomeHandle) {
    await driver.switchTo().window(welcomeHandle);
    welcomed = (await waitFor(async () => {
      const u = await driver.getCurrentUrl();
      return u.startsWith(extBase) ? u : '';
    }, 5000)) ?? '';
    await driver.close();
    await driver.switchTo().window(keeper);
  }
  return {
    name: 'firefox',
    extBase,
    /** The welcome page's URL when the install opened it. */
    welcomed,
    driver,
    async open(url) {
      await driver.switchTo().newWindow('tab');
      const tab = wrap(await driver.getWindowHandle());
      if (url) await tab.goto(url);
      return tab;
    },
    async openExtensionPage(rel) {
      // WebDriver may not navigate a content tab to moz-extension://; the browser UI may.
      const before = new Set(await driver.getAllWindowHandles());
      await driver.setContext('chrome');
      await driver.executeScript(
        `const url = WebExtensionPolicy.getByID(arguments[0]).getURL(arguments[1]);
         gBrowser.selectedTab = gBrowser.addTab(url, {
           triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
        FIREFOX_ID,
        rel,
      );
      await driver.setContext('content');
      // The new tab's handle, once WebDriver has registered it (not simply the last one).
      const handle = await waitFor(async () => (await driver.getAllWindowHandles()).find((h) => !before.has(h)), 5000);
      if (!handle) throw new Error(`the extension page ${rel} did not open`);
      const tab = wrap(handle);
      await waitFor(async () => (await tab.url()).startsWith(extBase), 5000);
      // The URL changes before the document is the extension's: a script run in between finds
      // no extension API (seen under load). Wait for the page itself.
      await waitFor(() => tab.eval(() => document.readyState !== 'loading' && !!globalThis.browser?.runtime), 5000);
      return tab;
    },
    /** The extension's `storage.session` value of `key`, read where Firefox keeps it (the parent
     *  process) without opening a page: the tab a test is on stays the one shown (a tab sent to
     *  the background may not finish loading its warning frame). */
    async sessionValue(key) {
      await driver.setContext('chrome');
      try {
        return await driver.executeScript(
          `const { extensionStorageSession } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorage.sys.mjs');
           const v = extensionStorageSession.get(WebExtensionPolicy.getByID(arguments[0]).extension, arguments[1])[arguments[1]];
           return JSON.stringify(typeof v?.deserialize === 'function' ? v.deserialize(globalThis) : v ?? null);`,
          FIREFOX_ID,
          key,
        ).then((json) => JSON.parse(json));
      } finally {
        await driver.setContext('content');
      }
    },
    close,
  };
}

export async function launch(name, opts) {
  if (name === 'chromium') return launchChromium(opts);
  if (name === 'firefox') return launchFirefox(opts);
  throw new Error(`unknown browser ${name}`);
}

export const BROWSERS = (process.env.HANGUP_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);

// Chromium evicts an idle extension service worker whenever it likes. After it is stopped,
// the verdict of a tab must still be there (storage.session) and a new scam page must still
// be caught (the worker is woken by the message and loads the Wasm again).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor, BROWSERS } from '../lib/browsers.mjs';
import { startFixtureServer, fixtureUrl } from '../lib/fixtures.mjs';

const skip = !BROWSERS.includes('chromium') && 'Chromium only: Firefox runs an event page';
let server;
let browser;
before(async () => {
  if (skip) return;
  server = await startFixtureServer();
  browser = await launch('chromium', { proxyPort: server.port });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function stopServiceWorker(page) {
  const cdp = await browser.context.newCDPSession(page);
  const current = async () => (await cdp.send('Target.getTargets')).targetInfos
    .find((t) => t.type === 'service_worker' && t.url.startsWith(browser.extBase));
  let stopped = false;
  // A worker busy with the open scam page's messages may outlive one close request: ask again.
  for (let attempt = 0; attempt < 4 && !stopped; attempt++) {
    const sw = await current();
    assert.ok(sw || attempt > 0, 'the extension service worker is running before the test stops it');
    if (!sw) break;
    await cdp.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => {});
    // Stopped = that worker target is gone (a new one may already have been woken by the page).
    stopped = await waitFor(async () => (await current())?.targetId !== sw.targetId, 2500);
  }
  assert.ok(stopped, 'the service worker was stopped');
  await cdp.detach();
}

test('a stopped service worker loses neither verdicts nor protection', { skip }, async () => {
  const first = await browser.open(fixtureUrl('scam-defender.html', 'defender-check.github.io'));
  assert.ok(await waitFor(async () => (await first.overlay()).present, 8000), 'first scam page warned');

  await stopServiceWorker(first.page);

  // The popup, opened now, wakes the worker and reads the verdict it stored before it died.
  const popup = await browser.openExtensionPage('pages/popup.html');
  const verdict = await waitFor(() => popup.eval(() => document.querySelector('.verdict')?.innerText), 5000);
  assert.match(verdict ?? '', /tech-support scam/i);
  await popup.close();

  await stopServiceWorker(first.page);
  const second = await browser.open(fixtureUrl('scam-csp.html', 'pc-warning.web.core.windows.net'));
  assert.ok(await waitFor(async () => (await second.overlay()).present, 8000), 'a new scam page is warned after eviction');
});

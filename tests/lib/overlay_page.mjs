// The warning page opened as an extension tab, rendering the state the background keeps for a
// scam tab (copied into this tab's slot of storage.session): the same page and the same Rust view
// as the real warning, but reachable by WebDriver in Firefox too (the real one sits in an iframe
// inside a closed shadow root).
import assert from 'node:assert/strict';
import { waitFor } from './browsers.mjs';

export async function overlayAsTab(browser, scamUrl) {
  const page = await browser.openExtensionPage('pages/overlay.html');
  const copied = await page.eval(async (url) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const me = await api.tabs.getCurrent();
    const [scam] = await api.tabs.query({ url });
    const key = `tab:${scam?.id}`;
    const state = (await api.storage.session.get(key))[key];
    if (!state) return false;
    await api.storage.session.set({ [`tab:${me.id}`]: state });
    return true;
  }, scamUrl);
  assert.ok(copied, 'no state for the scam tab');
  // The page as first opened (no state yet) is marked, so the wait below sees the reloaded one
  // only: under load the first polls could otherwise read the old document, and the caller then
  // the new one half-rendered.
  await page.eval(() => {
    window.hangupBeforeReload = true;
    location.reload();
  });
  const ok = await waitFor(() => page.eval(() => !window.hangupBeforeReload && !!document.querySelector('.why') && !!document.activeElement?.dataset?.action), 8000);
  assert.ok(ok, 'the warning page did not render');
  return page;
}

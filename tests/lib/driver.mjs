// What the end-to-end specs do to a tab, the same way in both browsers (Chromium through
// Playwright, Firefox through WebDriver): wait for the warning, press keys, let a browser settle.
import assert from 'node:assert/strict';
import { waitFor } from './browsers.mjs';

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Firefox's content scripts and WebDriver round trips are slower: give each browser its time. */
export const settle = (browser) => sleep(browser.name === 'firefox' ? 1500 : 300);

/** The warning as a person sees it: present, covering the viewport, visible and on top; or null
 * after `ms`. */
export function warned(tab, ms = 8000) {
  return waitFor(async () => {
    const o = await tab.overlay();
    return o.present && o.covers && o.visible && o.onTop ? o : null;
  }, ms);
}

/** A key press in the tab: `Tab`, `Shift+Tab`, `Enter`, `Escape` (or any Playwright key in
 * Chromium). WebDriver sends keys to the window it is switched to, so the tab is switched to
 * first. */
export async function press(browser, tab, key) {
  if (browser.name === 'chromium') return tab.page.keyboard.press(key);
  const { Key } = await import('selenium-webdriver');
  await tab.url(); // switches WebDriver to this tab
  const a = browser.driver.actions();
  if (key === 'Shift+Tab') return a.keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
  const k = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, Space: Key.SPACE }[key];
  if (!k) throw new Error(`press: no WebDriver key for ${key}`);
  return a.sendKeys(k).perform();
}

/** A real click on `selector` (user activation, as a person gives it). */
export async function click(browser, tab, selector) {
  if (browser.name === 'chromium') return tab.page.click(selector);
  await tab.eval(() => 0); // focuses the tab's window
  const { By } = await import('selenium-webdriver');
  return (await browser.driver.findElement(By.css(selector))).click();
}

/** Waits for the browser's policy service to answer HangUp (on a new Chromium profile 2-4 s after
 *  start, later on a loaded machine). Before it answers, the warning is drawn without "I trust
 *  this site" and drawn again with it, focus back on "Leave this page", when the answer comes: a
 *  test that walks the buttons by keyboard must start after that. */
export async function policyAnswered(browser) {
  await browser.serviceWorker?.()?.evaluate(() => chrome.storage.managed.get(null).catch(() => null));
}

/** Chromium: the overlay's frame (Playwright can enter closed shadow roots' iframes). */
export async function frameOf(browser, tab) {
  return waitFor(async () => {
    const f = tab.page.frames().find((fr) => fr.url().startsWith(browser.extBase + 'pages/overlay.html'));
    return f && (await f.evaluate(() => !!document.querySelector('[data-action="leave"]'))) ? f : null;
  }, 5000);
}

/** The data-action of the focused control of the warning (Chromium only). */
export const focused = (frame) => frame.evaluate(() => document.activeElement?.dataset?.action ?? document.activeElement?.tagName);

/** Waits until the warning has put the focus on "Leave this page" (Chromium; in Firefox the
 *  frame is in a closed shadow root: `settle` only). A key pressed before that is the page's:
 *  under load the keys of a test once went nowhere; on a loaded machine the focus came after 3 s
 *  (CI, twenty-first session), so it is given as long as the warning itself (`warned`). */
export async function focusOnLeave(browser, tab) {
  if (browser.name !== 'chromium') return;
  const f = await frameOf(browser, tab);
  assert.ok(await waitFor(async () => (await focused(f)) === 'leave', 8000), `the focus is not on "Leave": ${await focused(f)}`);
}

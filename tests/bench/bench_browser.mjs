// The headless Chromium the page benchmarks load pages in (page_cost.mjs, frame_cost.mjs): a fresh
// profile each, every request through the test server (a proxy at `port`), no background traffic,
// and site isolation off, so that every frame of a page runs in one renderer (the one the profiler
// or the trace reads).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const profiles = [];

/** A browser context with the unpacked extension in directory `ext` loaded (none: `ext` null),
 *  once its service worker runs. */
export async function browserWith(ext, port) {
  const profile = mkdtempSync(path.join(tmpdir(), 'hangup-bench-'));
  profiles.push(profile);
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium', headless: true, ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      `--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors',
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp', '--dns-prefetch-disable',
      '--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process',
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : [])],
  });
  if (ext && !ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 15000 }).catch(() => {});
  return ctx;
}

/** Removes the profiles browserWith made (their browsers closed first). */
export function removeProfiles() {
  for (const p of profiles.splice(0)) rmSync(p, { recursive: true, force: true });
}

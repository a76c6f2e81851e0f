// Serves the project's own fixture pages (tests/fixtures) under whatever host a test names,
// with the response headers some fixtures need.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
/** The hostile suite's pages (tests/lib/hostile_suite.mjs), served under /hostile/. */
export const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../e2e/hostile');

/** A one-second 440 Hz tone as a WAV file, for the audio fixtures. */
function beepWav() {
  const rate = 8000;
  const n = rate;
  const buf = Buffer.alloc(44 + n);
  buf.write('RIFF', 0); buf.writeUInt32LE(36 + n, 4); buf.write('WAVEfmt ', 8);
  buf.writeUInt32LE(16, 16); buf.writeUInt16LE(1, 20); buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(rate, 24); buf.writeUInt32LE(rate, 28); buf.writeUInt16LE(1, 32); buf.writeUInt16LE(8, 34);
  buf.write('data', 36); buf.writeUInt32LE(n, 40);
  for (let i = 0; i < n; i++) buf[44 + i] = 128 + Math.round(60 * Math.sin((2 * Math.PI * 440 * i) / rate));
  return buf;
}
const BEEP = beepWav();

const HEADERS = {
  // The strictest page CSP: the detector must still work (its Wasm runs in the background).
  'scam-csp.html': { 'content-security-policy': "default-src 'none'; frame-src 'none'; style-src 'none'" },
  // A sandboxed top document (opaque origin): the hostile suite's page.
  'sandbox.html': { 'content-security-policy': 'sandbox allow-scripts' },
  // Headers that keep the warning's frame from loading or running (review 22's hostile pages).
  'coep.html': { 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-opener-policy': 'same-origin' },
  'csp-sandbox-origin.html': { 'content-security-policy': 'sandbox allow-same-origin' },
};

export function startFixtureServer() {
  return startServer((host, pathname, url) => {
    if (pathname === '/beep.wav') return { status: 200, body: BEEP, headers: { 'content-type': 'audio/wav' } };
    // An HTTP auth loop (lock-auth.html): every request for it is a fresh 401 challenge.
    if (pathname === '/auth-challenge') {
      return { status: 401, body: 'Sign in required', headers: { 'www-authenticate': 'Basic realm="Windows Security"', 'cache-control': 'no-store', connection: 'close' } };
    }
    // A redirect (302) to `to`, an https address (hostile/held-hop-redirect.html: a kit that
    // reloads itself through its traffic distributor, to another of its sites each time).
    if (pathname === '/redirect') {
      const to = String(url.searchParams.get('to') ?? '');
      if (!to.startsWith('https://')) return null;
      return { status: 302, body: '', headers: { location: to, 'cache-control': 'no-store' } };
    }
    // A script the server answers `ms` late (at most 60 s): a page that holds its own load
    // (hostile/back-shell.html: a parser-blocking script, so no DOMContentLoaded meanwhile).
    if (pathname === '/held.js') {
      const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 60000);
      // (unref: a test that ends meanwhile does not wait for it)
      return new Promise((done) => setTimeout(() => done({ status: 200, body: '', headers: { 'content-type': 'text/javascript', 'cache-control': 'no-store' } }), ms).unref());
    }
    // A hostile page whose body comes `ms` late (at most 10 s) after its headers
    // (hostile/dialog-scriptless-nested-late.html: a frame whose document starts after the warning).
    if (pathname.startsWith('/hostile/late/')) {
      const file = path.join(HOSTILE, path.normalize(`/${pathname.slice('/hostile/late/'.length)}`));
      if (!file.startsWith(HOSTILE) || !existsSync(file)) return null;
      const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 10000);
      return { status: 200, body: readFileSync(file), bodyAfter: ms, headers: { 'cache-control': 'no-store' } };
    }
    // A hostile page whose response is held open `ms` after its body (at most 60 s): the
    // document never finishes parsing meanwhile (hostile/held-response.html).
    if (pathname.startsWith('/hostile/held/')) {
      const file = path.join(HOSTILE, path.normalize(`/${pathname.slice('/hostile/held/'.length)}`));
      if (!file.startsWith(HOSTILE) || !existsSync(file)) return null;
      const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 60000);
      return { status: 200, body: readFileSync(file), holdFor: ms, headers: { 'cache-control': 'no-store' } };
    }
    // A page whose network stalls `ms` (at most 60 s) at its `<!-- stall -->` mark
    // (hostile/held-stall-thread.html).
    if (pathname.startsWith('/hostile/stall/')) {
      const file = path.join(HOSTILE, path.normalize(`/${pathname.slice('/hostile/stall/'.length)}`));
      if (!file.startsWith(HOSTILE) || !existsSync(file)) return null;
      const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 60000);
      return { status: 200, body: readFileSync(file), stallFor: ms, headers: { 'cache-control': 'no-store' } };
    }
    // A page sent as an HTML part of a `multipart/x-mixed-replace` response (Firefox renders each
    // part as a document of its own; hostile/multipart-scam.html), the response then held open `ms`
    // (at most 60 s) with its last part's closing boundary sent (`parts=closed`: that document is
    // complete, no part comes after it) or not (its parser never finishes).
    if (pathname.startsWith('/hostile/multipart/')) {
      const file = path.join(HOSTILE, path.normalize(`/${pathname.slice('/hostile/multipart/'.length)}`));
      if (!file.startsWith(HOSTILE) || !existsSync(file)) return null;
      const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 60000);
      // `first=FILE`: another hostile page sent as a part of its own before it, `after` ms (at most 20 s) earlier.
      const first = path.join(HOSTILE, path.normalize(`/${url.searchParams.get('first') ?? ''}`));
      const before = url.searchParams.has('first') && first.startsWith(HOSTILE) && existsSync(first) ? readFileSync(first) : null;
      const after = Math.min(Number(url.searchParams.get('after')) || 0, 20000);
      // `repeat=N&every=ms`: the page sent N times, a part every `ms` (at most 20 parts, 60 s apart).
      const repeat = Math.max(1, Math.min(Number(url.searchParams.get('repeat')) || 1, 20));
      const every = Math.min(Number(url.searchParams.get('every')) || 0, 60000);
      return { status: 200, body: readFileSync(file), first: before, after, repeat, every, multipart: url.searchParams.get('parts') === 'closed' ? 'closed' : 'open', holdFor: ms, headers: { 'cache-control': 'no-store' } };
    }
    // A top navigation that makes no new document (hostile/rule-keep.html).
    if (pathname === '/no-content') return { status: 204, body: '', headers: { 'cache-control': 'no-store' } };
    const headers = HEADERS[path.basename(pathname)] ?? {};
    // hop-loop.html moves to a new address on its site every time: any /hostile/hop/… is that page.
    if (pathname.startsWith('/hostile/hop/')) return { root: HOSTILE, pathOverride: '/hop-loop.html', headers };
    if (pathname.startsWith('/hostile/')) return { root: HOSTILE, pathOverride: pathname.slice('/hostile'.length), headers };
    return { root: FIXTURES, headers };
  });
}

/** URL of a fixture as served under `host` (https, like the sites it imitates). */
export const fixtureUrl = (name, host = 'alerts-pc-check.example') => `https://${host}/${name}`;

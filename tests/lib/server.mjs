// A loopback web server that plays any host name, for browser tests and the corpus runner.
// Browsers use it as their HTTP proxy: plain requests arrive with absolute URLs, HTTPS arrives
// as CONNECT and is tunnelled to a local TLS server with a throw-away self-signed certificate
// (github.io is HSTS-preloaded, so scam kits must be served over https). Nothing leaves 127.0.0.1.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.php': 'text/html; charset=utf-8',
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml',
  '.webp': 'image/webp', '.ico': 'image/x-icon', '.mp3': 'audio/mpeg', '.wav': 'audio/wav', '.ogg': 'audio/ogg',
  '.mp4': 'video/mp4', '.webm': 'video/webm', '.woff': 'font/woff', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

function certificate() {
  const dir = mkdtempSync(path.join(tmpdir(), 'hangup-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${dir}/key.pem`,
    '-out', `${dir}/cert.pem`, '-days', '2', '-subj', '/CN=hangup-test'], { stdio: 'ignore' });
  const pair = { key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) };
  rmSync(dir, { recursive: true, force: true }); // held in memory from here: leave nothing in /tmp
  return pair;
}

/** Sends a file; Markdown is rendered to HTML (the corpus has wiki pages in Markdown). */
function sendFile(res, file, headers = {}) {
  let st;
  try {
    st = statSync(file);
    if (st.isDirectory()) {
      for (const index of ['index.html', 'index.htm', 'index.php']) {
        if (existsSync(path.join(file, index))) return sendFile(res, path.join(file, index), headers);
      }
      throw new Error('no index');
    }
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const ext = path.extname(file).toLowerCase();
  let body = readFileSync(file);
  let type = TYPES[ext] ?? 'application/octet-stream';
  if (ext === '.md') {
    body = `<!doctype html><meta charset="utf-8"><title>${path.basename(file, '.md')}</title><body>${marked.parse(body.toString('utf8').replace(/^---[\s\S]*?---/, ''))}</body>`;
    type = TYPES['.html'];
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);
}

/**
 * Starts the server. `route(host, pathname, url)` returns `{ root }` (serve pathname from a
 * directory; `pathOverride` replaces the pathname there), `{ file, headers }`, `{ status, body, headers }`, or null for 404,
 * or a promise of one of these (a response held back).
 * Resolves to `{ port, close() }`: `port` is the proxy port to give the browser.
 */
export async function startServer(route) {
  const handler = (req, res) => {
    let url;
    try {
      url = new URL(req.url.startsWith('http') ? req.url : `https://${req.headers.host}${req.url}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const host = url.hostname.toLowerCase();
    const pathname = decodeURIComponent(url.pathname);
    // What the route answered; a held response answers later (a promise of it).
    const r = route(host, pathname, url, req);
    if (typeof r?.then === 'function') {
      r.then((later) => {
        if (!res.destroyed) respond(res, pathname, later);
      }).catch(() => res.destroy());
    }
    else respond(res, pathname, r);
  };
  const respond = (res, pathname, r) => {
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else if (r.root) {
      const rel = r.pathOverride ?? pathname;
      const file = path.join(r.root, path.normalize(`/${rel}`));
      if (!file.startsWith(r.root)) res.writeHead(403).end();
      else sendFile(res, file, r.headers);
    } else if (r.file) {
      sendFile(res, r.file, r.headers);
    } else if (r.bodyAfter) {
      // Headers now, the body `bodyAfter` ms later: the frame's document is there (committed,
      // its window reachable) but not started (no content script has run in it yet).
      res.writeHead(r.status ?? 200, { 'content-type': TYPES['.html'], ...r.headers });
      res.flushHeaders();
      setTimeout(() => {
        if (!res.destroyed) res.end(r.body ?? '');
      }, r.bodyAfter).unref();
    } else if (r.stallFor) {
      // The body up to its `<!-- stall -->` mark now, the rest `stallFor` ms later (a network
      // that stalls mid-document: hostile/held-stall-thread.html).
      const body = Buffer.from(r.body ?? '');
      const at = body.indexOf('<!-- stall -->');
      res.writeHead(r.status ?? 200, { 'content-type': TYPES['.html'], ...r.headers });
      res.write(at < 0 ? body : body.subarray(0, at));
      setTimeout(() => {
        if (!res.destroyed) res.end(at < 0 ? '' : body.subarray(at));
      }, r.stallFor).unref();
    } else if (r.multipart) {
      // A multipart/x-mixed-replace response: `first` (if any) as an HTML part, `after` ms later
      // the body as a part, again every `every` ms (`repeat` parts of it in all), each part ended
      // only by the next one's boundary; then the response held open `holdFor` ms with the last
      // part closed (its boundary sent; no part comes after it) or open (a space a second inside
      // it: its parser never finishes).
      const boundary = 'hangup-part';
      const closed = r.multipart === 'closed';
      const parts = [...(r.first ? [r.first] : []), ...Array.from({ length: r.repeat ?? 1 }, () => r.body ?? '')];
      const part = (body) => Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n')]);
      res.writeHead(r.status ?? 200, { 'content-type': `multipart/x-mixed-replace; boundary=${boundary}`, ...r.headers });
      const send = (i) => {
        if (res.destroyed) return;
        res.write(part(parts[i]));
        if (i + 1 < parts.length) {
          setTimeout(() => send(i + 1), r.first && i === 0 ? r.after ?? 0 : r.every ?? 0).unref();
          return;
        }
        if (closed) res.write(`--${boundary}\r\n`);
        const trickle = closed ? 0 : setInterval(() => res.destroyed || res.write(' '), 1000).unref();
        setTimeout(() => {
          clearInterval(trickle);
          if (!res.destroyed) res.end(closed ? '' : `\r\n--${boundary}--\r\n`);
        }, r.holdFor).unref();
      };
      send(0);
    } else if (r.holdFor) {
      // The body now, then the response held open `holdFor` ms with a space a second: the
      // document is on screen but its parser never finishes (no DOMContentLoaded meanwhile).
      res.writeHead(r.status ?? 200, { 'content-type': TYPES['.html'], ...r.headers });
      res.write(r.body ?? '');
      const trickle = setInterval(() => res.destroyed || res.write(' '), 1000).unref();
      setTimeout(() => {
        clearInterval(trickle);
        if (!res.destroyed) res.end();
      }, r.holdFor).unref();
    } else {
      res.writeHead(r.status ?? 200, { 'content-type': TYPES['.html'], ...r.headers }).end(r.body ?? '');
    }
  };
  const tls = https.createServer(certificate(), handler);
  await new Promise((ok) => tls.listen(0, '127.0.0.1', ok));
  const proxy = http.createServer(handler);
  // HTTPS through the proxy: tunnel every CONNECT to our own TLS server, whatever host it names.
  proxy.on('connect', (req, client, head) => {
    const upstream = net.connect(tls.address().port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise((ok) => proxy.listen(0, '127.0.0.1', ok));
  const sockets = new Set();
  for (const s of [proxy, tls]) s.on('connection', (c) => { sockets.add(c); c.on('close', () => sockets.delete(c)); });
  return {
    port: proxy.address().port,
    close: async () => {
      for (const c of sockets) c.destroy();
      await Promise.all([proxy, tls].map((s) => new Promise((ok) => s.close(ok))));
    },
  };
}

// Which top-frame responses take the warned tab's frame rule away (extension/background/frame_rules.js):
// only one that replaces the document. A warned page that navigates to a 204 or a download stays,
// and so must the rule (review 21 H2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { makesDocument } = await import(pathToFileURL(path.join(ROOT, 'extension/background/frame_rules.js')).href);
const res = (statusCode, headers = {}) => ({ statusCode, responseHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })) });

test('a new document: pages, text, images, PDFs, XML, shown inline', () => {
  assert.equal(makesDocument(res(200, { 'Content-Type': 'text/html; charset=utf-8' })), true);
  assert.equal(makesDocument(res(404, { 'content-type': 'text/html' })), true, 'an error page is a document too');
  assert.equal(makesDocument(res(200, { 'Content-Type': 'text/plain' })), true);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'image/svg+xml' })), true);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'application/pdf' })), true);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'application/xhtml+xml' })), true);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'text/html', 'Content-Disposition': 'inline; filename="a.html"' })), true);
});

test('no new document: no content, a redirect, a download, a type the browser does not show', () => {
  assert.equal(makesDocument(res(204)), false);
  assert.equal(makesDocument(res(205, { 'Content-Type': 'text/html' })), false);
  assert.equal(makesDocument(res(302, { Location: '/x' })), false);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'text/html', 'Content-Disposition': 'attachment; filename="a.html"' })), false);
  assert.equal(makesDocument(res(200, { 'Content-Disposition': 'Attachment' })), false);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'application/octet-stream' })), false);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'application/zip' })), false);
  // review 22 H2: text types Chromium downloads, and a disposition that is not `inline`
  assert.equal(makesDocument(res(200, { 'Content-Type': 'text/csv' })), false);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'text/vcard' })), false);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'text/calendar; charset=utf-8' })), false);
  assert.equal(makesDocument(res(200, { 'Content-Type': 'text/html', 'Content-Disposition': 'x-download' })), false);
  // unsure: no type (sniffed, may be downloaded) keeps the rule; the next page's own read drops it
  assert.equal(makesDocument(res(200)), false);
  assert.equal(makesDocument({ statusCode: 200 }), false, 'no headers given');
});

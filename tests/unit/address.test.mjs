// Page addresses as the background compares them (extension/background/address.js): the reload
// loop's "same site" (a kit reloading itself, or hopping to a new address on its site each time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { hostOf, sameSite } = await import(pathToFileURL(path.join(ROOT, 'extension/background/address.js')).href);

test('the same host is the same site, whatever the path or query', () => {
  assert.ok(sameSite('https://pc-alert.example/a.html', 'https://pc-alert.example/hop/x1?y=2'));
  assert.ok(sameSite('https://PC-Alert.example/', 'https://pc-alert.example/'));
  assert.ok(!sameSite('https://pc-alert.example/', 'https://other.example/'));
  assert.ok(!sameSite('https://a.pc-alert.example/', 'https://b.pc-alert.example/'));
});

test('a file opened from disk: the same file only', () => {
  assert.ok(sameSite('file:///home/me/invoice.html', 'file:///home/me/invoice.html?r=1'));
  assert.ok(!sameSite('file:///home/me/invoice.html', 'file:///home/me/other.html'));
});

test('what is not an address is never the same site, and has no host', () => {
  assert.ok(!sameSite('not a url', 'not a url'));
  assert.ok(!sameSite('', 'https://pc-alert.example/'));
  assert.equal(hostOf('not a url'), '');
  assert.equal(hostOf('https://PC-Alert.example:8443/x'), 'pc-alert.example');
});

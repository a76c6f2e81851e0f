// Page addresses as the background compares them (extension/background/address.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { hostOf } = await import(pathToFileURL(path.join(ROOT, 'extension/background/address.js')).href);

test('the host, lower case, without the port; nothing for what is not an address', () => {
  assert.equal(hostOf('https://PC-Alert.example:8443/x'), 'pc-alert.example');
  assert.equal(hostOf('https://pc-alert.example/hop/x1?y=2'), 'pc-alert.example');
  assert.equal(hostOf('file:///home/me/invoice.html'), '');
  assert.equal(hostOf('not a url'), '');
  assert.equal(hostOf(''), '');
});

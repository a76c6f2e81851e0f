// The tab's frame rule is in place before any caller of sandboxFrames() goes on to send `warn`
// (extension/background/frame_rules.js): a second caller while the first one's update is under
// way (another frame's read answered `warn` meanwhile) waits for that update too. Before, it
// returned at once, and a frame told `warn` could reload itself before the rule held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let release;
const updates = [];
const injected = [];
const noop = { addListener() {} };
globalThis.chrome = {
  declarativeNetRequest: {
    getSessionRules: async () => [],
    updateSessionRules: (u) => {
      updates.push(u);
      return new Promise((ok) => {
        release = ok;
      });
    },
  },
  scripting: { executeScript: async (what) => injected.push(what) },
  tabs: { onUpdated: noop, onRemoved: noop, onReplaced: noop },
  runtime: { getURL: (p) => p },
  i18n: { getMessage: () => '' },
};
const { sandboxFrames, tellLateFrames } = await import(pathToFileURL(path.join(ROOT, 'extension/background/frame_rules.js')).href);

test('a second sandboxFrames() for the tab waits for the first one\'s update', async () => {
  const order = [];
  const first = sandboxFrames(7).then(() => order.push('first'));
  const second = sandboxFrames(7).then(() => order.push('second'));
  await new Promise((ok) => setTimeout(ok, 20));
  assert.equal(updates.length, 1, 'one update for the tab');
  assert.deepEqual(order, [], 'neither goes on before the rule is in place');
  release();
  await Promise.all([first, second]);
  assert.deepEqual(order.sort(), ['first', 'second']);
  // Once in place, a later call goes on at once.
  await sandboxFrames(7);
  assert.equal(updates.length, 1);
});

test('tellLateFrames injects into every frame of the tab, as soon as each document starts', () => {
  tellLateFrames(7);
  assert.equal(injected.length, 1);
  assert.deepEqual(injected[0].target, { tabId: 7, allFrames: true });
  assert.equal(injected[0].injectImmediately, true);
  // What it runs: a content script already there is called; one not there yet finds the flag.
  const g = globalThis;
  delete g.hangupLate;
  injected[0].func();
  assert.equal(g.hangupLate, true);
  let called = 0;
  g.hangupLate = () => called++;
  injected[0].func();
  assert.equal(called, 1);
  delete g.hangupLate;
});

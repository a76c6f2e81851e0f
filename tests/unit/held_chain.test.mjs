// The tab's run of held page views (extension/background/held_chain.js, review 31 HS-M1): a held
// page view that the page itself sends to another document shares its hold with the next one, so a
// kit that reloads itself before each hold ends is read HELD_MAX_MS after its first load; a person's
// reload, a page that parsed, a read that is not held, another tab or a long pause start afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { onHold, holdOver, holdEnded, forgetHold, HELD_MAX_MS } = await import(pathToFileURL(path.join(ROOT, 'extension/background/held_chain.js')).href);

const top = (tabId) => ({ tab: { id: tabId }, frameId: 0 });

test('a page view that loads itself again while held shares its hold with the next: what is left of it', () => {
  forgetHold(1);
  // first load: told 3 s in, at t = 3 000
  assert.equal(onHold({ pageId: 'a', held: 3000 }, top(1), 3000).left, HELD_MAX_MS - 3000);
  onHold({ pageId: 'a', leaving: true }, top(1), 12000);
  // Firefox's DOMContentLoaded of a leaving document: `done`, the run kept
  onHold({ pageId: 'a', done: true }, top(1), 12005);
  // the second load tells 3 s in, at t = 15 000: 5 s left of the first load's hold
  assert.equal(onHold({ pageId: 'b', held: 3000 }, top(1), 15000).left, 5000);
  assert.equal(holdOver(1, 'b', 19999), false);
  assert.equal(holdOver(1, 'b', 20000), true);
  assert.equal(holdOver(1, 'a', 20000), false, 'only the run\'s last page view');
  // a third load after the hold: read at once
  onHold({ pageId: 'b', leaving: true }, top(1), 24000);
  assert.ok(onHold({ pageId: 'c', held: 3000 }, top(1), 27000).left <= 0);
});

test('a page view that did not leave by itself (the person reloaded, or it parsed) starts a new hold', () => {
  forgetHold(2);
  onHold({ pageId: 'a', held: 3000 }, top(2), 3000);
  // no `leaving`: the browser's reload button fires no navigate event in the old document
  assert.equal(onHold({ pageId: 'b', held: 3000 }, top(2), 9000).left, HELD_MAX_MS - 3000);
  onHold({ pageId: 'b', done: true }, top(2), 10000);
  assert.equal(onHold({ pageId: 'c', held: 3000 }, top(2), 12000).left, HELD_MAX_MS - 3000);
  assert.equal(holdOver(2, 'c', 12000 + HELD_MAX_MS - 3001), false);
});

test('a read that is not held from another page view, a long pause, another tab or a sub-frame end or ignore the run', () => {
  forgetHold(3);
  onHold({ pageId: 'a', held: 3000 }, top(3), 3000);
  onHold({ pageId: 'a', leaving: true }, top(3), 10000);
  holdEnded(3, 'x'); // an ordinary page came in between
  assert.equal(onHold({ pageId: 'b', held: 3000 }, top(3), 14000).left, HELD_MAX_MS - 3000);
  onHold({ pageId: 'b', leaving: true }, top(3), 15000);
  holdEnded(3, 'b'); // its own read after its hold: the run stays
  assert.equal(onHold({ pageId: 'c', held: 3000 }, top(3), 18000).left, HELD_MAX_MS - 7000);
  onHold({ pageId: 'c', leaving: true }, top(3), 19000);
  // 30 s or more after the last notice: a new run
  assert.equal(onHold({ pageId: 'd', held: 3000 }, top(3), 60000).left, HELD_MAX_MS - 3000);
  // another tab has its own; a sub-frame and a missing page id are not heard
  assert.equal(onHold({ pageId: 'e', held: 3000 }, top(4), 60000).left, HELD_MAX_MS - 3000);
  assert.equal(onHold({ pageId: 'f', held: 3000 }, { tab: { id: 3 }, frameId: 2 }, 61000).left, null);
  assert.equal(onHold({ held: 3000 }, top(3), 61000).left, null);
  // a forged `held` is clamped: never more than HELD_MAX_MS left, never a start in the future
  forgetHold(5);
  assert.equal(onHold({ pageId: 'g', held: -5e9 }, top(5), 1000).left, HELD_MAX_MS);
  assert.equal(onHold({ pageId: 'h', held: 'x' }, top(6), 1000).left, HELD_MAX_MS);
  assert.equal(onHold({ pageId: 'i', held: 9e9 }, top(7), 1000).left, 0);
});

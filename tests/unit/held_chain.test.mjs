// The tab's run of held page views (extension/background/held_chain.js, review 31 HS-M1): a held
// page view that the page itself sends to another document shares its hold with the next one, so a
// kit that reloads itself before each hold ends is read HELD_MAX_MS after its first load; a person's
// reload, a page that parsed, a read that is not held, another tab or a long pause start afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { onHold, holdOver, holdEnded, forgetHold, askNext, HELD_MAX_MS } = await import(pathToFileURL(path.join(ROOT, 'extension/background/held_chain.js')).href);

const top = (tabId, url = 'https://held-kit.example/alert.html') => ({ tab: { id: tabId }, frameId: 0, url });

test('a page view that loads itself again while held shares its hold with the next: what is left of it', () => {
  forgetHold(1);
  // first load: told 3 s in, at t = 3 000
  assert.equal(onHold({ pageId: 'a', held: 3000 }, top(1), 3000).left, HELD_MAX_MS - 3000);
  onHold({ pageId: 'a', leaving: true }, top(1), 12000);
  // Firefox's DOMContentLoaded of a leaving document: `done`, the run kept
  onHold({ pageId: 'a', done: true }, top(1), 12005);
  // the second load tells 3 s in, at t = 15 000: 5 s left of the first load's hold
  assert.equal(onHold({ pageId: 'b', held: 3000 }, top(1), 15000).left, 5000);
  assert.equal(holdOver(1, 'b', 0, 19999), false);
  assert.equal(holdOver(1, 'b', 0, 20000), true);
  assert.equal(holdOver(1, 'a', 0, 20000), false, 'only the run\'s last page view');
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
  assert.equal(holdOver(2, 'c', 0, 12000 + HELD_MAX_MS - 3001), false);
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
  // another tab and a sub-frame have their own; a missing page id or frame is not heard
  assert.equal(onHold({ pageId: 'e', held: 3000 }, top(4), 60000).left, HELD_MAX_MS - 3000);
  const sub = { tab: { id: 3 }, frameId: 2, url: 'https://held-frame.example/kit.html' };
  onHold({ pageId: 'f', leaving: true, held: 12000 }, sub, 61000);
  assert.equal(onHold({ pageId: 'g', held: 100 }, sub, 61200).left, HELD_MAX_MS - 12200);
  assert.equal(holdOver(3, 'g', 2, 61200 + HELD_MAX_MS), true);
  assert.equal(holdOver(3, 'g', 0, 61200 + HELD_MAX_MS), false, 'the top frame\'s run is another');
  assert.equal(onHold({ pageId: 'd2', held: 3000 }, top(3), 61300).left, HELD_MAX_MS - 3000);
  assert.equal(onHold({ held: 3000 }, top(3), 61000).left, null);
  assert.equal(onHold({ pageId: 'x', held: 3000 }, { tab: { id: 3 } }, 61000).left, null);
  // a forged `held` is clamped: never more than HELD_MAX_MS left, never a start in the future
  forgetHold(5);
  assert.equal(onHold({ pageId: 'g', held: -5e9 }, top(5), 1000).left, HELD_MAX_MS);
  assert.equal(onHold({ pageId: 'h', held: 'x' }, top(6), 1000).left, HELD_MAX_MS);
  assert.equal(onHold({ pageId: 'i', held: 9e9 }, top(7), 1000).left, 0);
});

test('a page view that leaves before it told (a kit that loads itself again every 2 s) starts the run, and the next one asked at its start joins it (review 32 HS32-M1)', () => {
  forgetHold(8);
  // first load leaves 2 s in, never told: the run starts at its start
  assert.deepEqual(onHold({ pageId: 'a', leaving: true, held: 2000 }, top(8), 2000), { left: null, next: true });
  // the second, asked at once, tells 0.1 s in
  assert.equal(onHold({ pageId: 'b', held: 100 }, top(8), 2200).left, HELD_MAX_MS - 2200);
  onHold({ pageId: 'b', leaving: true, held: 2000 }, top(8), 4100);
  // ... and so on: the tenth load tells past the first load's 20 s and is read at once
  let t = 4100;
  for (const id of ['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) {
    onHold({ pageId: id, held: 100 }, top(8), t + 200);
    onHold({ pageId: id, leaving: true, held: 2000 }, top(8), t + 2100);
    t += 2100;
  }
  assert.ok(onHold({ pageId: 'k', held: 100 }, top(8), t + 200).left <= 0);
  assert.equal(holdOver(8, 'k', 0, t + 200), true);
  // a page view that leaves once (a redirect at load) to a page that parses: the run ends there
  forgetHold(9);
  onHold({ pageId: 'r', leaving: true, held: 300 }, top(9), 300);
  assert.equal(onHold({ pageId: 's', held: 100 }, top(9), 500).left, HELD_MAX_MS - 500);
  onHold({ pageId: 's', done: true }, top(9), 900);
  assert.equal(onHold({ pageId: 'u', held: 3000 }, top(9), 9000).left, HELD_MAX_MS - 3000, 'a later held page view starts afresh');
});

test('askNext asks the tab\'s top frame until another document answers, the one that left no longer loads, or the run moves on', async () => {
  forgetHold(10);
  onHold({ pageId: 'a', leaving: true, held: 1000 }, top(10), Date.now());
  const seen = [];
  // the old document answers twice, then none answers (between them), then the new one
  const answers = [{ pageId: 'a', loading: true }, { pageId: 'a', loading: true }, null, { pageId: 'b', loading: true }];
  const send = async (m) => {
    seen.push(m.what);
    const a = answers.shift();
    if (!a) throw new Error('Could not establish connection');
    return a;
  };
  assert.equal(await askNext(10, 0, 'a', send), true);
  assert.deepEqual(seen, ['hold', 'hold', 'hold', 'hold']);
  // the one that left answers it no longer loads (its navigation made no document): no more asks
  onHold({ pageId: 'c', leaving: true, held: 1000 }, top(10), Date.now());
  let n = 0;
  assert.equal(await askNext(10, 0, 'c', async () => (n++, { pageId: 'c', loading: false })), false);
  assert.equal(n, 1);
  // the run moved on (another page view told meanwhile): no more asks
  onHold({ pageId: 'd', leaving: true, held: 1000 }, top(10), Date.now());
  n = 0;
  assert.equal(await askNext(10, 0, 'd', async () => (n++, onHold({ pageId: 'e', held: 10 }, top(10)), null)), false);
  assert.equal(n, 1);
  // bounded in time: a tab that keeps answering from the old document is asked for the chain gap at most
  onHold({ pageId: 'f', leaving: true, held: 1000 }, top(10), Date.now());
  let clock = 0;
  n = 0;
  assert.equal(await askNext(10, 0, 'f', async () => (n++, (clock += 1000), { pageId: 'f', loading: true }), () => clock), false);
  assert.ok(n <= 31, `${n} asks`);
});

test('the next document joins the run whatever its origin: a kit that reloads itself through a redirect to another of its sites (review 34 HS34-H1)', () => {
  forgetHold(30);
  onHold({ pageId: 'a', leaving: true, held: 12000 }, top(30, 'https://held-kit.example/alert.html'), 12000);
  assert.equal(onHold({ pageId: 'b', held: 100 }, top(30, 'https://held-kit-2.example/alert.html'), 12200).left, HELD_MAX_MS - 12200);
});

// The tab's run of held page views (extension/background/held_chain.js, review 31 HS-M1): a held
// page view that the page itself sends to another document shares its hold with the next one, so a
// kit that reloads itself before each hold ends is read HELD_MAX_MS after its first load; a person's
// reload, a page that parsed, a read that is not held, another tab or a long pause start afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { onHold, holdOver, holdEnded, forgetHold, askNext, onNavRequest, onNavEnd, askJoined, heldElsewhere, HELD_MAX_MS } = await import(pathToFileURL(path.join(ROOT, 'extension/background/held_chain.js')).href);

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

// A held kit whose top a sandboxed frame of another origin navigates every 2 s (review 33 HS33-H1):
// no `navigate` event in the top, so no `leaving`; the background sees the request.
const KIT = 'https://pc-alert-xo.example/alert.html';
const req = (tabId, requestId, timeStamp, more = {}) => ({ tabId, frameId: 0, requestId, url: KIT, timeStamp, type: 'main_frame', ...more });

test('a held page view another origin navigates away (no navigate event) continues its run in the next document, which goes to the full-tab warning once warned (review 33 HS33-H1)', () => {
  forgetHold(30);
  // the person typed the address (no initiator): nothing to join
  assert.equal(onNavRequest(req(30, 'r0', 1000), 1000), null);
  // 2 s later the frame (opaque origin: initiator "null") navigates the top; r0 still coming
  const j = onNavRequest(req(30, 'r1', 3000, { initiator: 'null' }), 3000);
  assert.deepEqual(j, { tabId: 30, frameId: 0, after: 2000 });
  onNavEnd({ tabId: 30, frameId: 0, requestId: 'r0', timeStamp: 3040 }, false);
  // the document that left answers first (it started before): nothing changes
  assert.equal(onHold({ pageId: 'd0', held: 2000, started: 990, reached: 'navigate' }, top(30, KIT), 3010).left, null);
  // the next document, asked at its start, joins: what is left of the first load's hold
  assert.equal(onHold({ pageId: 'd1', held: 60, started: 2995, reached: 'navigate' }, top(30, KIT), 3100).left, 1000 + HELD_MAX_MS - 3100);
  assert.equal(heldElsewhere(30, 'd1'), true);
  // and so on, load after load; r1 was never complete
  assert.ok(onNavRequest(req(30, 'r2', 5000, { initiator: 'null' }), 5000));
  onNavEnd({ tabId: 30, frameId: 0, requestId: 'r1', timeStamp: 5030 }, false);
  assert.ok(onHold({ pageId: 'd2', held: 40, started: 4998, reached: 'navigate' }, top(30, KIT), 21500).left <= 0);
  assert.equal(holdOver(30, 'd2', 0, 21500), true);
  assert.equal(heldElsewhere(30, 'd2'), true);
  // Firefox: the old response ends as the navigation starts, just before the next request
  onNavEnd({ tabId: 30, frameId: 0, requestId: 'r2', timeStamp: 22980 }, false);
  assert.ok(onNavRequest(req(30, 'r3', 23000, { requestHeaders: [{ name: 'Sec-Fetch-Site', value: 'cross-site' }, { name: 'Sec-Fetch-Mode', value: 'navigate' }] }), 23000));
});

test('the person\'s reload, Back, address or link does not join a held run another origin\'s navigation kept (their own hold)', () => {
  forgetHold(31);
  onNavRequest(req(31, 'r0', 1000), 1000);
  // the reload button (Chromium: the history entry's initiator, "null" here): pending, then its
  // document says it was reloaded
  assert.ok(onNavRequest(req(31, 'r1', 3000, { initiator: 'null' }), 3000));
  assert.equal(onHold({ pageId: 'd1', held: 3000, started: 2990, reached: 'reload' }, top(31, KIT), 6000).left, HELD_MAX_MS - 3000);
  assert.equal(heldElsewhere(31, 'd1'), false);
  // Back (Firefox: cross-site, no user activation, as the entry was made)
  onNavRequest(req(31, 'r2', 7000, { requestHeaders: [{ name: 'sec-fetch-site', value: 'cross-site' }] }), 7000);
  assert.equal(onHold({ pageId: 'd2', held: 3000, started: 6990, reached: 'back_forward' }, top(31, KIT), 10000).left, HELD_MAX_MS - 3000);
  // the frame navigates the page the person went Back to: its run starts there, not before
  assert.ok(onNavRequest(req(31, 'r2b', 10500, { initiator: 'null' }), 10500));
  assert.equal(onHold({ pageId: 'd2b', held: 100, started: 10490, reached: 'navigate' }, top(31, KIT), 10600).left, 7000 + HELD_MAX_MS - 10600);
  // an address typed or a bookmark: Chromium no initiator, Firefox `none` with user activation
  assert.equal(onNavRequest(req(31, 'r3', 11000), 11000), null);
  assert.equal(onNavRequest(req(31, 'r4', 12000, { requestHeaders: [{ name: 'sec-fetch-site', value: 'none' }, { name: 'sec-fetch-user', value: '?1' }] }), 12000), null);
  // a link the person clicks: Chromium, the document's own origin; Firefox, user activation
  assert.equal(onNavRequest(req(31, 'r5', 13000, { initiator: 'https://pc-alert-xo.example' }), 13000), null);
  assert.equal(onNavRequest(req(31, 'r6', 14000, { requestHeaders: [{ name: 'sec-fetch-site', value: 'cross-site' }, { name: 'sec-fetch-user', value: '?1' }] }), 14000), null);
  // an address typed while another origin's navigation was on its way takes its place: not joined
  assert.ok(onNavRequest(req(31, 'r7', 15000, { initiator: 'null' }), 15000));
  assert.equal(onNavRequest(req(31, 'r8', 15020), 15020), null);
  assert.equal(onHold({ pageId: 'd8', held: 3000, started: 15010, reached: 'navigate' }, top(31, KIT), 18000).left, HELD_MAX_MS - 3000);
});

test('a page view whose response was complete (it parsed), or ended long before, is not a held one: another origin\'s navigation starts nothing', () => {
  forgetHold(32);
  onNavRequest(req(32, 'r0', 1000), 1000);
  onNavEnd({ tabId: 32, frameId: 0, requestId: 'r0', timeStamp: 1200 }, true);
  assert.equal(onNavRequest(req(32, 'r1', 3000, { initiator: 'null' }), 3000), null);
  // a response that failed 1.5 s before the next navigation (its document then ended)
  onNavEnd({ tabId: 32, frameId: 0, requestId: 'r1', timeStamp: 3500 }, false);
  assert.equal(onNavRequest(req(32, 'r2', 5000, { initiator: 'null' }), 5000), null);
  // a redirect of the same request is the same navigation
  assert.equal(onNavRequest(req(32, 'r2', 5010, { url: 'https://elsewhere.example/' }), 5010), null);
});

test('askJoined asks the frame until a document that started after the navigation answers, or the run moves on', async () => {
  forgetHold(33);
  onNavRequest(req(33, 'r0', 1000), 1000);
  const j = onNavRequest(req(33, 'r1', 3000, { initiator: 'null' }), 3000);
  const answers = [{ pageId: 'd0', loading: true, started: 990 }, null, { pageId: 'd1', loading: true, started: 2995 }];
  let n = 0;
  assert.equal(await askJoined(33, 0, j.after, async () => answers[n++]), true);
  assert.equal(n, 3);
  // the person's address replaced it meanwhile: the asks stop
  const k = onNavRequest(req(33, 'r2', 5000, { initiator: 'null' }), 5000);
  onNavRequest(req(33, 'r3', 5010), 5010);
  assert.equal(await askJoined(33, 0, k.after, async () => ({ pageId: 'd1', loading: true, started: 2995 })), false);
});

test('a page view that leaves by its own navigation (its navigate event) stays the content script\'s run, whatever the request says: Firefox\'s frame reload carries its parent as the maker (held-frame.html?every=2000)', () => {
  const frame = (tabId) => ({ tab: { id: tabId }, frameId: 4, url: 'https://held-kit-frame.example/kit.html' });
  const fx = (tabId, requestId, timeStamp) => ({ tabId, frameId: 4, requestId, url: 'https://held-kit-frame.example/kit.html', timeStamp, type: 'sub_frame', originUrl: 'https://pc-alert-shell.example/', requestHeaders: [{ name: 'Sec-Fetch-Site', value: 'cross-site' }] });
  forgetHold(34);
  onNavRequest(fx(34, 'r0', 1000), 1000);
  // the leaving notice first, then the request
  assert.equal(onHold({ pageId: 'd0', leaving: true, held: 2000, started: 990 }, frame(34), 3000).next, true);
  assert.equal(onNavRequest(fx(34, 'r1', 3005), 3005), null);
  assert.equal(onHold({ pageId: 'd1', held: 50, started: 3000, reached: 'reload' }, frame(34), 3100).left, 1000 + HELD_MAX_MS - 3100);
  assert.equal(heldElsewhere(34, 'd1', 4), false);
  // the request first, then the leaving notice
  assert.ok(onNavRequest(fx(34, 'r2', 5000), 5000));
  assert.equal(onHold({ pageId: 'd1', leaving: true, held: 2000, started: 3000 }, frame(34), 5010).next, true);
  assert.equal(onHold({ pageId: 'd2', held: 50, started: 4999, reached: 'reload' }, frame(34), 5100).left, 1000 + HELD_MAX_MS - 5100);
});

test('a held page view the person leaves through a frame of another origin (their click activated it: `acted`) is not joined, whether its notice comes before the request or after it (review 39 HS-L1: an ad\'s target=_top link, Chromium shows no Sec-Fetch-User)', () => {
  const FORUM = 'https://forum-thread.example/t/1.html';
  const ad = { initiator: 'https://ads-elsewhere.example' };
  forgetHold(35);
  onNavRequest(req(35, 'r0', 1000), 1000);
  // the person clicks the ad 10 s in: the news page tells at its beforeunload, then the request
  assert.equal(onHold({ pageId: 'n0', acted: true }, top(35, KIT), 11000).left, null);
  assert.equal(onNavRequest(req(35, 'r1', 11020, { ...ad, url: FORUM }), 11020), null);
  // the thread tells: its own hold, not what was left of the news page's
  assert.equal(onHold({ pageId: 't1', held: 3000, started: 11010, reached: 'navigate' }, top(35, FORUM), 14100).left, HELD_MAX_MS - 3000);
  assert.equal(heldElsewhere(35, 't1'), false);
  // the notice after the request (pagehide): the pending join is undone before the next document tells
  forgetHold(35);
  onNavRequest(req(35, 'r2', 20000), 20000);
  assert.ok(onNavRequest(req(35, 'r3', 30000, { ...ad, url: FORUM }), 30000));
  onHold({ pageId: 'n2', acted: true }, top(35, KIT), 30300);
  assert.equal(onHold({ pageId: 't3', held: 50, started: 29990, reached: 'navigate' }, top(35, FORUM), 30400).left, HELD_MAX_MS - 50);
  assert.equal(heldElsewhere(35, 't3'), false);
  // without the person's activation the same navigation joins (the test proves something)
  forgetHold(35);
  onNavRequest(req(35, 'r4', 40000), 40000);
  assert.ok(onNavRequest(req(35, 'r5', 50000, { ...ad, url: FORUM }), 50000));
  assert.equal(onHold({ pageId: 't5', held: 50, started: 49990, reached: 'navigate' }, top(35, FORUM), 50100).left, 40000 + HELD_MAX_MS - 50100);
  assert.equal(heldElsewhere(35, 't5'), true);
  // an activation long before the kit frame's navigation does not stop the join
  forgetHold(35);
  onNavRequest(req(35, 'r6', 60000), 60000);
  onHold({ pageId: 'k6', acted: true }, top(35, KIT), 61000);
  assert.ok(onNavRequest(req(35, 'r7', 64000, { initiator: 'null' }), 64000));
});

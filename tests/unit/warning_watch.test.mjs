// The background's check that a warning it sent is drawn (extension/background/warning_watch.js):
// the tab goes to the full-tab warning only when the warning cannot be drawn (a renderer that
// does not answer, a frame whose page never runs), in a tab the person looks at, while the page
// is still warned.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { expectWarning, warningRan, forgetWarning, tabShown } = await import(pathToFileURL(path.join(ROOT, 'extension/background/warning_watch.js')).href);

/** A background double. `answer`: the top frame's answer ('hung': none ever). */
function world({ warned = true, visible = true, answer = { drawn: false } } = {}) {
  const w = { warned, visible, answer, asked: 0, fellBack: [] };
  w.hooks = {
    stillWarned: async () => w.warned,
    isVisible: async () => w.visible,
    askDrawn: () => {
      w.asked++;
      return w.answer === 'hung' ? new Promise(() => {}) : Promise.resolve(w.answer);
    },
    fallBack: async (tabId) => void w.fellBack.push(tabId),
  };
  return w;
}
const flush = () => new Promise((ok) => setImmediate(ok));
async function advance(ms, step = 500) {
  for (let t = 0; t < ms; t += step) {
    mock.timers.tick(step);
    for (let i = 0; i < 4; i++) await flush();
  }
}
function fakeTime(t) {
  mock.timers.enable({ apis: ['setTimeout'] });
  t.after(() => mock.timers.reset());
}

test('a renderer that does not answer twice (hung): the tab goes to the full-tab warning, once, even though the warning\'s own page ran', async (t) => {
  fakeTime(t);
  const w = world({ answer: 'hung' });
  expectWarning(1, 'p1', w.hooks);
  warningRan(1); // Chromium: the extension's frame runs in its own process
  await advance(7000);
  assert.deepEqual(w.fellBack, [], 'one silent check is not enough (a busy page under load)');
  await advance(7000);
  assert.deepEqual(w.fellBack, [1]);
  await advance(20000);
  assert.deepEqual(w.fellBack, [1], 'once');
});

test('a warning frame whose page never runs (blocked by the page\'s headers): the full-tab warning at the second check', async (t) => {
  fakeTime(t);
  const w = world({ answer: { drawn: false } });
  expectWarning(2, 'p2', w.hooks);
  await advance(5000);
  assert.deepEqual(w.fellBack, [], 'a slow frame gets another check');
  await advance(4000);
  assert.deepEqual(w.fellBack, [2]);
});

test('drawn, or not drawn by a frame that ran (the page made it load again): nothing happens', async (t) => {
  fakeTime(t);
  const w = world({ answer: { drawn: true } });
  expectWarning(3, 'p3', w.hooks);
  await advance(20000);
  assert.deepEqual([w.fellBack, w.asked], [[], 1]);
  const v = world({ answer: { drawn: false } });
  expectWarning(4, 'p4', v.hooks);
  await advance(1000);
  warningRan(4);
  await advance(20000);
  assert.deepEqual([v.fellBack, v.asked], [[], 1]);
  // Told again for the same page (a sub-frame's read): nothing armed anew.
  expectWarning(4, 'p4', v.hooks);
  await advance(20000);
  assert.equal(v.asked, 1);
  // "Show the warning again": checked anew (its frame has not run yet).
  expectWarning(4, 'p4', v.hooks, { again: true });
  await advance(9000);
  assert.deepEqual(v.fellBack, [4]);
});

test('a tab in the background is checked when the person looks at it', async (t) => {
  fakeTime(t);
  const w = world({ visible: false });
  expectWarning(5, 'p5', w.hooks);
  await advance(20000);
  assert.deepEqual([w.fellBack, w.asked], [[], 0], 'not while hidden');
  w.visible = true;
  await advance(7000);
  assert.deepEqual(w.fellBack, [], 'no polling: checked when the tab is shown');
  tabShown(5);
  await advance(9000);
  assert.deepEqual(w.fellBack, [5]);
});

test('a page no longer warned (shown anyway, trusted, left), or a closed tab: nothing happens', async (t) => {
  fakeTime(t);
  const w = world({ answer: 'hung' });
  expectWarning(6, 'p6', w.hooks);
  w.warned = false;
  await advance(15000);
  assert.deepEqual(w.fellBack, []);
  // No longer warned while the renderer was being asked.
  const u = world({ answer: 'hung' });
  expectWarning(7, 'p7', u.hooks);
  await advance(11000);
  u.warned = false;
  await advance(5000);
  assert.deepEqual(u.fellBack, []);
  const v = world({ answer: 'hung' });
  expectWarning(8, 'p8', v.hooks);
  forgetWarning(8);
  await advance(15000);
  assert.deepEqual(v.fellBack, []);
});

test('a sub-frame\'s read tells the warning again under another page id: the frame that ran still counts; no content script to ask is no fallback', async (t) => {
  fakeTime(t);
  const w = world({ answer: { drawn: false } });
  expectWarning(9, 'top', w.hooks);
  warningRan(9);
  expectWarning(9, 'sub-frame', w.hooks, { fresh: false });
  await advance(20000);
  assert.deepEqual(w.fellBack, []);
  // A new top document (fresh) starts anew: its frame has not run.
  expectWarning(9, 'next', w.hooks);
  await advance(9000);
  assert.deepEqual(w.fellBack, [9]);
  const u = world({ answer: undefined });
  u.hooks.askDrawn = () => Promise.reject(new Error('no receiving end'));
  expectWarning(10, 'p10', u.hooks);
  await advance(30000);
  assert.deepEqual(u.fellBack, []);
});

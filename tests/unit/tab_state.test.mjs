// A tab's state (extension/background/tab_state.js) in Node, against an in-memory
// storage.session whose answers come back after a delay, as a busy browser's do: changes made
// at the same time are applied one after the other, and none is lost.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';

const area = {};
const later = (value) => new Promise((ok) => setTimeout(() => ok(value), 5));
let t; // the module under test

before(async () => {
  globalThis.chrome = {
    storage: {
      session: {
        get: (k) => later({ [k]: structuredClone(area[k]) }),
        set: async (items) => {
          await later();
          Object.assign(area, structuredClone(items));
        },
        remove: async (k) => {
          await later();
          delete area[k];
        },
      },
    },
  };
  t = await import('../../extension/background/tab_state.js');
});

test('a re-read answered while the person picks "Show the page anyway" keeps the choice', async () => {
  await t.updateTab(1, () => ({ warned: true, dismissed: false, at: 1 }));
  // The page's re-read: reads the state, analyses (takes a while), writes what it read, updated.
  const reread = t.updateTab(1, async (prev) => {
    await later();
    return { ...prev, at: 2 };
  });
  const dismissed = t.updateTab(1, (prev) => ({ ...prev, dismissed: true }));
  await Promise.all([reread, dismissed]);
  assert.deepEqual(await t.getTab(1), { warned: true, dismissed: true, at: 2 });
});

test('undefined leaves the state; a failing change does not stop the next; tabs are separate', async () => {
  await t.updateTab(2, () => ({ n: 1 }));
  assert.equal(await t.updateTab(2, () => undefined), undefined);
  await assert.rejects(t.updateTab(2, () => {
    throw new Error('bad');
  }));
  const counts = await Promise.all([...Array(10)].map((_, i) => t.updateTab(i % 2 ? 2 : 3, (s) => ({ n: (s?.n ?? 0) + 1 }))));
  assert.equal(counts.length, 10);
  assert.deepEqual(await t.getTab(2), { n: 6 });
  assert.deepEqual(await t.getTab(3), { n: 5 });
  await t.forgetTab(2);
  assert.equal(await t.getTab(2), null);
});

// Settings (extension/background/settings.js) in Node, against an in-memory storage.sync and
// storage.managed: schema migration, per-field fallback for anything a stored object may hold,
// the administrator's policy on top of the person's settings (never written into them), and
// changes that never lose what the person set. The browser half (reload, real policies) is
// tests/e2e/settings.test.mjs.
import { test, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

/** What the fake browser storage holds; `fail` makes an area throw like an unavailable one. */
const area = { sync: {}, managed: {}, local: {}, writes: 0, fail: { sync: false, managed: false }, hang: false };
let s; // the module under test

before(async () => {
  const get = (name) => async (key) => {
    if (area.fail[name]) throw new Error(`${name} storage unavailable`);
    if (name === 'managed' && area.hang) return new Promise(() => {}); // a policy service that never answers
    const all = structuredClone(area[name]);
    return key === null || key === undefined ? all : { [key]: all[key] };
  };
  globalThis.chrome = {
    storage: {
      sync: {
        get: get('sync'),
        set: async (items) => {
          if (area.fail.sync) throw new Error('sync storage unavailable');
          area.writes += 1;
          Object.assign(area.sync, structuredClone(items));
        },
      },
      managed: { get: get('managed') },
      local: { get: get('local'), set: async (items) => Object.assign(area.local, structuredClone(items)) },
    },
  };
  s = await import('../../extension/background/settings.js');
});

beforeEach(() => {
  area.sync = {};
  area.managed = {};
  area.writes = 0;
  area.fail = { sync: false, managed: false };
});

const POLICY = { forceEnabled: true, disableTrust: true, strict: true, allowlist: ['preset-trusted-alert.github.io'] };
const defaults = () => ({ schema: s.SCHEMA_VERSION, enabled: true, strict: false, allowlist: [], disabledSites: [] });

test('an unversioned (schema 0) object is migrated', () => {
  const got = s.sanitise({ trusted: ['Example.COM'], sensitivity: 'strict' });
  assert.deepEqual(got, { ...defaults(), strict: true, allowlist: ['example.com'] });
});

test('schema 1 host lists holding URLs and upper case become bare host names', () => {
  const got = s.sanitise({ schema: 1, allowlist: ['https://Shop.Example:8443/path', 'shop.example'], disabledSites: ['news.example.'] });
  assert.deepEqual(got.allowlist, ['shop.example']);
  assert.deepEqual(got.disabledSites, ['news.example']);
});

test('a corrupt field falls back to its default; the other fields are kept', () => {
  const got = s.sanitise({ schema: 2, enabled: 'yes', strict: true, allowlist: 'a.example', disabledSites: ['ok.example', 42, 'not a host', null] });
  assert.deepEqual(got, { ...defaults(), strict: true, disabledSites: ['ok.example'] });
});

test('garbage of any shape gives the defaults', () => {
  for (const raw of [undefined, null, 7, 'x', [], [1], { schema: 'x' }, { schema: 99, unknown: true }, { __proto__: { enabled: false } }]) {
    assert.deepEqual(s.sanitise(raw), defaults(), JSON.stringify(raw));
  }
  assert.deepEqual(s.migrate(null), {});
  for (const bad of ['javascript:alert(1)', 'a b.example', '', 42, null, 'x'.repeat(300), 'single-label']) {
    assert.equal(s.normaliseHost(bad), '', String(bad));
  }
  assert.equal(s.normaliseHost('localhost'), 'localhost');
});

test('policy wins over the person: forced on, strict, preset allow-list kept apart from theirs', () => {
  const e = s.effective({ schema: 2, enabled: false, strict: false, allowlist: ['mine.example'], disabledSites: ['x.example'] },
    { ...POLICY, allowlist: ['Corp.Example', 5] });
  assert.equal(e.enabled, true);
  assert.equal(e.strict, true);
  assert.deepEqual(e.disabledSites, []);
  assert.deepEqual(e.userDisabledSites, ['x.example'], 'the person\'s own list is kept under the policy');
  assert.deepEqual(e.allowlist, ['mine.example', 'corp.example']);
  assert.deepEqual(e.userAllowlist, ['mine.example']);
  assert.deepEqual(e.policy, { forceEnabled: true, disableTrust: true, strict: true, allowlist: ['corp.example'] });
});

test('a policy field of the wrong type counts as not set', () => {
  const user = { schema: 2, enabled: false, strict: false, allowlist: ['mine.example'], disabledSites: ['x.example'] };
  for (const policy of [{ forceEnabled: 'true', strict: 1, allowlist: 'corp.example' }, [], 'policy', 42, null]) {
    const e = s.effective(user, policy);
    assert.equal(e.enabled, false, JSON.stringify(policy));
    assert.equal(e.strict, false);
    assert.deepEqual(e.allowlist, ['mine.example']);
    assert.deepEqual(e.disabledSites, ['x.example']);
    assert.deepEqual(e.policy, { forceEnabled: false, disableTrust: false, strict: false, allowlist: [] });
  }
});

test('the same host in both lists is listed once', () => {
  const e = s.effective({ allowlist: ['corp.example'] }, { allowlist: ['CORP.example'] });
  assert.deepEqual(e.allowlist, ['corp.example']);
});

test('loadSettings: the person\'s settings with the policy on top', async () => {
  area.sync = { settings: { schema: 2, enabled: true, strict: false, allowlist: ['mine.example'], disabledSites: [] } };
  area.managed = POLICY;
  const e = await s.loadSettings();
  assert.equal(e.strict, true);
  assert.deepEqual(e.allowlist, ['mine.example', 'preset-trusted-alert.github.io']);
  assert.equal(area.writes, 0, 'a current-schema object is not rewritten');
});

test('loadSettings writes an older layout back migrated, once', async () => {
  area.sync = { settings: { trusted: ['Old.Example'], sensitivity: 'strict' } };
  const e = await s.loadSettings();
  assert.deepEqual(e.userAllowlist, ['old.example']);
  assert.equal(e.strict, true);
  assert.deepEqual(area.sync.settings, { ...defaults(), strict: true, allowlist: ['old.example'] });
  await s.loadSettings();
  assert.equal(area.writes, 1);
});

test('loadSettings: unavailable storage gives the defaults, no policy', async () => {
  area.fail = { sync: true, managed: true };
  const e = await s.loadSettings();
  assert.equal(e.enabled, true);
  assert.equal(e.strict, false);
  assert.deepEqual(e.allowlist, []);
  assert.equal(e.policy.forceEnabled, false);
});

test('updateSettings changes the person\'s settings only: policy lists are never written into them', async () => {
  area.sync = { settings: { schema: 2, enabled: true, strict: false, allowlist: ['mine.example'], disabledSites: [] } };
  area.managed = POLICY;
  const e = await s.loadSettings();
  await s.updateSettings({ allowlist: [...e.userAllowlist, 'shop.example'] });
  assert.deepEqual(area.sync.settings.allowlist, ['mine.example', 'shop.example']);
  // Switched off by the person while the policy forces it on: stored, but not effective.
  await s.updateSettings({ enabled: false });
  assert.equal(area.sync.settings.enabled, false);
  assert.equal(area.sync.settings.strict, false, 'the policy\'s strict mode is not written into the person\'s');
  assert.equal((await s.loadSettings()).enabled, true);
  // The policy goes: the person's own choices come back.
  area.managed = {};
  const after = await s.loadSettings();
  assert.equal(after.enabled, false);
  assert.deepEqual(after.allowlist, ['mine.example', 'shop.example']);
});

test('a malformed change never loses what the person set', async () => {
  area.sync = { settings: { schema: 2, enabled: false, strict: true, allowlist: ['mine.example'], disabledSites: ['quiet.example'] } };
  const next = await s.updateSettings({ enabled: 'no', strict: null, allowlist: 'shop.example', disabledSites: { x: 1 } });
  assert.deepEqual(next, { ...defaults(), enabled: false, strict: true, allowlist: ['mine.example'], disabledSites: ['quiet.example'] });
  assert.deepEqual(area.sync.settings, next);
  // A valid field next to bad ones is applied.
  const next2 = await s.updateSettings({ strict: false, allowlist: 7 });
  assert.equal(next2.strict, false);
  assert.deepEqual(next2.allowlist, ['mine.example']);
});

test('hostListed: the host and its sub-domains, not look-alike names', () => {
  const list = ['example.com'];
  assert.ok(s.hostListed(list, 'example.com'));
  assert.ok(s.hostListed(list, 'shop.Example.com'));
  assert.ok(!s.hostListed(list, 'evilexample.com'));
  assert.ok(!s.hostListed(list, 'example.com.evil.example'));
  assert.ok(!s.hostListed([], 'example.com'));
});

test('quickSettings: a policy service that has not answered yet holds no read; the policy counts as unknown', async () => {
  // Chromium answers storage.managed 2-5 s after a new profile starts, and not at all while a page
  // keeps its renderer busy (tests/e2e/hostile/busy-loop.html): the first scam page must not wait.
  area.hang = true;
  area.local = {};
  const flush = async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  };
  let first = null;
  s.quickSettings().then((v) => (first = v));
  await flush();
  assert.ok(first, 'the first read must not wait for the policy service');
  assert.deepEqual(first.policy, s.sanitisePolicy(undefined));
  assert.equal(first.policyKnown, false, 'the warning must know the policy is unknown (it then offers no trust)');
  assert.equal(first.enabled, true, 'an unknown policy protects as if there were none');
  assert.deepEqual(first.allowlist, []);
});

test('onLivePolicy: the answer of the policy service reaches the background, which then applies it', async () => {
  area.hang = false;
  area.local = {};
  area.managed = { allowlist: ['Intranet.example'], strict: true };
  const fresh = await import('../../extension/background/settings.js?live-policy');
  const heard = [];
  fresh.onLivePolicy((p) => heard.push(p));
  const got = await fresh.quickSettings();
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  assert.deepEqual(heard, [fresh.sanitisePolicy(area.managed)], 'the listener hears the answer once, sanitised');
  const after = await fresh.quickSettings();
  assert.equal(after.policyKnown, true);
  assert.deepEqual(after.allowlist, ['intranet.example']);
  assert.equal(after.strict, true);
  assert.deepEqual(area.local.policyCopy, area.managed, 'a copy is kept for the next start');
  assert.ok(got);
});

test('quickSettings: a policy that answered (or a stored copy of it) is known, even when it is empty', async () => {
  area.hang = false;
  area.managed = { disableTrust: true };
  // A fresh copy of the module: the test above left this one's policy wait spent.
  const fresh = await import('../../extension/background/settings.js?policy-answers');
  const got = await fresh.quickSettings();
  assert.equal(got.policyKnown, true);
  assert.equal(got.policy.disableTrust, true);
});

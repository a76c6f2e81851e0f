// tests/e2e.sh runs a failed file's failed tests again, and only those (tests/lib/failed_tests.mjs):
// the names read from recorded TAP reports, the anchored and escaped patterns, and one real round
// trip through node's test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { failedTests, exactPattern, rerunArgs } from '../lib/failed_tests.mjs';

const tap = (name) => readFileSync(new URL(`../fixtures/tap/${name}.tap`, import.meta.url), 'utf8');
const HELD = 'held/held.html?ms=6000: the page holds (20 s) #2 [a|b] {x} $1 \\ end; the warning stays on screen';

test('the failed leaves of a report, unescaped, without their suites, skips or todos', () => {
  assert.deepEqual(failedTests(tap('failed_run')), [HELD, 'inner.html: fails too', 'top level, outside the group']);
});

test('the CI of 99bc41d: hostile-chromium-2 failed in select-shadow-deep.html alone', () => {
  const names = failedTests(tap('hostile_ci43'));
  assert.equal(names.length, 1);
  assert.match(names[0], /^select-shadow-deep\.html: the page on each click .* the warning stays on screen$/);
});

test('a report that cannot name its failures gives null (the whole file runs again)', () => {
  const whole = tap('failed_run');
  assert.equal(failedTests(whole.slice(0, whole.indexOf('# tests'))), null, 'cut short: no summary');
  assert.equal(failedTests(whole.replace(/^(\s*)not ok (\d+) - (?!.*# TODO)/gm, '$1ok $2 - ')), null, 'nothing failed');
  assert.equal(failedTests('TAP version 13\nnot ok 1 - tests/e2e/x.test.mjs\n# tests 1\n# fail 1\n'), null, 'the file failed outside its tests');
});

test('each pattern matches its own name only, a longer name or a neighbour not', () => {
  const names = [HELD, `${HELD}, longer`, 'inner.html: fails too', 'a.b*c+d?e^f$g{1}(h)|i[j]\\k/l-m'];
  for (const name of names) {
    const re = new RegExp(exactPattern(name));
    assert.deepEqual(names.filter((n) => re.test(n)), [name], name);
  }
  assert.deepEqual(rerunArgs(['a.b']), ['--test-name-pattern=^a\\.b$']);
});

test('the runner runs again exactly the tests that failed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hangup-failed-'));
  try {
    const file = join(dir, 'some.test.mjs');
    writeFileSync(file, `import { describe, it } from 'node:test';
const fails = (n) => { if (process.env.HANGUP_FAIL?.split(',').includes(n)) throw new Error('failed on purpose'); };
describe('a browser file', () => {
  it(${JSON.stringify(HELD)}, () => fails('1'));
  it(${JSON.stringify(`${HELD}, longer`)}, () => fails('2'));
  it('plain.html (3)', () => fails('3'));
  describe('group', () => { it('inner.html: fails too', () => fails('4')); });
});
`);
    // (NODE_TEST_CONTEXT would make the inner runner report to this one instead of printing TAP.)
    const { NODE_TEST_CONTEXT, ...outer } = process.env; // eslint-disable-line no-unused-vars
    const run = (args, env) => spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...args, file], { encoding: 'utf8', env: { ...outer, ...env } });
    const first = run([], { HANGUP_FAIL: '1,4' });
    assert.notEqual(first.status, 0);
    const names = failedTests(first.stdout);
    assert.deepEqual(names, [HELD, 'inner.html: fails too']);
    // Run again with them failing still: only they run, and fail.
    const again = run(rerunArgs(names), { HANGUP_FAIL: '1,2,3,4' });
    assert.notEqual(again.status, 0);
    const ran = again.stdout.split('\n').filter((l) => /^\s*(not )?ok \d+ - /.test(l) && !/# SKIP/.test(l) && !/- (a browser file|group)$/.test(l));
    assert.deepEqual(ran.map((l) => l.trim().replace(/^(not ok|ok) \d+ - /, '$1 ')), [`not ok ${HELD.replace(/[\\#]/g, '\\$&')}`, 'not ok inner.html: fails too']);
    assert.match(again.stdout, /^# pass 0$/m);
    assert.match(again.stdout, /^# fail 2$/m);
    // And passing now: the second run passes.
    assert.equal(run(rerunArgs(names), {}).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

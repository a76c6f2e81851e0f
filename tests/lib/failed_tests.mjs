// The tests that failed in one file's run of node's test runner, read from its TAP output, and the
// arguments that run only them again (tests/e2e.sh's second run of a failed file, forty-fourth
// session: a hostile file's one flaky test no longer costs the file's whole 12 minutes again).
//
//   node tests/lib/failed_tests.mjs LOG          one --test-name-pattern=… argument a line, or
//                                                nothing when the run's failures cannot be named
//                                                (then the whole file runs again)
//   node tests/lib/failed_tests.mjs --names LOG  the names themselves, one a line

/** The TAP reporter escapes `\` and `#` in names (node's tapEscape); this undoes it. */
export function unescapeTap(name) {
  return name.replace(/\\([\\#])/g, '$1');
}

/** The names of the failed tests (leaves, not the suites around them) in a TAP report, in order,
 *  each once. Returns null when the report cannot say which tests to run again: no closing
 *  summary (the runner was stopped or died), a failed top-level entry that is no test of the file
 *  (the file itself), or no failed test at all. */
export function failedTests(tap) {
  const lines = tap.split(/\r?\n/);
  if (!lines.some((l) => /^# tests \d+/.test(l))) return null;
  const parentAt = new Map(); // indent -> a "# Subtest:" line opened at a deeper indent since
  const names = [];
  for (const line of lines) {
    const sub = /^( *)# Subtest: /.exec(line);
    if (sub) {
      const depth = sub[1].length;
      parentAt.set(depth, false);
      for (const d of parentAt.keys()) if (d < depth) parentAt.set(d, true);
      continue;
    }
    const m = /^( *)(not ok|ok) \d+ - (.*)$/.exec(line);
    if (!m) continue;
    const depth = m[1].length;
    const suite = parentAt.get(depth) === true;
    parentAt.delete(depth);
    if (m[2] !== 'not ok' || suite) continue;
    // A directive (` # TODO …`, ` # SKIP …`) follows the name after an unescaped `#`.
    const [raw, directive] = m[3].split(/(?<!\\) # (?=(?:TODO|SKIP)\b)/i);
    if (directive !== undefined && /^TODO\b/i.test(directive)) continue; // a todo's failure fails nothing
    // A top-level leaf is the file itself failing outside any test (an import error, a crash).
    if (depth === 0 && /\.m?[jt]s$/.test(raw)) return null;
    const name = unescapeTap(raw);
    if (!names.includes(name)) names.push(name);
  }
  return names.length ? names : null;
}

/** A regular expression that matches exactly `name` (node's runner tests each pattern against a
 *  test's own name). */
export function exactPattern(name) {
  return `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/** The runner's arguments that run only `names`. */
export function rerunArgs(names) {
  return names.map((n) => `--test-name-pattern=${exactPattern(n)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const plain = process.argv[2] === '--names';
  const names = failedTests(readFileSync(process.argv[plain ? 3 : 2], 'utf8'));
  if (names) process.stdout.write((plain ? names : rerunArgs(names)).map((a) => `${a}\n`).join(''));
}

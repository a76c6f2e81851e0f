#!/usr/bin/env bash
# The JS unit tests and the browser end-to-end tests (node's test runner), one file at a time.
#
#   tests/e2e.sh                 every file of tests/unit/ and tests/e2e/
#   tests/e2e.sh FILE...         these files only
#
# Why one file at a time, with a time limit and one more run:
# - a file that stops making progress (a browser that no longer answers WebDriver or CDP) is
#   stopped after HANGUP_FILE_TIMEOUT_MS (default 15 min; the slowest files are the hostile suite's
#   four, tests/e2e/hostile-{chromium,firefox}-{1,2}.test.mjs: 164, 281, 425 and 282 s one after
#   the other at load 7-38 on 2026-12-03, when the suite in one file took 12-18 min and hit the
#   old 10 min limit) instead of holding the whole run until CI's own limit;
# - a file that fails is run once more from a fresh browser. If it passes then, the run still
#   passes but prints the file under FLAKY at the end: a test that fails once in a while is a bug
#   in the test or in HangUp and is to be fixed, not ignored. A file that fails twice fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."
limit_ms=${HANGUP_FILE_TIMEOUT_MS:-900000}
if [ $# -gt 0 ]; then files=("$@"); else files=(tests/unit/*.test.mjs tests/e2e/*.test.mjs); fi

total_pass=0 total_fail=0 total_skip=0
flaky=() failed=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count() { # count FIELD: the number after "# FIELD" in the last file's report
  local n
  n=$(grep -aE "^# $1 [0-9]+" "$log" | tail -1 | awk '{print $3}')
  echo "${n:-0}"
}

run_file() { # run_file FILE: 0 when every test of the file passed
  # `timeout` backs up node's own limit in case the runner itself stops answering.
  timeout --kill-after=30 $((limit_ms / 1000 + 120)) \
    node --test --test-concurrency=1 --test-timeout="$limit_ms" "$1" 2>&1 | tee "$log"
  return "${PIPESTATUS[0]}"
}

for f in "${files[@]}"; do
  printf '\n-- %s\n' "$f"
  if run_file "$f"; then
    :
  else
    printf '\n-- %s failed; running it once more\n' "$f"
    if run_file "$f"; then flaky+=("$f"); else failed+=("$f"); fi
  fi
  total_pass=$((total_pass + $(count pass)))
  total_fail=$((total_fail + $(count fail) + $(count cancelled)))
  total_skip=$((total_skip + $(count skipped)))
done

echo
echo "{\"summary\":{\"files\":${#files[@]},\"pass\":$total_pass,\"fail\":$total_fail,\"skipped\":$total_skip,\"flaky\":${#flaky[@]},\"failed\":${#failed[@]}}}"
for f in "${flaky[@]}"; do echo "FLAKY (failed once, passed when run again): $f"; done
for f in "${failed[@]}"; do echo "FAILED (twice): $f"; done
# For tests/run.sh, which repeats these lines at the very end of its output.
if [ -n "${HANGUP_E2E_REPORT:-}" ]; then
  { for f in "${flaky[@]}"; do echo "FLAKY: $f"; done; for f in "${failed[@]}"; do echo "FAILED twice: $f"; done; } > "$HANGUP_E2E_REPORT"
fi
[ ${#failed[@]} -eq 0 ]

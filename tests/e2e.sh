#!/usr/bin/env bash
# The JS unit tests and the browser end-to-end tests (node's test runner), one file at a time.
#
#   tests/e2e.sh                 every file of tests/unit/ and tests/e2e/
#   tests/e2e.sh FILE...         these files only
#
# Why one file at a time, with a time limit and one more run:
# - a file that stops making progress (a browser that no longer answers WebDriver or CDP) is
#   stopped after HANGUP_FILE_TIMEOUT_MS (default 15 min; the slowest files are the hostile suite's
#   four, tests/e2e/hostile-{chromium,firefox}-{1,2}.test.mjs: 139, 751, 156 and 735 s in the CI
#   of 99bc41d; split since the forty-fourth session as page list / other tests, some 6-7 min
#   each by that CI's per-test durations less the waits cut) instead of holding the whole run
#   until CI's own limit;
# - a file that fails runs once more from a fresh browser, but only its failed tests (forty-fourth
#   session: named from the TAP report by tests/lib/failed_tests.mjs and passed as anchored
#   --test-name-pattern; a hostile file's one flaky test cost its whole 12 min again in the CI of
#   99bc41d). The whole file runs again when its failures cannot be named (the runner was stopped or
#   died, the file failed outside a test) or when the second run ran fewer tests than were named.
#   If the second run passes, the run still passes but prints the file and its tests under FLAKY
#   at the end: a test that fails once in a while is a bug in the test or in HangUp and is to be
#   fixed, not ignored. A test that fails twice fails the run.
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

run_file() { # run_file FILE [RUNNER ARG...]: 0 when every test run passed
  local f=$1; shift
  # `timeout` backs up node's own limit in case the runner itself stops answering. TAP, whatever
  # the terminal: tests/lib/failed_tests.mjs reads it.
  timeout --kill-after=30 $((limit_ms / 1000 + 120)) \
    node --test --test-concurrency=1 --test-reporter=tap --test-timeout="$limit_ms" "$@" "$f" 2>&1 | tee "$log"
  return "${PIPESTATUS[0]}"
}

add_counts() { # add_counts: the last run's pass, fail and skipped to the totals
  total_pass=$((total_pass + $(count pass)))
  total_fail=$((total_fail + $(count fail) + $(count cancelled)))
  total_skip=$((total_skip + $(count skipped)))
}

for f in "${files[@]}"; do
  printf '\n-- %s\n' "$f"
  run_file "$f"
  rc=$?
  if [ "$rc" -eq 0 ]; then add_counts; continue; fi
  again=() names=()
  # (124, 137: stopped by `timeout`; its report is cut short.)
  if [ "$rc" -ne 124 ] && [ "$rc" -ne 137 ]; then
    mapfile -t again < <(node tests/lib/failed_tests.mjs "$log")
    mapfile -t names < <(node tests/lib/failed_tests.mjs --names "$log")
  fi
  if [ ${#again[@]} -gt 0 ]; then
    first_pass=$(count pass) first_skip=$(count skipped)
    printf '\n-- %s: %d failed; running only these once more:\n' "$f" "${#again[@]}"
    printf '   %s\n' "${names[@]}"
    run_file "$f" "${again[@]}"
    rc=$?
    ran=$(( $(count pass) + $(count fail) + $(count cancelled) ))
    if [ "$ran" -ge "${#again[@]}" ]; then
      # The first run's passes and skips; of the named tests, those that did not fail again (a
      # name two tests share runs both: the second run's own passes can count one twice).
      again_fail=$(( $(count fail) + $(count cancelled) ))
      total_pass=$((total_pass + first_pass + (again_fail < ${#again[@]} ? ${#again[@]} - again_fail : 0)))
      total_fail=$((total_fail + again_fail))
      total_skip=$((total_skip + first_skip))
      if [ "$rc" -eq 0 ]; then
        flaky+=("$f: $(printf '%s | ' "${names[@]}" | sed 's/ | $//')")
      else
        failed+=("$f")
      fi
      continue
    fi
    printf '\n-- %s: the second run ran %d of the %d tests named; running the whole file once more\n' "$f" "$ran" "${#again[@]}"
  else
    printf '\n-- %s failed; running it once more\n' "$f"
  fi
  if run_file "$f"; then flaky+=("$f"); else failed+=("$f"); fi
  add_counts
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

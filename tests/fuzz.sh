#!/usr/bin/env bash
# Fuzzes the parts of HangUp that read page-controlled input, with cargo-fuzz (libFuzzer).
#
#   tests/fuzz.sh smoke          a short fixed-seed run of every target (part of tests/run.sh)
#   tests/fuzz.sh long SECONDS   every target for SECONDS each; prints the executions counts that
#                                docs/FUZZING.md quotes
#
# Targets (fuzz/fuzz_targets/): the snapshot decoder, the normaliser, the phone finder and the whole
# analyser. Seeds in fuzz/seeds/ are the project's own invented inputs; what the fuzzer finds goes
# to fuzz/corpus/ (ignored by git), crashes to fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# No nightly toolchain can be fetched here: RUSTC_BOOTSTRAP lets stable rustc take cargo-fuzz's -Z flags.
export RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
mode=${1:-smoke}
seconds=${2:-60}
total=0
for target in snapshot_json normalize phone analyse; do
  mkdir -p "fuzz/corpus/$target"
  case $mode in
    smoke) args=(-seed=1 -runs=20000) ;;
    long) args=(-seed=1 "-max_total_time=$seconds") ;;
    *) echo "usage: tests/fuzz.sh smoke | long SECONDS" >&2; exit 2 ;;
  esac
  # No sanitizer: the crate has no unsafe code; what the fuzzer looks for is a panic or a hang.
  log=$(mktemp)
  if ! cargo fuzz run --sanitizer none "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
      "${args[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz: $target FAILED (crash input in fuzz/artifacts/$target/)"
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  echo "fuzz: $target ${runs:-?} executions, no crash"
  total=$((total + ${runs:-0}))
  rm -f "$log"
done
echo "fuzz: $total executions in all, 0 crashes"

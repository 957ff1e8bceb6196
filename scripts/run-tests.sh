#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# README command two: install what is missing, build, run the whole test suite with ctest, then
# fuzz the readers of untrusted input with libFuzzer (clang, installed by install-deps.sh).
# Pass "asan" to build and test under AddressSanitizer + UBSan instead (no fuzzing: the fuzz
# preset already runs its harnesses under both sanitizers).
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-dev}"
case "$preset" in
  dev|asan) ;;
  *) echo "usage: $0 [asan]" >&2; exit 64 ;;
esac
# ctest runs as many tests at once as there are cores (each test has a home and temporary folder
# of its own), unless CTEST_PARALLEL_LEVEL says otherwise.
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-$(nproc)}"

# Each step says how long it took, so that a slow run's log shows where the time went.
step() {
  local started; started=$(date +%s)
  "$@"
  echo "run-tests: $* took $(( $(date +%s) - started )) s"
}

step scripts/install-deps.sh
step cmake --workflow --preset "$preset"
if [ "$preset" = dev ]; then
  # The layering rules and clang-tidy over the product code (warnings are errors).
  step scripts/check-code.sh build/dev
  # Not optional: a missing clang or libFuzzer fails here rather than passing unfuzzed.
  step cmake --workflow --preset fuzz
fi

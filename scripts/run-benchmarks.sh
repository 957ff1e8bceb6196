#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the release preset and runs the benchmarks for PRODUCT.md section 9, printing the
# tables recorded in docs/performance.md. Options:
#   --kills N   also run the kill -9 crash test N times (default 1000; 0 skips it)
# The files go in the build folder, i.e. on the same disk as the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

kills=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) kills="$2"; shift 2 ;;
    *) echo "usage: $0 [--kills N]" >&2; exit 64 ;;
  esac
done

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
out=build/release/bench-files
mkdir -p "$out"

echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, $(uname -r); disk: $(df -h --output=source,fstype "$out" | tail -1)"
build/release/benchmarks/wgll-bench-storage "$out"
for b in build/release/benchmarks/wgll-bench-*; do
  [ "$b" = build/release/benchmarks/wgll-bench-storage ] && continue
  if [ -f "$b" ] && [ -x "$b" ]; then "$b" "$out"; fi  # each takes the folder for its files
done
if [ "$kills" -gt 0 ]; then
  echo
  echo "### kill -9 crash test, $kills iterations"
  start=$(date +%s)
  # The summary lines only; the whole output is kept, and a failing run fails this script.
  log="$out/kill-test.log"
  status=0
  WGLL_KILL_ITERATIONS="$kills" build/release/tests/crash_tests "kill -9 during edits*" >"$log" 2>&1 || status=$?
  grep -E "kills;|passed|failed|FAILED" "$log" || true
  echo "($(( $(date +%s) - start )) s)"
  if [ "$status" -ne 0 ]; then
    echo "$0: the kill -9 crash test failed (exit $status); its output is in $log" >&2
    exit "$status"
  fi
fi

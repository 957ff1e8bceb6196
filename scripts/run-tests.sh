#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# README command two: install what is missing, build, and run the whole test suite with ctest.
# Pass "asan" to build and test under AddressSanitizer + UBSan instead.
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-dev}"
scripts/install-deps.sh
cmake --workflow --preset "$preset"

# The libFuzzer run needs clang; where it is installed, fuzz the loader for a short while too.
if [ "$preset" = dev ] && command -v clang++ >/dev/null &&
   echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long){return 0;}' |
     clang++ -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
  cmake --workflow --preset fuzz
else
  echo "run-tests: clang with libFuzzer not installed; the fuzz corpus was replayed, not fuzzed"
fi

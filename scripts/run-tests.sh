#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# README command two: install what is missing, build, and run the whole test suite with ctest.
# Pass "asan" to build and test under AddressSanitizer + UBSan instead.
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-dev}"
scripts/install-deps.sh
cmake --workflow --preset "$preset"

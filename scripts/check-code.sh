#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The code checks the compiler does not make: the layering rules (check-architecture.py) and
# clang-tidy with the project's .clang-tidy (warnings are errors) over every product source file
# in core/, net/, ui/ and app/. Needs a configured build folder for compile_commands.json (default
# build/dev, which scripts/run-tests.sh has just built). Exit 1 on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
build="${1:-build/dev}"

python3 scripts/check-architecture.py "$root"

if [ ! -f "$build/compile_commands.json" ]; then
  echo "check-code: $build/compile_commands.json is missing: configure the build first" >&2
  exit 66
fi
if ! command -v run-clang-tidy >/dev/null; then
  echo "check-code: run-clang-tidy is not installed (scripts/install-deps.sh installs clang-tidy)" >&2
  exit 69
fi
# Generated moc files live under the build folder: only our sources are checked, whole.
start=$(date +%s)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# ui/report/pdfaccess.cpp includes libqpdf's JSON.hh, whose std::vector<JSON> inside JSON clang 14
# cannot parse with libstdc++ 12 in C++20 mode (constexpr vector needs the complete type; GCC, which
# builds it, accepts it). It is checked on its own as C++17, which is all that file needs of the
# language.
cpp17_only="ui/report/pdfaccess.cpp"
if ! { run-clang-tidy -quiet -j "$(nproc)" -p "$build" "^$root/(?!$cpp17_only\$)(core|net|ui|app)/" &&
       clang-tidy -quiet -p "$build" --extra-arg=-std=c++17 "$root/$cpp17_only"; } >"$log" 2>&1; then
  # run-clang-tidy 14 always colours its output: strip that for logs.
  sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E "(warning|error):" | sort -u >&2 || cat "$log" >&2
  echo "check-code: clang-tidy found the problems above" >&2
  exit 1
fi
echo "check-code: clang-tidy clean over core/, net/, ui/ and app/ ($(( $(date +%s) - start )) s)"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from this checkout: installs what is missing, configures the release
# preset without the tests and benchmarks (the package holds neither), and runs CPack through
# the "package" target. Prints the .deb's path on its last line.
# Usage: scripts/build-package.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
scripts/install-deps.sh
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake --preset release -DWGLL_BUILD_TESTS=OFF -DWGLL_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
cmake --build --preset release --target package
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/release/CMakeCache.txt)
deb="build/release/wgll-workbench_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "build-package: CPack made no $deb" >&2; exit 1; }
echo "$repo/$deb"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# wgll-workbench --help and --version must work with no display and no platform chosen: the
# manual page is made from them at build time, and a user may ask over ssh. Before the fix the
# program aborted ("could not connect to display") before printing anything.
# Usage: check-headless-info.sh WGLL-WORKBENCH VERSION
set -uo pipefail
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$1" "$2" 2>&1; }
version=$(run "$1" --version); status=$?
[ "$status" -eq 0 ] && [ "$version" = "wgll-workbench $2" ] ||
  { echo "--version: status $status, printed: $version"; exit 1; }
help=$(run "$1" --help); status=$?
[ "$status" -eq 0 ] && grep -q -- "--screenshot" <<<"$help" ||
  { echo "--help: status $status, printed: $help"; exit 1; }
echo "--version and --help work with no display"

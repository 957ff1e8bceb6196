#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# wgll-workbench --help and --version must work with no display and no platform chosen: the
# manual page is made from them at build time, and a user may ask over ssh. Before the fix the
# program aborted ("could not connect to display") before printing anything.
# Usage: check-headless-info.sh WGLL-WORKBENCH VERSION
set -uo pipefail
# Standard output only: Qt may warn on standard error (XDG_RUNTIME_DIR not set), as it may anywhere.
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$1" "$2" 2>/tmp/wgll-headless-info.$$; }
trap 'rm -f /tmp/wgll-headless-info.$$' EXIT
version=$(run "$1" --version); status=$?
[ "$status" -eq 0 ] && [ "$version" = "wgll-workbench $2" ] ||
  { echo "--version: status $status, printed: $version"; cat /tmp/wgll-headless-info.$$; exit 1; }
help=$(run "$1" --help); status=$?
[ "$status" -eq 0 ] && grep -q -- "--screenshot" <<<"$help" ||
  { echo "--help: status $status, printed: $help"; cat /tmp/wgll-headless-info.$$; exit 1; }
echo "--version and --help work with no display"

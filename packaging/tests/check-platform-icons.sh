#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows .ico and macOS .icns made from the SVG are real icon files with every size, and the
# copies committed for the Windows and macOS builds (which cannot make them) are the same bytes.
# Usage: check-platform-icons.sh BUILT.ico BUILT.icns COMMITTED.ico COMMITTED.icns
set -euo pipefail
built_ico=$1 built_icns=$2 committed_ico=$3 committed_icns=$4
fail=0

ico_sizes=$(icotool --list "$built_ico" 2>&1 | sed -n 's/.*--width=\([0-9]*\) --height=\([0-9]*\) --bit-depth=32.*/\1x\2/p' | tr '\n' ' ')
if [ "$ico_sizes" != "16x16 24x24 32x32 48x48 64x64 128x128 256x256 " ]; then
  echo "FAIL: $built_ico: icotool lists '$ico_sizes', not 16 to 256 at 32 bits" >&2
  fail=1
fi

if ! icns_list=$(icns2png --list "$built_icns"); then
  echo "FAIL: $built_icns: icns2png cannot read it" >&2
  fail=1
fi
for element in "'is32' 16x16" "'il32' 32x32" "'ih32' 48x48" "'it32' 128x128" "'ic08' 256x256"; do
  if ! grep -q "$element 32-bit icon" <<<"$icns_list"; then
    echo "FAIL: $built_icns: icns2png does not list $element" >&2
    fail=1
  fi
done

for pair in "$built_ico:$committed_ico" "$built_icns:$committed_icns"; do
  built=${pair%%:*} committed=${pair#*:}
  if ! cmp -s "$built" "$committed"; then
    echo "FAIL: $committed differs from $built, made from the SVG now: copy it over and commit it" >&2
    fail=1
  fi
done

[ $fail -eq 0 ] && echo "ok: .ico and .icns valid, with every size, and committed copies up to date"
exit $fail

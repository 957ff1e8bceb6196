#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 17, item 6: the PDF board report side by side with the route users take today, in one
# run: `wgll report` of the demo (2026/27 against 2025/26) and LibreOffice converting the
# 49-statement workbook with AVERAGEIF measure scores and a radar (northshire-2026.xlsx, made by
# make_workbook.py) to PDF. Each is run RUNS times, alternately, under /usr/bin/time -v; the
# median wall time and the largest peak RSS of each are printed.
#
#   benchmarks/spreadsheet-route/compare.sh [BUILD_DIR] [RUNS]     (default build/release, 5)
#
# Needs the release build's demo (cmake --build --preset release --target wgll demo) and
# LibreOffice Calc (Debian: libreoffice-calc-nogui). LibreOffice is warmed once first (its
# profile is made on the first start), so its figures are of a warm start, as a user's are.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build/release}"
runs="${2:-5}"
wgll="$build/app/wgll"
demo="$build/demo"
[ -x "$wgll" ] || { echo "compare.sh: $wgll is not built" >&2; exit 66; }
[ -f "$demo/northshire-2026.wgll" ] || { echo "compare.sh: $demo/northshire-2026.wgll is not built (target demo)" >&2; exit 66; }
command -v soffice >/dev/null || { echo "compare.sh: soffice is not installed (libreoffice-calc-nogui)" >&2; exit 69; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"
soffice --headless "-env:UserInstallation=$profile" --convert-to pdf --outdir "$work" \
  "$here/northshire-2026.xlsx" >/dev/null 2>&1

# One measurement: "seconds kibibytes" of the command.
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
  cat "$work/time"
}

: >"$work/wgll.txt"
: >"$work/soffice.txt"
for _ in $(seq "$runs"); do
  measure "$wgll" report "$demo/northshire-2026.wgll" --baseline "$demo/northshire-2025.wgll" \
    -o "$work/board.pdf" >>"$work/wgll.txt"
  measure soffice --headless "-env:UserInstallation=$profile" --convert-to pdf --outdir "$work" \
    "$here/northshire-2026.xlsx" >>"$work/soffice.txt"
done

summary() {
  sort -n "$1" | awk -v name="$2" '{ t[NR] = $1; if ($2 > m) m = $2 }
    END { printf "%-34s median %.2f s (of %d), peak RSS %.0f MiB\n", name, t[int((NR + 1) / 2)], NR, m / 1024 }'
}
summary "$work/wgll.txt" "wgll report (tagged PDF)"
summary "$work/soffice.txt" "soffice --convert-to pdf (xlsx)"
pdfinfo "$work/board.pdf" | grep -E '^(Pages|Tagged):' | tr -s ' ' | paste -sd' ' | sed 's/^/wgll report: /'

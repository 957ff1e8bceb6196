#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The user guide's pictures of the Analyse views (docs/images/analyse-*.png), at 1366x768 under
# Xvfb as the guide's other pictures: the demo (northshire-2026) compared with last year's; a
# trend of three years with the earliest on the framework's 2021-08-31 revision (a break); and a
# roll-up of the demo with two more trusts of its ICS. The extra files are made from the demo's
# own responses by the wgll program, in a temporary folder; nothing in the build tree changes.
#   scripts/analysis-screenshots.sh [BUILD_DIR]     (default build/dev; needs Xvfb and xauth-free :60)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build/dev}
wgll=$build/app/wgll
workbench=$build/app/wgll-workbench
demo=$build/demo
src=$repo/resources/demo
tmp=$(mktemp -d)
Xvfb :60 -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb"; rm -rf "$tmp"' EXIT
export WGLL_WORK_DIR="$tmp/work" DISPLAY=:60 QT_QPA_PLATFORM=xcb
trust="Northshire Hospitals NHS Foundation Trust"

cp "$demo/northshire-2026.wgll" "$demo/northshire-2025.wgll" "$tmp/"
chmod u+w "$tmp"/*.wgll

# Answers moved by DELTA levels (kept on the 1-5 scale; N/A stays N/A), for the made-up files.
shifted() {
  awk -F, -v OFS=, -v d="$2" 'NR == 1 { print; next }
    $2 ~ /^[0-9]+$/ { $2 += d; if ($2 < 1) $2 = 1; if ($2 > 5) $2 = 5 } { print }' "$1"
}
# new FILE FRAMEWORK ORGANISATION PERIOD RESPONSES DELTA
new() {
  "$wgll" new "$tmp/$1" --framework "$2" --organisation "$3" --period "$4" >/dev/null
  shifted "$5" "$6" >"$tmp/$1.csv"
  "$wgll" import "$tmp/$1" "$tmp/$1.csv" >/dev/null
}
new northshire-2024.wgll wgll-org@2021-08-31 "$trust" 2024/25 "$src/northshire-2025-responses.csv" -1
new southshire-2026.wgll wgll-org "Southshire Community Health NHS Trust" 2026/27 "$src/northshire-responses.csv" 1
new westshire-2026.wgll wgll-org "Westshire University Hospitals NHS Trust" 2026/27 "$src/northshire-2025-responses.csv" -1

# Let Xvfb come up: the first screenshot waits until the display answers.
tries=0
until xdpyinfo -display :60 >/dev/null 2>&1; do
  tries=$((tries + 1)); [ "$tries" -lt 100 ] || { echo "Xvfb :60 did not start" >&2; exit 1; }
  sleep 0.1
done
images=$repo/docs/images
"$workbench" "$tmp/northshire-2026.wgll" --compare "$tmp/northshire-2025.wgll" --screenshot "$images/analyse-compare.png"
"$workbench" "$tmp/northshire-2026.wgll" --trend "$tmp/northshire-2025.wgll" --trend "$tmp/northshire-2024.wgll" \
  --screenshot "$images/analyse-trend.png"
"$workbench" --rollup "$tmp/northshire-2026.wgll" --rollup "$tmp/southshire-2026.wgll" \
  --rollup "$tmp/westshire-2026.wgll" --screenshot "$images/analyse-rollup.png"
echo "wrote $images/analyse-compare.png, analyse-trend.png and analyse-rollup.png"

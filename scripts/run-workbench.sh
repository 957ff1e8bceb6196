#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# README command one: install what is missing, build, and start the workbench on the demo.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev

workbench=build/dev/app/wgll-workbench
# With no file named, open the bundled demo assessment (made by the build from resources/demo/),
# compared with last year's.
if [ $# -eq 0 ]; then
  set -- build/dev/demo/northshire-2026.wgll --baseline build/dev/demo/northshire-2025.wgll
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # No screen to show a window on (SSH, CI): render it to a file instead of failing.
  "$workbench" --screenshot build/dev/workbench.png "$@"
  echo "No display found: wrote a screenshot of the window to build/dev/workbench.png"
else
  exec "$workbench" "$@"
fi

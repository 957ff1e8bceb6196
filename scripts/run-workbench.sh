#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# README command one: install what is missing, build, and start the workbench on the demo.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev

workbench=build/dev/app/wgll-workbench
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # No screen to show a window on (SSH, CI): render it to a file instead of failing.
  "$workbench" --screenshot build/dev/workbench.png "$@"
  echo "No display found: wrote a screenshot of the window to build/dev/workbench.png"
else
  exec "$workbench" "$@"
fi

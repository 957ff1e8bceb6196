#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the README's two commands on a machine that has nothing installed: builds a throw-away
# minimal Debian 12 root with mmdebstrap, copies in a clean clone of the current commit (and
# ../shared when it sits beside the checkout), and runs inside it, as root, exactly what a user
# types: the test command, then the run command (which, with no display, writes a screenshot).
#
# Why a fresh root: CI runs on a machine where earlier sessions installed packages by hand, so a
# missing line in scripts/install-deps.sh could never show there. Here everything installed starts
# empty; only downloaded .deb files are reused from a cache, which changes what is fetched, not
# what is installed.
#
# Usage: scripts/check-clean-debian.sh [--asan] [--worktree] [--keep-root]
#   --asan       also run "scripts/run-tests.sh asan" in the same root (CI does)
#   --worktree   copy uncommitted and untracked (not ignored) files over the clone, to try a
#                change before committing it; CI never uses this
#   --keep-root  leave the root in place for inspection (printed at the end)
# Environment: WGLL_DEBIAN_MIRROR (default http://deb.debian.org/debian), WGLL_DEB_CACHE (the
# .deb cache, default /var/cache/wgll-clean-debian), WGLL_CLEAN_ROOT_PARENT (where the root is
# made, default /var/tmp). Needs root, mmdebstrap and unshare (util-linux).
# Exit status: 0 when every stage passed, otherwise the failing stage's status (or 1).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
asan=0 worktree=0 keep=0
for arg in "$@"; do
  case "$arg" in
    --asan) asan=1 ;;
    --worktree) worktree=1 ;;
    --keep-root) keep=1 ;;
    *) echo "usage: $0 [--asan] [--worktree] [--keep-root]" >&2; exit 64 ;;
  esac
done

# shellcheck source=lib/clean-root.sh
. "$repo/scripts/lib/clean-root.sh"
out="$repo/build/clean-debian"   # what the check leaves for the log: the screenshot, stage times

say() { printf 'check-clean-debian: %s\n' "$*"; }
fail() { say "FAILED: $*" >&2; exit 1; }

clean_root_require

started=$(date +%s)
stage_started=$started
stage_name=""
stage() {  # ends the previous stage (printing its time) and starts the next
  local now; now=$(date +%s)
  [ -n "$stage_name" ] && say "$(printf '%-34s %4d s' "$stage_name" $((now - stage_started)))" | tee -a "$out/stages.txt"
  stage_name="$1" stage_started=$now
  [ -n "$1" ] && say "--- $1"
  return 0
}

work="$(clean_root_workdir)"
root="$work/root"

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ "$keep" -eq 1 ]; then
    say "root kept at $root"
  else
    clean_root_remove "$work"
  fi
  if [ "$status" -eq 0 ]; then
    say "passed in $(( $(date +%s) - started )) s"
  else
    say "FAILED (status $status) after $(( $(date +%s) - started )) s" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM

mkdir -p "$out"
rm -f "$out/stages.txt" "$out/workbench.png"

stage "reach the Debian mirror"
clean_root_reach_mirror "$work"

stage "make a minimal Debian 12 root"
clean_root_make "$root"

stage "copy in a clean clone"
git clone --quiet --no-hardlinks "$repo" "$root/root/wgll"
git -C "$root/root/wgll" checkout --quiet "$(git -C "$repo" rev-parse HEAD)"
if [ "$worktree" -eq 1 ]; then
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard |
     tar --null --files-from=- --ignore-failed-read -cf -) | tar -xf - -C "$root/root/wgll"
  say "copied the working tree's changes over the clone (--worktree)"
fi
if [ -d "$repo/../shared" ]; then
  cp -a "$repo/../shared" "$root/root/shared"
fi
say "commit $(git -C "$root/root/wgll" rev-parse --short HEAD)$( [ "$worktree" -eq 1 ] && echo ' + working tree')"

# Runs one command line inside the root as root, as a user would type it in the checkout.
in_root() { clean_root_run "$root" /root/wgll "$1"; }

stage "README test command: scripts/run-tests.sh"
in_root "scripts/run-tests.sh"

stage "README run command: scripts/run-workbench.sh"
in_root "scripts/run-workbench.sh"
png="$root/root/wgll/build/dev/workbench.png"
[ -f "$png" ] || fail "the run command wrote no screenshot ($png)"
cp "$png" "$out/workbench.png"
python3 "$repo/scripts/check-screenshot.py" "$out/workbench.png" ||
  fail "the run command's screenshot is not a picture of the window"

if [ "$asan" -eq 1 ]; then
  stage "scripts/run-tests.sh asan"
  in_root "scripts/run-tests.sh asan"
fi
stage ""
say "the screenshot is at ${out#"$repo"/}/workbench.png"

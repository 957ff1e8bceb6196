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

mirror="${WGLL_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security="${mirror%/debian}/debian-security"
cache="${WGLL_DEB_CACHE:-/var/cache/wgll-clean-debian}"
out="$repo/build/clean-debian"   # what the check leaves for the log: the screenshot, stage times

say() { printf 'check-clean-debian: %s\n' "$*"; }
fail() { say "FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "must run as root (mmdebstrap makes device nodes; the README's commands run as root)"
command -v mmdebstrap >/dev/null || fail "mmdebstrap is not installed (apt-get install mmdebstrap)"
command -v unshare >/dev/null || fail "unshare is not installed (util-linux)"

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

work="$(mktemp -d "${WGLL_CLEAN_ROOT_PARENT:-/var/tmp}/wgll-clean-debian.XXXXXX")"
root="$work/root"

# Mounts live in a private mount namespace (unshare -m), so they vanish with it even on kill -9.
# The removal still refuses to cross into anything mounted, in case one was left.
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ "$keep" -eq 1 ]; then
    say "root kept at $root"
  else
    if grep -q " $work" /proc/self/mounts; then
      grep " $work" /proc/self/mounts | awk '{print $2}' | sort -r | xargs -r -n1 umount -l || true
    fi
    rm -rf --one-file-system "$work" || say "could not remove $work" >&2
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

mkdir -p "$out" "$cache/archives"
rm -f "$out/stages.txt" "$out/workbench.png"

stage "reach the Debian mirror"
# apt's own downloader, present on every Debian: a mirror that cannot be reached is a failure
# with its own message, never a skipped check.
if ! timeout 60 /usr/lib/apt/apt-helper download-file "$mirror/dists/bookworm/Release" "$work/Release" >/dev/null 2>"$work/mirror.err"; then
  cat "$work/mirror.err" >&2
  fail "cannot reach the Debian mirror $mirror; the clean-root check needs it (set WGLL_DEBIAN_MIRROR)"
fi

stage "make a minimal Debian 12 root"
# The same sources as a freshly installed Debian 12: the release, its updates and security.
# The hooks copy cached .deb files in and the downloaded ones back out (mmdebstrap's documented
# cache recipe); --skip=download/empty lets the archive folder start non-empty.
mmdebstrap --variant=apt --mode=root --quiet \
  --skip=download/empty --skip=essential/unlink \
  --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
  --setup-hook="sync-in '$cache/archives' /var/cache/apt/archives/" \
  --customize-hook="sync-out /var/cache/apt/archives '$cache/archives'" \
  bookworm "$root" \
  "deb $mirror bookworm main" \
  "deb $mirror bookworm-updates main" \
  "deb $security bookworm-security main" </dev/null
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# A clean Debian 12 root: nothing of the project's installed yet.
for p in cmake qt6-base-dev g++ clang python3; do
  if chroot "$root" dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    fail "the new root already has $p installed; it is not clean"
  fi
done

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

# Runs one command line inside the root as root, as a user would type it in the checkout. /proc,
# /dev, a fresh /dev/shm and /tmp, and the .deb cache are mounted in a private mount namespace.
in_root() {
  unshare --mount --propagation private -- /bin/bash -euo pipefail -c '
    root="$1" cache="$2" cmd="$3"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs -o size=1g,mode=1777 tmpfs "$root/dev/shm"
    mount -t tmpfs -o size=8g,mode=1777 tmpfs "$root/tmp"
    mount -t sysfs sysfs "$root/sys"
    mount --bind "$cache/archives" "$root/var/cache/apt/archives"
    exec chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      /bin/bash -c "cd /root/wgll && $cmd"
  ' in-root "$root" "$cache" "$1"
}

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

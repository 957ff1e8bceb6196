# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/check-clean-debian.sh and scripts/check-package.sh: makes a throw-away minimal
# Debian 12 root with mmdebstrap and runs commands in it. Only downloaded .deb files are reused
# from a cache, which changes what is fetched, not what is installed.
#
# The sourcing script defines say() and fail(). Environment: WGLL_DEBIAN_MIRROR (default
# http://deb.debian.org/debian), WGLL_DEB_CACHE (the .deb cache, default
# /var/cache/wgll-clean-debian), WGLL_CLEAN_ROOT_PARENT (where the root is made, default /var/tmp).

clean_root_mirror="${WGLL_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
clean_root_security="${clean_root_mirror%/debian}/debian-security"
clean_root_cache="${WGLL_DEB_CACHE:-/var/cache/wgll-clean-debian}"

# Fails unless this can make a root: it needs root itself, mmdebstrap and unshare.
clean_root_require() {
  [ "$(id -u)" -eq 0 ] || fail "must run as root (mmdebstrap makes device nodes)"
  command -v mmdebstrap >/dev/null || fail "mmdebstrap is not installed (apt-get install mmdebstrap)"
  command -v unshare >/dev/null || fail "unshare is not installed (util-linux)"
  mkdir -p "$clean_root_cache/archives"
}

# A fresh folder for one root (printed); remove it with clean_root_remove.
clean_root_workdir() {
  mktemp -d "${WGLL_CLEAN_ROOT_PARENT:-/var/tmp}/${1:-wgll-clean-debian}.XXXXXX"
}

# Mounts live in a private mount namespace (unshare -m), so they vanish with it even on kill -9.
# The removal still refuses to cross into anything mounted, in case one was left.
clean_root_remove() {
  local work=$1
  if grep -q " $work" /proc/self/mounts; then
    grep " $work" /proc/self/mounts | awk '{print $2}' | sort -r | xargs -r -n1 umount -l || true
  fi
  rm -rf --one-file-system "$work" || say "could not remove $work" >&2
}

# apt's own downloader, present on every Debian: a mirror that cannot be reached is a failure
# with its own message, never a skipped check.
clean_root_reach_mirror() {
  local work=$1
  if ! timeout 60 /usr/lib/apt/apt-helper download-file "$clean_root_mirror/dists/bookworm/Release" \
       "$work/Release" >/dev/null 2>"$work/mirror.err"; then
    cat "$work/mirror.err" >&2
    fail "cannot reach the Debian mirror $clean_root_mirror; the clean-root check needs it (set WGLL_DEBIAN_MIRROR)"
  fi
}

# Makes the minimal root at $1 with the same sources as a freshly installed Debian 12: the
# release, its updates and security. The hooks copy cached .deb files in and the downloaded ones
# back out (mmdebstrap's documented cache recipe); --skip=download/empty lets the archive folder
# start non-empty. Then proves nothing of the project's tool chain is in it.
clean_root_make() {
  local root=$1 cache=$clean_root_cache
  mmdebstrap --variant=apt --mode=root --quiet \
    --skip=download/empty --skip=essential/unlink \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in '$cache/archives' /var/cache/apt/archives/" \
    --customize-hook="sync-out /var/cache/apt/archives '$cache/archives'" \
    bookworm "$root" \
    "deb $clean_root_mirror bookworm main" \
    "deb $clean_root_mirror bookworm-updates main" \
    "deb $clean_root_security bookworm-security main" </dev/null
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  clean_root_copy_local_cas "$root"
  local p
  for p in cmake qt6-base-dev g++ clang python3 libqt6core6; do
    if chroot "$root" dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      fail "the new root already has $p installed; it is not clean"
    fi
  done
}

# The root joins this machine's network as a new machine on it would: where the network
# inspects TLS (the host trusts authorities that Debian's ca-certificates does not ship), those
# certificates go to the root's /usr/local/share/ca-certificates, which update-ca-certificates
# adds when install-deps.sh installs ca-certificates. Without them the one download that is not a
# .deb (axe-core from the npm registry) fails with "self-signed certificate in certificate chain".
# This is network configuration, not a package: nothing is installed by it.
clean_root_copy_local_cas() {
  local root=$1 bundle=/etc/ssl/certs/ca-certificates.crt
  [ -f "$bundle" ] || return 0
  mkdir -p "$root/usr/local/share/ca-certificates"
  python3 - "$bundle" "$root/usr/local/share/ca-certificates" <<'PY'
import glob, re, sys
pem = re.compile(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", re.S)
shipped = set()
for f in glob.glob("/usr/share/ca-certificates/**/*.crt", recursive=True):
    shipped.update(c.strip() for c in pem.findall(open(f).read()))
local = [c for c in pem.findall(open(sys.argv[1]).read()) if c.strip() not in shipped]
for i, c in enumerate(local):
    open(f"{sys.argv[2]}/wgll-host-{i}.crt", "w").write(c + "\n")
print(f"clean-root: {len(local)} certificate authorities this machine adds to Debian's, copied in")
PY
}

# Runs one command line in the root as root, in folder $2, with a clean environment (and pipefail,
# so "apt-get … | tail -1" fails when apt-get does). /proc, /dev,
# a fresh /dev/shm and /tmp, /sys and the .deb cache are mounted in a private mount namespace.
clean_root_run() {
  unshare --mount --propagation private -- /bin/bash -euo pipefail -c '
    root="$1" cache="$2" dir="$3" cmd="$4"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs -o size=1g,mode=1777 tmpfs "$root/dev/shm"
    mount -t tmpfs -o size=8g,mode=1777 tmpfs "$root/tmp"
    mount -t sysfs sysfs "$root/sys"
    mount --bind "$cache/archives" "$root/var/cache/apt/archives"
    exec chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      /bin/bash -o pipefail -c "cd \"$dir\" && $cmd"
  ' in-root "$1" "$clean_root_cache" "$2" "$3"
}

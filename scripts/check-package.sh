#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The release check of the Debian package, done the way Debian checks packages:
#   1. builds it (scripts/build-package.sh);
#   2. lintian: no errors, no warnings (each one fixed, or overridden in
#      packaging/debian/lintian-overrides with its reason);
#   3. desktop-file-validate on the launcher and appstreamcli validate --pedantic on the metainfo,
#      both as installed by the package;
#   4. in a fresh minimal Debian 12 root (scripts/lib/clean-root.sh, as check-clean-debian.sh):
#      apt-get install ./the.deb, then as an ordinary user wgll --version, wgll framework list,
#      wgll report on the installed demo, wgll-workbench --screenshot (offscreen), the .wgll type
#      by name and by content (a copy renamed .sqlite), the default application for it, and the
#      bash completion; then apt-get purge and autoremove, and a comparison of the root's file
#      list with the one taken before the install: nothing may be left.
# Usage: scripts/check-package.sh [--no-build] [--no-root] [--keep-root]
#   --no-build   check the .deb already in build/release
#   --no-root    stop after step 3 (no network, no root needed for the build and static checks)
#   --keep-root  leave the root in place for inspection
# Needs root for step 4 (mmdebstrap). Output is also kept in build/package-check/.
# Exit status: 0 when every check passed, otherwise 1.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
build=1 inroot=1 keep=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --no-root) inroot=0 ;;
    --keep-root) keep=1 ;;
    *) echo "usage: $0 [--no-build] [--no-root] [--keep-root]" >&2; exit 64 ;;
  esac
done
say() { printf 'check-package: %s\n' "$*"; }
fail() { say "FAILED: $*" >&2; exit 1; }
# shellcheck source=lib/clean-root.sh
. "$repo/scripts/lib/clean-root.sh"
out="$repo/build/package-check"
mkdir -p "$out"

if [ "$build" -eq 1 ]; then
  say "--- build the package"
  deb=$("$repo/scripts/build-package.sh" | tail -1)
else
  "$repo/scripts/install-deps.sh" >/dev/null
  version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$repo/build/release/CMakeCache.txt")
  deb="$repo/build/release/wgll-workbench_${version}_$(dpkg --print-architecture).deb"
fi
[ -f "$deb" ] || fail "no package at $deb"
version=$(dpkg-deb --field "$deb" Version)
say "package $(basename "$deb") ($(du -h "$deb" | cut -f1)), version $version"
dpkg-deb --field "$deb" | tee "$out/control.txt"
dpkg-deb --contents "$deb" | awk '{print $6}' | tee "$out/contents.txt" >/dev/null
if grep -vE '^\./(usr/.*)?$' "$out/contents.txt"; then
  fail "the package has files outside /usr (above)"
fi
say "all $(grep -c '[^/]$' "$out/contents.txt") files are under /usr"

say "--- lintian"
# --fail-on warning: an error or a warning that is not overridden fails the check. Info tags
# and the overrides in use are shown for the record.
lintian --fail-on error,warning --display-info --show-overrides "$deb" | tee "$out/lintian.txt" ||
  fail "lintian found errors or warnings (above)"
say "lintian: $(grep -c '^E:' "$out/lintian.txt" || true) errors, $(grep -c '^W:' "$out/lintian.txt" || true) warnings," \
    "$(grep -c '^O:' "$out/lintian.txt" || true) overridden, $(grep -c '^I:' "$out/lintian.txt" || true) info"

say "--- desktop-file-validate and appstreamcli, on the files as installed"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop-file-validate "$unpacked/usr/share/applications/org.wgll.Workbench.desktop" ||
  fail "desktop-file-validate"
say "desktop-file-validate: no messages"
# --no-net: the screenshots' and homepage's addresses are not checked for reachability (the
# project has no public site yet). Pedantic notes are printed and explained; only errors,
# warnings and infos fail the validation (appstreamcli's exit status).
appstreamcli validate --pedantic --explain --no-net "$unpacked/usr/share/metainfo/org.wgll.Workbench.metainfo.xml" |
  tee "$out/appstream.txt" || fail "appstreamcli validate"
release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$unpacked/usr/share/metainfo/org.wgll.Workbench.metainfo.xml" | head -1)
[ "$release" = "$version" ] || fail "the metainfo's newest release is $release, the package is $version"
say "metainfo: newest release $release = package version"

if [ "$inroot" -eq 0 ]; then
  say "passed (without the clean-root install: --no-root)"
  exit 0
fi

say "--- install, use and remove in a fresh Debian 12 root"
clean_root_require
work=$(clean_root_workdir wgll-package-check)
root="$work/root"
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  rm -rf "$unpacked"
  if [ "$keep" -eq 1 ]; then say "root kept at $root"; else clean_root_remove "$work"; fi
  [ "$status" -eq 0 ] && say "passed" || say "FAILED (status $status)" >&2
  exit "$status"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM
in_root() { clean_root_run "$root" /root "$1"; }
# The whole command line runs as alice (quoted once more, so "a && b" is not half root's).
as_user() { clean_root_run "$root" /home/alice "runuser -u alice -- env HOME=/home/alice bash -c $(printf %q "$1")"; }

clean_root_reach_mirror "$work"
clean_root_make "$root"
# What the checks use but the package does not need: xdg-mime (xdg-utils), which on a machine
# with no desktop asks mimetype (libfile-mimeinfo-perl) over the shared MIME database
# (shared-mime-info) and reads the launchers' MIME cache (desktop-file-utils). A desktop has them.
in_root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  xdg-utils libfile-mimeinfo-perl shared-mime-info desktop-file-utils >/dev/null"
in_root "useradd --create-home --shell /bin/bash alice"
# The root's file list: everything but the package manager's own state and caches, and the
# mount points (run-time only).
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp -o -path ./run \
     -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./var/cache -o -path ./var/log \
     -o -path ./home/alice \) -prune -o -print | sort)
}
cp "$deb" "$root/root/"
snapshot >"$out/root-clean.txt"
in_root "dpkg-query -W -f='\${Package}\n' | sort" >"$out/packages-clean.txt"
# The package's dependencies (and recommendations) first, by the package's own control fields, so
# that the file lists before and after compare the package alone: what Debian's own packages
# leave when purged (systemd's machine-id, for one) is theirs, and is listed at the end.
in_root "DEBIAN_FRONTEND=noninteractive apt-get satisfy -y -q \"$(dpkg-deb --field "$deb" Depends), $(dpkg-deb --field "$deb" Recommends)\" 2>&1 | tail -1"
in_root "dpkg-query -W -f='\${Package}\n' | sort" >"$out/packages-before.txt"
# Marked as installed for the package (apt-get satisfy marks them manual), as apt-get install
# ./the.deb would have, so that autoremove takes them away again at the end.
in_root "apt-mark auto $(comm -13 "$out/packages-clean.txt" "$out/packages-before.txt" | tr '\n' ' ') >/dev/null"
snapshot >"$out/root-before.txt"

say "apt-get install ./$(basename "$deb")"
in_root "DEBIAN_FRONTEND=noninteractive apt-get install -y -q ./$(basename "$deb") 2>&1 | tail -3"
in_root "dpkg-query -W -f='\${Package}\n' | sort" >"$out/packages-after.txt"
added=$(comm -13 "$out/packages-before.txt" "$out/packages-after.txt" | tr '\n' ' ')
[ "$added" = "wgll-workbench " ] || fail "apt-get install ./… installed more than the package: $added"

check() {  # check NAME COMMAND-AS-ALICE EXPECTED-REGEX
  local got
  got=$(as_user "$2" 2>&1) || { printf '%s\n' "$got"; fail "$1: '$2' failed"; }
  grep -qE -- "$3" <<<"$got" || { printf '%s\n' "$got"; fail "$1: '$2' printed no match for /$3/"; }
  say "ok  $1: $(grep -E -- "$3" <<<"$got" | head -1)"
}
demo=/usr/share/wgll-workbench/demo
check "wgll --version" "wgll --version" "^wgll $version\$"
check "wgll-workbench --version (no display)" "wgll-workbench --version" "^wgll-workbench $version\$"
check "wgll framework list" "wgll framework list" "wgll-org"
check "wgll report on the installed demo" \
  "wgll report $demo/northshire-2026.wgll --baseline $demo/northshire-2025.wgll -o board.pdf && head -c 5 board.pdf && echo" \
  "^%PDF-"
check "wgll-workbench --screenshot" \
  "wgll-workbench --screenshot shot.png $demo/northshire-2026.wgll && ls -l shot.png" "shot.png"
python3 "$repo/scripts/check-screenshot.py" "$root/home/alice/shot.png" || fail "the screenshot is not a picture of the window"
cp "$root/home/alice/shot.png" "$out/installed-workbench.png"
check "the .wgll type by name" "cp $demo/northshire-2026.wgll demo.wgll && xdg-mime query filetype demo.wgll" \
  "^application/x-wgll\$"
check "the .wgll type by content, renamed .sqlite" \
  "cp $demo/northshire-2026.wgll demo.sqlite && xdg-mime query filetype demo.sqlite" "^application/x-wgll\$"
# The same file with its application_id (offset 68) zeroed is a plain SQLite database: the magic,
# not the name or the rest of the content, is what makes a .wgll.
check "a plain SQLite file is not a .wgll" \
  "cp $demo/northshire-2026.wgll plain.sqlite && printf '\\0\\0\\0\\0' | dd of=plain.sqlite bs=1 seek=68 conv=notrunc status=none && xdg-mime query filetype plain.sqlite" \
  "sqlite3\$"
check "the default application for .wgll" "xdg-mime query default application/x-wgll" \
  "^org\.wgll\.Workbench\.desktop\$"
check "bash completion of wgll" \
  "bash -c 'source /usr/share/bash-completion/completions/wgll; COMP_WORDS=(wgll rep); COMP_CWORD=1; _wgll; echo \${COMPREPLY[*]}'" \
  "^report\$"
check "manual pages installed" "ls /usr/share/man/man1/wgll.1.gz /usr/share/man/man1/wgll-workbench.1.gz" "wgll-workbench.1.gz"
say "what the programs wrote in the user's home (user data; apt never removes it):"
(cd "$root/home/alice" && find . -mindepth 1 | sort | sed 's/^/    /')

say "apt-get remove and purge"
in_root "dpkg -L wgll-workbench > /root/package-files.txt"
in_root "DEBIAN_FRONTEND=noninteractive apt-get remove -y -q wgll-workbench 2>&1 | tail -1"
left=$(in_root 'while read -r f; do [ -f "$f" ] && echo "$f"; done < /root/package-files.txt || true')
[ -z "$left" ] || { printf '%s\n' "$left"; fail "apt-get remove left the package's files (above)"; }
say "ok  apt-get remove: none of the package's $(grep -c . "$root/root/package-files.txt") paths is a file any more"
# The package has no configuration files, so remove already made dpkg forget it; dpkg --purge
# says so (apt-get purge cannot find a package that came from a file and is gone).
in_root "dpkg --purge wgll-workbench 2>&1 | tail -1"
rm -f "$root/root/package-files.txt"
snapshot >"$out/root-after.txt"
if ! diff "$out/root-before.txt" "$out/root-after.txt" >"$out/root-diff.txt"; then
  cat "$out/root-diff.txt"
  fail "the root's file list differs after remove and purge (above: < before only, > after only)"
fi
say "ok  after remove and purge the root has the same $(wc -l <"$out/root-after.txt") paths as before the install"
in_root "DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -q 2>&1 | tail -1"
snapshot >"$out/root-autoremoved.txt"
say "after autoremove --purge of the dependencies, what Debian's packages leave (not the package's):"
diff "$out/root-clean.txt" "$out/root-autoremoved.txt" | sed 's/^/    /' || true

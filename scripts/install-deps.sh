#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages WGLL Workbench needs to build, run and test, skipping the ones
# already installed (so a machine that has them needs no network). Uses sudo when not root.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6.4: Core, Gui, Widgets, PrintSupport, Test (qt6-base-dev), Charts, Svg. Qt6Charts' CMake
  # config needs Qt6OpenGL, which qt6-charts-dev only recommends, so it is named here.
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
  # the phones' voting page (issue 18): Qt HTTP Server serves it (its CMake package needs Qt
  # WebSockets, which qt6-httpserver-dev does not pull in); libqrencode draws its join address
  qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
  # storage and XLSX export (libxlsxwriter links zlib, whose -dev package it does not pull in)
  libsqlite3-dev sqlite3 libxlsxwriter-dev zlib1g-dev
  # Word and OpenDocument reports are zip packages written (and a trust's template read) by libzip
  libzip-dev
  # the tagged PDF (issue 17): Pango lays out, Cairo draws and tags, librsvg draws the charts,
  # libqpdf adds /Lang, /Alt and the XMP metadata
  libcairo2-dev libpango1.0-dev librsvg2-dev libqpdf-dev
  # tests: Catch2, python3 reads exported workbooks and CSV back, Xvfb-free GUI tests use offscreen;
  # python3-jsonschema validates every command's JSON against docs/schemas
  catch2 python3 python3-jsonschema
  # the HTML report's reflow and accessibility test: headless Chromium driven by Selenium
  chromium chromium-driver python3-selenium curl
  # the user guide's pictures are taken on a 1366x768 X server (scripts/analysis-screenshots.sh)
  xvfb
  # fuzzing: clang with the libFuzzer and sanitizer runtimes, so run-tests.sh really fuzzes
  clang libclang-rt-14-dev
  # code checks: clang-tidy with the project's .clang-tidy (scripts/check-code.sh)
  clang-tidy
  # reports: the font the PDF embeds (Liberation Sans), and the tools the tests check PDFs with
  fonts-liberation2 poppler-utils qpdf
  # the Word and OpenDocument reports are opened as a secretary would, in LibreOffice (headless,
  # tests/support/office_check.py), and the DOCX is read back with python-docx
  libreoffice-writer-nogui python3-docx
  # packaging: PNG icons from the SVG (rsvg-convert), the Windows .ico (icoutils' icotool) and
  # macOS .icns (icnsutils' png2icns, icns2png) from them, manual pages from --help (help2man), and
  # the checks of scripts/check-package.sh (lintian, appstreamcli, desktop-file-validate, xdg-mime)
  desktop-file-utils librsvg2-bin icoutils icnsutils help2man lintian appstream xdg-utils
)

# axe-core (the accessibility checker the HTML test runs in Chromium) is not packaged by Debian:
# the pinned npm tarball, checked against its SHA-256, unpacked where tests/html/check_html.py
# looks (WGLL_TEST_CACHE, default ~/.cache/wgll-tests). Fails loudly on a mismatch.
AXE_VERSION=4.14.1
AXE_SHA256=e6b0ce02b84d892e2e33e403485e7f3d6c29e2be6df65daf44d89ba564139745
install_axe() {
  local cache="${WGLL_TEST_CACHE:-$HOME/.cache/wgll-tests}"
  local dir="$cache/axe-core-$AXE_VERSION"
  if [ -f "$dir/axe.min.js" ]; then
    echo "install-deps: axe-core $AXE_VERSION already in $dir"
    return
  fi
  mkdir -p "$cache"
  local tgz="$cache/axe-core-$AXE_VERSION.tgz"
  curl -sSfL -o "$tgz.part" "https://registry.npmjs.org/axe-core/-/axe-core-$AXE_VERSION.tgz"
  if ! echo "$AXE_SHA256  $tgz.part" | sha256sum -c --quiet -; then
    rm -f "$tgz.part"
    echo "install-deps: axe-core-$AXE_VERSION.tgz does not match its SHA-256; not installed" >&2
    exit 1
  fi
  mv "$tgz.part" "$tgz"
  mkdir -p "$dir"
  tar -xzf "$tgz" -C "$dir" --strip-components=1 package/axe.min.js package/LICENSE
  echo "install-deps: axe-core $AXE_VERSION in $dir"
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  install_axe
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
install_axe

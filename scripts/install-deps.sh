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
  # storage and XLSX export (libxlsxwriter links zlib, whose -dev package it does not pull in)
  libsqlite3-dev sqlite3 libxlsxwriter-dev zlib1g-dev
  # the tagged PDF (issue 17): Pango lays out, Cairo draws and tags, librsvg draws the charts,
  # libqpdf adds /Lang, /Alt and the XMP metadata
  libcairo2-dev libpango1.0-dev librsvg2-dev libqpdf-dev
  # tests: Catch2, python3 reads exported workbooks and CSV back, Xvfb-free GUI tests use offscreen;
  # python3-jsonschema validates every command's JSON against docs/schemas
  catch2 python3 python3-jsonschema
  # fuzzing: clang with the libFuzzer and sanitizer runtimes, so run-tests.sh really fuzzes
  clang libclang-rt-14-dev
  # reports: the font the PDF embeds (Liberation Sans), and the tools the tests check PDFs with
  fonts-liberation2 poppler-utils qpdf
  # packaging: PNG icons from the SVG (rsvg-convert), manual pages from --help (help2man), and
  # the checks of scripts/check-package.sh (lintian, appstreamcli, desktop-file-validate, xdg-mime)
  desktop-file-utils librsvg2-bin help2man lintian appstream xdg-utils
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a generated manual page against the program: the version it names is the program's, and
# for wgll every command "wgll --help" lists has its subsection with each of its options.
# Usage: check-manpage.sh PROGRAM PAGE.1.gz [--commands]
set -uo pipefail
program=$1 page=$(zcat "$2") failures=0
version=$("$program" --version | head -1)
grep -qF "\"$version\"" <<<"$page" || { echo "the page does not name '$version' in its title"; failures=1; }
if [ "${3:-}" = --commands ]; then
  mapfile -t commands < <("$program" --help | sed -n '/^Commands:/,/^$/p' | grep '^  [a-z]' |
                            sed -E 's/^  //; s/  .*//')
  for command in "${commands[@]}"; do
    section=$(awk -v h=".SS \"wgll $command\"" '$0 == h { on = 1; next } on && /^\.SS/ { exit } on' <<<"$page")
    if [ -z "$section" ]; then
      echo "no section for 'wgll $command'"; failures=$((failures + 1)); continue
    fi
    # shellcheck disable=SC2086
    for option in $("$program" $command --help | grep -oE '^  (-[a-zA-Z], )?--?[a-z][a-z-]*' | grep -oE -- '-?-[a-z][a-z-]*$'); do
      grep -qF -- "${option//-/\\-}" <<<"$section" || grep -qF -- "$option" <<<"$section" ||
        { echo "'wgll $command' section lacks $option"; failures=$((failures + 1)); }
    done
  done
  echo "checked ${#commands[@]} commands"
fi
[ "$failures" -eq 0 ]

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes a program's manual page from its own --help and --version with help2man, so the page can
# never say something the program does not. For wgll, every command's own --help becomes a
# subsection of COMMANDS. The page is gzipped without a name or time stamp (gzip -9n), as Debian
# wants, and dated by SOURCE_DATE_EPOCH (the release date) so that two builds are identical.
# Usage: make-manpage.sh PROGRAM "ONE-LINE DESCRIPTION" OUT.1.gz [--commands] [--include FILE]
set -euo pipefail
program=$1 description=$2 out=$3
shift 3
commands=0 includes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --commands) commands=1 ;;
    --include) includes+=(--include "$2"); shift ;;
    *) echo "make-manpage: unknown option $1" >&2; exit 64 ;;
  esac
  shift
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# roff treats a line starting with "." or "'" as a request and "\" as an escape: quote them.
roff_text() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

if [ "$commands" -eq 1 ]; then
  {
    echo "[COMMANDS]"
    echo "Each command takes \\fB\\-\\-help\\fR for the text below."
    "$program" --help | sed -n '/^Commands:/,/^$/p' | grep '^  [a-z]' | sed -E 's/^  //; s/  .*//' |
      while IFS= read -r command; do
        echo ".SS \"wgll $command\""
        echo ".nf"
        # shellcheck disable=SC2086 # the command is one or two words
        "$program" $command --help | roff_text
        echo ".fi"
      done
  } >"$work/commands.h2m"
  includes+=(--include "$work/commands.h2m")
fi

# help2man runs the program by the name it is given; a fixed name keeps build paths out of the page.
mkdir "$work/bin"
ln -s "$(readlink -f "$program")" "$work/bin/$(basename "$program")"
PATH="$work/bin:$PATH" help2man --no-info --name="$description" \
  "${includes[@]}" --output="$work/page.1" "$(basename "$program")"
gzip -9n <"$work/page.1" >"$out"

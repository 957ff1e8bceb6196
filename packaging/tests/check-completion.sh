#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the bash completion against the program: every command "wgll --help" lists is offered
# word by word, every option in "wgll COMMAND --help" is offered after "-", and an option that
# names its values (--format) completes to them. Reads the help with its own simple parsing, so a
# change in the help's layout that the completion's parser misses fails here.
# Usage: check-completion.sh WGLL COMPLETION-FILE
set -uo pipefail
wgll=$1
# shellcheck source=/dev/null
source "$2"
failures=0

complete_line() {  # complete_line WORD... : prints the candidates for the last (possibly empty) word
    COMP_WORDS=("$wgll" "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _wgll
    printf '%s\n' "${COMPREPLY[@]}"
}
expect() {  # expect WANTED "typed words" CANDIDATES
    if ! grep -qxF -- "$1" <<<"$3"; then
        echo "not completed: '$1' after 'wgll $2'"
        failures=$((failures + 1))
    fi
}

mapfile -t commands < <("$wgll" --help | sed -n '/^Commands:/,/^$/p' | grep '^  [a-z]' |
                          sed -E 's/^  //; s/  .*//')
[ "${#commands[@]}" -ge 10 ] || { echo "found only ${#commands[@]} commands in 'wgll --help'"; exit 1; }

for command in "${commands[@]}"; do
    read -ra words <<<"$command"
    expect "${words[0]}" "" "$(complete_line "")"
    if [ "${#words[@]}" -eq 2 ]; then
        expect "${words[1]}" "${words[0]}" "$(complete_line "${words[0]}" "")"
    fi
    options=$("$wgll" "${words[@]}" --help | grep -oE '^  (-[a-zA-Z], )?--?[a-z][a-z-]*' | grep -oE -- '--?[a-z][a-z-]*$')
    [ -n "$options" ] || { echo "no options in 'wgll $command --help'"; failures=$((failures + 1)); }
    candidates=$(complete_line "${words[@]}" "-")
    for option in $options; do
        expect "$option" "$command -" "$candidates"
    done
done

# Values named by the help: --format of export (json, csv, xlsx) and of summary (text, json).
for value in json csv xlsx; do expect "$value" "export --format" "$(complete_line export --format "")"; done
for value in text json; do expect "$value" "summary --format" "$(complete_line summary --format "")"; done

echo "checked ${#commands[@]} commands; $failures not completed"
[ "$failures" -eq 0 ]

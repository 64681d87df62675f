#!/usr/bin/env bash
# check-translations.sh LUPDATE LUPDATE_LIST TS_FILE...
# Fails when a shipped translation is not complete for the current sources: it merges the sources'
# strings (the list file update_translations reads too) into a copy of each .ts file and counts what a
# user would see in English or not at all:
#   unfinished  a string with no finished translation (new in the sources, or never translated)
#   obsolete    a translation whose string the sources no longer have (type "obsolete" or "vanished")
#   empty       a translation marked finished but empty
# The .ts files themselves are not changed. To bring them up to date and translate:
#   cmake --build build-test --target update_translations
#   linguist translations/zcrm_de.ts translations/zcrm_ja.ts
set -euo pipefail

lupdate=${1:?usage: check-translations.sh LUPDATE LUPDATE_LIST TS_FILE...}
list=${2:?usage: check-translations.sh LUPDATE LUPDATE_LIST TS_FILE...}
shift 2
[ $# -gt 0 ] || { echo "check-translations: no .ts files given" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

count() { grep -c -- "$1" "$2" || true; }

failed=0
for ts in "$@"; do
    name=$(basename "$ts")
    if [ ! -f "$ts" ]; then
        echo "$name: missing (cmake --build build-test --target update_translations creates it)"
        failed=1
        continue
    fi
    cp "$ts" "$work/$name"
    # The English file holds the plural forms alone.
    only=()
    [[ $name == *_en.ts ]] && only=(-pluralonly)
    # The committed file's own location style, so that the merge reads like update_translations'.
    "$lupdate" -silent -locations relative -no-ui-lines "${only[@]}" "@$list" -ts "$work/$name" >"$work/lupdate.log" 2>&1 || {
        echo "$name: lupdate failed:"
        cat "$work/lupdate.log"
        failed=1
        continue
    }
    messages=$(count '<message' "$work/$name")
    unfinished=$(count 'type="unfinished"' "$work/$name")
    obsolete=$(( $(count 'type="obsolete"' "$work/$name") + $(count 'type="vanished"' "$work/$name") ))
    empty=$(count '<translation></translation>' "$work/$name")
    stale=$(( $(count '<message' "$ts") != messages ))
    printf '%s: %d strings, %d unfinished, %d obsolete, %d empty%s\n' "$name" "$messages" "$unfinished" \
        "$obsolete" "$empty" "$([ "$stale" = 1 ] && echo ' (the .ts file is older than the sources)')"
    if [ "$unfinished" -gt 0 ] || [ "$obsolete" -gt 0 ] || [ "$empty" -gt 0 ]; then
        failed=1
        # The first few, so that the failure says what to translate.
        grep -B3 -E 'type="(unfinished|obsolete|vanished)"|<translation></translation>' "$work/$name" \
            | sed -n 's/.*<source>\(.*\)<\/source>.*/    "\1"/p' | head -5  || true
    fi
done

if [ "$failed" = 1 ]; then
    echo "FAILED: a shipped translation is incomplete. Update and translate with:"
    echo "  cmake --build build-test --target update_translations"
    echo "  linguist $*"
    exit 1
fi
echo "translations complete"

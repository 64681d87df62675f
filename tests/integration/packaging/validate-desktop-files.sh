#!/usr/bin/env bash
# validate-desktop-files.sh DESKTOP_FILE METAINFO_FILE: the desktop entry and the AppStream metainfo as
# desktop-file-validate and appstreamcli (without network: the screenshot URLs are not fetched) see them.
# Exit 77 (skipped) when a validator is missing outside CI; in CI that is a failure.
set -euo pipefail
desktop=${1:?usage: validate-desktop-files.sh DESKTOP_FILE METAINFO_FILE}
metainfo=${2:?usage: validate-desktop-files.sh DESKTOP_FILE METAINFO_FILE}

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is missing (packaging/linux/install-deps.sh --test installs it)"
        [ -n "${CI:-}" ] && exit 1
        exit 77
    fi
done

echo "desktop-file-validate $desktop"
desktop-file-validate "$desktop"
echo "appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net --explain "$metainfo"
# The metainfo names the desktop entry it launches, and both name the same application id.
id=$(basename "$desktop" .desktop)
grep -q "<id>$id</id>" "$metainfo" || { echo "the metainfo's <id> is not $id"; exit 1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || { echo "the metainfo does not launch $id.desktop"; exit 1; }
grep -q "^Icon=$id$" "$desktop" || { echo "the desktop entry's icon is not $id"; exit 1; }
echo "desktop entry and metainfo valid"

#!/usr/bin/env bash
# Installs what building (and, with --test, testing) ZCRM Explorer needs on Debian 12 / Ubuntu 24.04+,
# and only what is missing. Uses sudo when not root.
set -euo pipefail

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

build_packages=(
    build-essential cmake ninja-build pkg-config clang-format ccache
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-mysql libqt6sql6-psql libgl-dev libsqlite3-dev
    libsecret-1-0 gnome-keyring dbus qt6-qpa-plugins
)
test_packages=(
    mariadb-server mariadb-client postgresql postgresql-client
    libsecret-tools dbus-x11 xvfb xauth trayer
    python3 sqlite3 curl procps iproute2
    desktop-file-utils appstream x11-utils fakeroot dpkg-dev fonts-ipafont-gothic qt6-translations-l10n
)

packages=("${build_packages[@]}")
[ "$want_test" = 1 ] && packages+=("${test_packages[@]}")

# Debian packages Chromium; on Ubuntu it is a snap, which the browser sign-in test then skips without.
if [ "$want_test" = 1 ] && grep -qi '^ID=debian' /etc/os-release 2>/dev/null; then
    packages+=(chromium)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
# Recommends are left out: they would pull in a whole desktop for gnome-keyring and chromium.
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

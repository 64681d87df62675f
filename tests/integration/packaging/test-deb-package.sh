#!/usr/bin/env bash
# test-deb-package.sh BUILD_DIR VERSION APP_ID: builds the DEB of a build folder with cpack, checks what it
# holds and depends on, installs it, runs the installed zcrm --version, zcrm-sandbox (start, answer,
# stop) and zcrm-explorer (its window under the X display the test command provides), removes it and
# checks that no file of it is left behind.
#
# Where it installs, in this order:
#   1. a fresh root made with debootstrap: only with ZCRM_PACKAGE_TEST_DEBOOTSTRAP=1 (it downloads a
#      Debian base and Qt, minutes and network that the test suite does not have);
#   2. the machine itself with dpkg, when root or passwordless sudo is at hand, the package is not
#      installed already and none of its files exists (dpkg would take over and then delete them);
#   3. else a private root with `fakeroot dpkg --root`, the binaries running on the machine's libraries
#      (ZCRM_PACKAGE_TEST_PRIVATE=1 asks for this one, to leave the machine alone).
# The output says which path was taken. Exit 77 (skipped) where there is no dpkg, outside CI.
set -euo pipefail

build=$(cd "${1:?usage: test-deb-package.sh BUILD_DIR VERSION APP_ID}" && pwd)
version=${2:?version}
app_id=${3:?application id}
cpack=${CPACK_COMMAND:-cpack}

log() { printf '[deb-test %3ds] %s\n' "$SECONDS" "$*"; }
fail() { printf '[deb-test %3ds] FAILED: %s\n' "$SECONDS" "$*"; exit 1; }
skip() {
    log "$1"
    [ -n "${CI:-}" ] && exit 1
    exit 77
}

for tool in dpkg dpkg-deb dpkg-shlibdeps "$cpack"; do
    command -v "$tool" >/dev/null || skip "$tool is missing: not a Debian system"
done

work=$(mktemp -d /tmp/zcrm-deb-test.XXXXXX)
children=()
installed_on_machine=0
as_root=()
cleanup() {
    local rc=$?
    for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [ "$installed_on_machine" = 1 ]; then
        "${as_root[@]}" dpkg --purge zcrm-explorer >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT INT TERM

# --- build ---------------------------------------------------------------------------------------
log "cpack -G DEB from $build"
started=$(date +%s)
"$cpack" -G DEB -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$work"/pkg/zcrm-explorer_*.deb 2>/dev/null | head -1)
[ -f "$deb" ] || { cat "$work/cpack.log"; fail "cpack wrote no .deb"; }
log "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $(( $(date +%s) - started )) s"

# --- what it holds -------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{ print $1, $6 }' >"$work/contents"
sed 's/^/    /' "$work/contents"
# The files (not folders) the package owns, as absolute paths.
awk '$1 !~ /^d/ { sub(/^\./, "", $2); print $2 }' "$work/contents" >"$work/files"
expect=(
    /usr/bin/zcrm-explorer /usr/bin/zcrm /usr/bin/zcrm-sandbox
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/zcrm.1.gz /usr/share/man/man1/zcrm-sandbox.1.gz /usr/share/man/man1/zcrm-explorer.1.gz
)
for size in 16 24 32 48 64 128 256 512; do
    expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expect[@]}"; do
    grep -qx -- "$file" "$work/files" || fail "the package lacks $file"
done
if [ -f "$(dirname "$0")/../../../packaging/linux/zcrm-refresh.service" ]; then
    grep -qx /usr/lib/systemd/user/zcrm-refresh.service "$work/files" || fail "the package lacks the refresher's unit"
fi
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
log "Version: $(dpkg-deb -f "$deb" Version)"
log "Depends: $depends"
log "Recommends: $recommends"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package's version is not $version"
for package in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6sql6-mysql libqt6sql6-psql qt6-qpa-plugins \
    qt6-translations-l10n; do
    # shlibdeps writes e.g. "libqt6core6 (>= 6.4.0)"; what Qt loads at run time comes from CPackConfig.
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
grep -q gnome-keyring <<<"$recommends" || fail "Recommends names no Secret Service provider"

# --- where to install ----------------------------------------------------------------------------
if [ "${ZCRM_PACKAGE_TEST_DEBOOTSTRAP:-0}" = 1 ]; then
    fail "ZCRM_PACKAGE_TEST_DEBOOTSTRAP=1: a debootstrap root is not implemented by this test yet"
fi
log "not in a debootstrap root: that needs the network and minutes to fetch Debian and Qt"
mode=private
why="neither root nor passwordless sudo"
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
    mode=machine
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
    mode=machine
fi
if [ "$mode" = machine ] && [ "${ZCRM_PACKAGE_TEST_PRIVATE:-0}" = 1 ]; then
    mode=private why="ZCRM_PACKAGE_TEST_PRIVATE=1"
fi
if [ "$mode" = machine ]; then
    if dpkg-query -W -f='${Status}' zcrm-explorer 2>/dev/null | grep -q installed; then
        mode=private why="zcrm-explorer is already installed on this machine; it is left alone"
    else
        while read -r file; do
            if [ -e "$file" ] || [ -L "$file" ]; then
                mode=private why="$file exists on this machine; dpkg would take it over"
                break
            fi
        done <"$work/files"
    fi
fi

prefix=""
if [ "$mode" = machine ]; then
    log "install path: this machine, dpkg -i as $([ ${#as_root[@]} -eq 0 ] && echo root || echo 'sudo -n')"
    touch "$work/stamp"
    # Another dpkg (apt, a second test run) may hold the lock for a moment.
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        if "${as_root[@]}" dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
            installed_on_machine=1
            break
        fi
        if grep -q "lock" "$work/dpkg.log"; then
            sleep 3
            continue
        fi
        cat "$work/dpkg.log"
        installed_on_machine=1 # half-configured: cleanup purges it
        fail "dpkg -i (are its dependencies installed? see above)"
    done
    [ "$installed_on_machine" = 1 ] || { cat "$work/dpkg.log"; fail "dpkg stayed locked"; }
    dpkg-query -W -f='${Status} ${Version}\n' zcrm-explorer
else
    command -v fakeroot >/dev/null || skip "fakeroot is missing for a private dpkg root ($why)"
    log "install path: a private root, fakeroot dpkg --root ($why)"
    prefix=$work/root
    mkdir -p "$prefix/var/lib/dpkg/updates" "$prefix/var/lib/dpkg/info"
    touch "$prefix/var/lib/dpkg/status"
    fakeroot dpkg --root="$prefix" --force-depends --force-not-root --force-script-chrootless \
        -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --root -i"; }
fi
for file in "${expect[@]}"; do
    [ -e "$prefix$file" ] || fail "$prefix$file is not installed"
done

# --- run what was installed ----------------------------------------------------------------------
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
export ZCRM_STORE="sqlite:$work/tokens.db"

out=$("$prefix/usr/bin/zcrm" --version)
log "zcrm --version: $out"
[ "$out" = "zcrm $version" ] || fail "zcrm --version says '$out', not 'zcrm $version'"
out=$("$prefix/usr/bin/zcrm-sandbox" --version)
log "zcrm-sandbox --version: $out"
[ "$out" = "zcrm-sandbox $version" ] || fail "zcrm-sandbox --version says '$out'"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$prefix/usr/bin/zcrm-explorer" --version)
log "zcrm-explorer --version (no display): $out"
[ "$out" = "zcrm-explorer $version" ] || fail "zcrm-explorer --version says '$out'"
"$prefix/usr/bin/zcrm" tokens list >/dev/null || fail "the installed zcrm cannot open a SQLite store (driver?)"

# The sandbox: it starts, prints its machine-readable line, answers on the accounts server, stops.
"$prefix/usr/bin/zcrm-sandbox" --port 0 --records 5 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox=$!
children+=("$sandbox")
for _ in $(seq 1 100); do
    grep -q '^SANDBOX ' "$work/sandbox.out" && break
    kill -0 "$sandbox" 2>/dev/null || { cat "$work/sandbox.err"; fail "zcrm-sandbox exited at start"; }
    sleep 0.1
done
line=$(grep '^SANDBOX ' "$work/sandbox.out") || fail "zcrm-sandbox printed no SANDBOX line"
accounts=$(sed -n 's/.*"us":{"accounts":"\([^"]*\)".*/\1/p' <<<"$line")
log "zcrm-sandbox started, us accounts at $accounts"
if [ -n "$accounts" ] && command -v curl >/dev/null; then
    curl -fsS "$accounts/__sandbox/info" >/dev/null || fail "zcrm-sandbox does not answer at $accounts"
    log "zcrm-sandbox answers GET /__sandbox/info"
fi
kill -TERM "$sandbox"
wait "$sandbox" 2>/dev/null || true
kill -0 "$sandbox" 2>/dev/null && fail "zcrm-sandbox did not stop on SIGTERM"
log "zcrm-sandbox stopped"

# The desktop application shows its window on the display.
if [ -z "${DISPLAY:-}" ]; then
    [ -n "${CI:-}" ] && fail "no DISPLAY for zcrm-explorer (the test command starts Xvfb)"
    log "no DISPLAY: zcrm-explorer's window not checked (run it through tests/harness/run-tests.sh)"
else
    QT_QPA_PLATFORM=xcb "$prefix/usr/bin/zcrm-explorer" >"$work/explorer.log" 2>&1 &
    explorer=$!
    children+=("$explorer")
    shown=0
    for _ in $(seq 1 150); do
        kill -0 "$explorer" 2>/dev/null || { cat "$work/explorer.log"; fail "zcrm-explorer exited"; }
        if command -v xwininfo >/dev/null; then
            xwininfo -root -tree 2>/dev/null | grep -q 'ZCRM Explorer' && { shown=1; break; }
        else
            sleep 3
            shown=1
            break
        fi
        sleep 0.1
    done
    [ "$shown" = 1 ] || { cat "$work/explorer.log"; fail "zcrm-explorer showed no window within 15 s"; }
    sleep 1
    kill -0 "$explorer" 2>/dev/null || { cat "$work/explorer.log"; fail "zcrm-explorer exited after showing"; }
    log "zcrm-explorer shows its window on $DISPLAY$(command -v xwininfo >/dev/null || echo ' (xwininfo missing: alive after 3 s)')"
    kill -TERM "$explorer"
    wait "$explorer" 2>/dev/null || true
fi

# --- remove, and nothing left ------------------------------------------------------------------
if [ "$mode" = machine ]; then
    "${as_root[@]}" dpkg --purge zcrm-explorer >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --purge"; }
    installed_on_machine=0
    dpkg-query -W zcrm-explorer >/dev/null 2>&1 && fail "dpkg still knows zcrm-explorer after --purge"
else
    fakeroot dpkg --root="$prefix" --force-depends --force-not-root --force-script-chrootless \
        --purge zcrm-explorer >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --root --purge"; }
fi
left=0
while read -r file; do
    if [ -e "$prefix$file" ] || [ -L "$prefix$file" ]; then
        log "left behind: $prefix$file"
        left=1
    fi
done <"$work/files"
if [ "$mode" = machine ]; then
    # Nothing new in the folders the package wrote to, but the caches dpkg's triggers rebuild.
    mapfile -t folders < <(xargs -n1 dirname <"$work/files" | sort -u)
    while read -r extra; do
        case "$extra" in
        */icon-theme.cache | */mimeinfo.cache) ;;
        *)
            log "left behind: $extra"
            left=1
            ;;
        esac
    done < <(find "${folders[@]}" -maxdepth 1 -newer "$work/stamp" ! -type d 2>/dev/null)
else
    extra=$(find "$prefix" ! -type d ! -path "$prefix/var/lib/dpkg/*" | head)
    [ -z "$extra" ] || { log "left behind: $extra"; left=1; }
fi
[ "$left" = 0 ] || fail "files left behind after removal"
log "removed: none of its $(wc -l <"$work/files") files is left behind"
log "passed"

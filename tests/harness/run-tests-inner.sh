#!/usr/bin/env bash
# Inside the D-Bus session and the X server of run-tests.sh: unlock a keyring, start the tray host,
# run ctest.
set -uo pipefail
build=$1
shift

log() { printf '[run-tests] %s\n' "$*" >&2; }

if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
    if keyring_env=$(printf 'zcrm-test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null); then
        eval "$(printf '%s\n' "$keyring_env" | grep '=' | sed 's/^/export /')"
        # The daemon takes the Secret Service name a moment after it returns; a client that came
        # first would start a second daemon that sees the keyring locked.
        for _ in $(seq 1 100); do
            dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
                | grep -q 'boolean true' && break
            sleep 0.05
        done
        export ZCRM_TEST_KEYRING=1
        log "gnome-keyring unlocked in a private D-Bus session"
    else
        log "gnome-keyring did not start"
    fi
fi

if [ -n "${DISPLAY:-}" ]; then
    # The display server ahead of the tests' own threads, as a desktop's compositor is: the window's
    # backing store waits for it (its MIT-SHM sync), so on two busy cores the GUI tests' gaps would
    # measure Xvfb's turn for a CPU. Raising it needs root; without, it stays as it is.
    xvfb_pid=$(pgrep -f "^Xvfb ${DISPLAY}( |\$)" | head -n 1 || true)
    if [ -n "$xvfb_pid" ] && renice -n -5 -p "$xvfb_pid" >/dev/null 2>&1; then
        log "Xvfb at nice -5"
    fi
fi

if [ -n "${DISPLAY:-}" ] && command -v trayer >/dev/null; then
    trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
    tray_pid=$!
    sleep 1
    export ZCRM_TEST_DISPLAY=$DISPLAY
    log "Xvfb on $DISPLAY with trayer as tray host"
fi

if [ "${1:-}" = "--exec" ]; then
    # A benchmark or any command that wants the same services as the tests.
    shift
    "$@"
else
    ctest --test-dir "$build" --output-on-failure --no-tests=error -j "${ZCRM_TEST_JOBS:-2}" "$@"
fi
rc=$?
[ -n "${tray_pid:-}" ] && kill "$tray_pid" 2>/dev/null
exit $rc

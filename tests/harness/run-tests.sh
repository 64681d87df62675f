#!/usr/bin/env bash
# Runs the whole test suite of a build folder with real services, and tears them down afterwards:
#   MariaDB and PostgreSQL on loopback in temporary folders, a private D-Bus session with an unlocked
#   gnome-keyring and a temporary HOME, Xvfb with trayer as the tray host.
# usage: tests/harness/run-tests.sh BUILD_DIR [ctest arguments…]
#        tests/harness/run-tests.sh BUILD_DIR --exec COMMAND [ARGS…]   (a benchmark, with the same services)
set -euo pipefail

build=$(cd "${1:?usage: run-tests.sh BUILD_DIR [ctest args]}" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)

work=$(mktemp -d /tmp/zcrm-tests.XXXXXX)
chmod 755 "$work"
export ZCRM_TEST_WORK=$work

log() { printf '[run-tests] %s\n' "$*" >&2; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

cleanup() {
    local rc=$?
    [ -f "$work/mariadb/mariadb.pid" ] && kill "$(cat "$work/mariadb/mariadb.pid")" 2>/dev/null || true
    if [ -d "$work/postgres/data" ]; then
        local pg_ctl
        pg_ctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1)
        if [ "$(id -u)" -eq 0 ]; then
            runuser -u postgres -- "$pg_ctl" -D "$work/postgres/data" -m immediate stop >/dev/null 2>&1 || true
        else
            "$pg_ctl" -D "$work/postgres/data" -m immediate stop >/dev/null 2>&1 || true
        fi
    fi
    sleep 0.5
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT INT TERM

start_mariadb() {
    command -v mariadbd >/dev/null || command -v mysqld >/dev/null || return 1
    local dir=$work/mariadb port
    port=$(free_port)
    mkdir -p "$dir"
    mariadb-install-db --user="$db_user" --datadir="$dir/data" --auth-root-authentication-method=normal \
        >"$dir/install.log" 2>&1 || { log "mariadb-install-db failed: $(tail -3 "$dir/install.log")"; return 1; }
    cat >"$dir/start.sh" <<SCRIPT
#!/bin/sh
mariadbd --no-defaults --user=$db_user --datadir="$dir/data" --socket="$dir/sock" --port=$port \
    --bind-address=127.0.0.1 --pid-file="$dir/mariadb.pid" --log-error="$dir/error.log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_bin --skip-log-bin \
    --innodb-buffer-pool-size=64M --max-connections=300 >/dev/null 2>&1 &
for i in \$(seq 1 150); do
    mariadb-admin --socket="$dir/sock" -uroot ping >/dev/null 2>&1 && exit 0
    sleep 0.1
done
echo "MariaDB did not start: \$(tail -3 "$dir/error.log")" >&2
exit 1
SCRIPT
    cat >"$dir/restart.sh" <<SCRIPT
#!/bin/sh
pid=\$(cat "$dir/mariadb.pid" 2>/dev/null)
[ -n "\$pid" ] && kill "\$pid" 2>/dev/null
while [ -n "\$pid" ] && kill -0 "\$pid" 2>/dev/null; do sleep 0.1; done
exec sh "$dir/start.sh"
SCRIPT
    sh "$dir/start.sh" || return 1
    mariadb --socket="$dir/sock" -uroot -e "
        CREATE DATABASE IF NOT EXISTS zohooauth CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
        CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
        GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
        FLUSH PRIVILEGES;" || return 1
    export ZCRM_TEST_MYSQL_SPEC="mysql://root@127.0.0.1:$port/zohooauth"
    export ZCRM_TEST_MYSQL_DATADIR="$dir/data"
    export ZCRM_TEST_MYSQL_SOCKET="$dir/sock"
    export ZCRM_TEST_MYSQL_RESTART="sh $dir/restart.sh"
    log "MariaDB on 127.0.0.1:$port"
}

start_postgres() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$bin" ] || return 1
    local dir=$work/postgres port
    port=$(free_port)
    mkdir -p "$dir"
    # PostgreSQL refuses to run as root: as root it runs as the postgres user.
    local as_pg=()
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || return 1
        chown postgres "$dir"
        as_pg=(runuser -u postgres --)
    fi
    "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale \
        >"$dir/initdb.log" 2>&1 || { log "initdb failed: $(tail -3 "$dir/initdb.log")"; return 1; }
    local options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300"
    cat >"$dir/restart.sh" <<SCRIPT
#!/bin/sh
exec ${as_pg[*]} "$bin/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w -m fast restart >/dev/null
SCRIPT
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w start \
        >/dev/null || { log "PostgreSQL did not start: $(tail -3 "$dir/server.log")"; return 1; }
    "${as_pg[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres zohooauth || return 1
    export ZCRM_TEST_PGSQL_SPEC="postgresql://postgres@127.0.0.1:$port/zohooauth"
    export ZCRM_TEST_PGSQL_DATADIR="$dir/data"
    export ZCRM_TEST_PGSQL_RESTART="sh $dir/restart.sh"
    log "PostgreSQL on 127.0.0.1:$port"
}

db_user=$(id -un)
start_mariadb || log "MariaDB not started: its tests will fail in CI and skip elsewhere"
start_postgres || log "PostgreSQL not started: its tests will fail in CI and skip elsewhere"
export ZCRM_DB_PASSWORD=""
[ -x /usr/bin/chromium ] && export ZCRM_TEST_CHROMIUM=/usr/bin/chromium

mkdir -p "$work/home"
export ZCRM_TEST_REAL_HOME=$HOME
export HOME=$work/home
export XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Everything below runs inside one private D-Bus session and one X server.
exec_inner=(bash "$here/run-tests-inner.sh" "$build" "$@")
if command -v xvfb-run >/dev/null; then
    exec_inner=(xvfb-run -a -s "-screen 0 1600x1000x24" "${exec_inner[@]}")
else
    log "xvfb-run missing: GUI tests will fail in CI and skip elsewhere"
fi
if command -v dbus-run-session >/dev/null; then
    exec_inner=(dbus-run-session -- "${exec_inner[@]}")
else
    log "dbus-run-session missing: keychain tests will fail in CI and skip elsewhere"
fi
set +e
"${exec_inner[@]}"
rc=$?
set -e
exit $rc

#!/usr/bin/env bash
# The two commands of the README:
#   ./build.sh run    installs what is missing, builds, and starts ZCRM Explorer
#   ./build.sh test   installs what is missing, builds with warnings as errors, runs every test
set -euo pipefail
cd "$(dirname "$0")"

command=${1:-run}
shift || true
jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() {
    local dir=$1
    shift
    # ccache, where installed, makes a rebuild in another clone or work tree cheap: paths are hashed
    # relative to the tree's root.
    if command -v ccache >/dev/null 2>&1; then
        export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
    fi
    cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
}

case "$command" in
run)
    ./packaging/linux/install-deps.sh
    configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    if [ -x build/app/desktop/zcrm-explorer ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
        exec build/app/desktop/zcrm-explorer "$@"
    fi
    exec build/app/cli/zcrm "${@:---help}"
    ;;
test)
    ./packaging/linux/install-deps.sh --test
    configure_and_build build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZCRM_WERROR=ON
    exec tests/harness/run-tests.sh build-test "$@"
    ;;
*)
    echo "usage: ./build.sh run|test" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Sets up everything and runs every test (unit, and integration against real sshd nodes); then the
# tests against real kernels, on a cluster of three Debian VMs (scripts/vm-tests.sh), while the
# packages are built, installed and removed (scripts/package-test.sh) and the tests of lifetimes
# and threads are built under AddressSanitizer; then those run. Each stage says how long it took.
set -euo pipefail
cd "$(dirname "$0")"
began=$(date +%s)
stage() {
    # Returns the stage's status itself: in an && list (the side job below) `set -e` does not stop.
    local name=$1 t rc=0
    shift
    t=$(date +%s)
    "$@" || rc=$?
    echo "run-tests: $name $([ $rc = 0 ] && echo took || echo "failed ($rc) after") $(($(date +%s) - t)) s" >&2
    return $rc
}
stage "installing packages" scripts/install-deps.sh
# The VMs' image (debootstrap, once per machine) is made while the suite compiles.
vmlog=$(mktemp)
scripts/vm-cluster.sh prepare >"$vmlog" 2>&1 &
vmprep=$!
stage "the build" scripts/build.sh -DOMV_WERROR=ON
stage "ctest" bash -c 'cd build && ctest --output-on-failure -j2 --timeout 600'
wait "$vmprep" || { cat "$vmlog" >&2; rm -f "$vmlog"; exit 1; }
cat "$vmlog" && rm -f "$vmlog"
# While the VMs run the tests against real kernels (emulated, one vCPU each, mostly idle between
# migrations), the AddressSanitizer build and then the package test use the machine too: the
# Debian packages built from that tree, installed, run from PATH and removed again. Nothing
# there times anything; the ASan tests, which time a window's close, run after, alone.
sidelog=$(mktemp)
set -m # the side job in a process group of its own: ended whole if the VM tests fail
(stage "the AddressSanitizer build" scripts/asan-tests.sh build &&
    stage "the package test" scripts/package-test.sh) >"$sidelog" 2>&1 &
side=$!
set +m
trap 'kill -- -"$side" 2>/dev/null || true' EXIT
stage "the VM tests" scripts/vm-tests.sh
wait "$side" || { cat "$sidelog" >&2; rm -f "$sidelog"; exit 1; }
trap - EXIT
cat "$sidelog" >&2 && rm -f "$sidelog"
stage "the AddressSanitizer tests" scripts/asan-tests.sh run
echo "run-tests: all passed in $(($(date +%s) - began)) s" >&2

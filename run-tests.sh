#!/usr/bin/env bash
# Sets up everything and runs every test (unit, and integration against real sshd nodes); the
# tests of lifetimes and threads run once more under AddressSanitizer; then the tests against
# real kernels, on a cluster of three Debian VMs (scripts/vm-tests.sh); then the packages are
# built, installed and removed (scripts/package-test.sh). Each stage says how long it took.
set -euo pipefail
cd "$(dirname "$0")"
began=$(date +%s)
stage() {
    local name=$1 t
    shift
    t=$(date +%s)
    "$@"
    echo "run-tests: $name took $(($(date +%s) - t)) s" >&2
}
stage "installing packages" scripts/install-deps.sh
# The VMs' image (debootstrap, once per machine) is made while the suite compiles.
vmlog=$(mktemp)
scripts/vm-cluster.sh prepare >"$vmlog" 2>&1 &
vmprep=$!
stage "the build" scripts/build.sh -DOMV_WERROR=ON
stage "the AddressSanitizer tests" scripts/asan-tests.sh
stage "ctest" bash -c 'cd build && ctest --output-on-failure -j2 --timeout 600'
wait "$vmprep" || { cat "$vmlog" >&2; rm -f "$vmlog"; exit 1; }
cat "$vmlog" && rm -f "$vmlog"
stage "the VM tests" scripts/vm-tests.sh
# The Debian packages built from that tree, installed, run from PATH and removed again.
stage "the package test" scripts/package-test.sh
echo "run-tests: all passed in $(($(date +%s) - began)) s" >&2

#!/usr/bin/env bash
# Sets up everything and runs every test (unit, and integration against real sshd nodes); the
# tests of lifetimes and threads run once more under AddressSanitizer; then the tests against
# real kernels, on a cluster of three Debian VMs (scripts/vm-tests.sh); then the packages are
# built, installed and removed (scripts/package-test.sh).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
# The VMs' image (debootstrap, once per machine) is made while the suite compiles.
vmlog=$(mktemp)
scripts/vm-cluster.sh prepare >"$vmlog" 2>&1 &
vmprep=$!
scripts/build.sh -DOMV_WERROR=ON
scripts/asan-tests.sh
(cd build && ctest --output-on-failure -j2 --timeout 600)
wait "$vmprep" || { cat "$vmlog" >&2; rm -f "$vmlog"; exit 1; }
cat "$vmlog" && rm -f "$vmlog"
scripts/vm-tests.sh
# The Debian packages built from that tree, installed, run from PATH and removed again.
scripts/package-test.sh

#!/usr/bin/env bash
# Sets up everything and runs every test (unit, and integration against real sshd nodes); the
# tests of lifetimes and threads run once more under AddressSanitizer; then the packages are
# built, installed and removed (scripts/package-test.sh).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh -DOMV_WERROR=ON
scripts/asan-tests.sh
(cd build && ctest --output-on-failure -j2 --timeout 600)
# The Debian packages built from that tree, installed, run from PATH and removed again.
scripts/package-test.sh

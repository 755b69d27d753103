#!/usr/bin/env bash
# The tests against real kernels: starts a cluster of three Debian VMs (scripts/vm-cluster.sh;
# the image is built once per machine and cached), runs tst_vm_cluster on it, and stops it —
# also when the test fails or is interrupted. Run from run-tests.sh after ctest, alone: the VMs
# are emulated and take most of a core.
#
#   scripts/vm-tests.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
[ -x "$build/tests/tst_vm_cluster" ] || { echo "vm-tests: $build/tests/tst_vm_cluster is not built" >&2; exit 1; }
scripts/vm-cluster.sh down >/dev/null 2>&1 || true # one left by an interrupted run
trap 'scripts/vm-cluster.sh down' EXIT
started=$(date +%s)
profile=$(scripts/vm-cluster.sh up 3)
echo "vm-tests: 3 VMs up in $(($(date +%s) - started)) s ($(scripts/vm-cluster.sh status | head -n 1))"
# Each test function may take minutes under emulation (a 64 MiB checkpoint streamed twice).
OMV_VM_PROFILE=$profile OMV_BUILD_DIR=$PWD/$build QT_QPA_PLATFORM=offscreen QTEST_FUNCTION_TIMEOUT=900000 \
    "$build/tests/tst_vm_cluster"

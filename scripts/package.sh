#!/usr/bin/env bash
# Builds the Debian packages from the build tree (scripts/build.sh first) and prints their paths
# (build/packages/*.deb) on stdout; what the build says goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target omv_resources \
    openmosixview openmosixprocs openmosixmigmon openmosixanalyzer openmosixhistory openmosixcollector omsim omsim-node >&2
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >&2)
ls "$build"/packages/*.deb

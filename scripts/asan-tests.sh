#!/usr/bin/env bash
# The tests of lifetimes and threads under AddressSanitizer: a window or dialog closed while a
# node hangs or a question is open, the control socket's server and client, the history reader,
# the migration monitor's model.
# Builds them into ./build-asan (the libraries they need, nothing else) and runs them against the
# omsim and collector of ./build (which run-tests.sh built first). Without -Werror: GCC warns
# falsely (maybe-uninitialized) under the sanitizer; the normal build is the one held to -Werror.
#
#   scripts/asan-tests.sh [build|run]   (default: both; run-tests.sh builds while the VM tests run,
#                                         and runs the tests after them: they time a window's close)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
if [ "$what" != run ]; then
    # -O1 with line tables only (what a sanitizer's report names: functions, files and lines):
    # a third of the compile time of -O2 -g under the sanitizer.
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
        -DOMV_ASAN=ON -DOMV_WERROR=OFF >/dev/null
    cmake --build build-asan -j"$(nproc 2>/dev/null || echo 2)" --target tst_mainwindow tst_control \
        tst_historyreader tst_monitormodel >/dev/null
fi
[ "$what" != build ] || exit 0
# Leaks are not what this looks for (Qt and fontconfig keep caches to the end); a use after free is.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 QT_QPA_PLATFORM=offscreen OMV_BUILD_DIR="$PWD/build"
export OMV_TEST_PORT=22390
build-asan/tests/tst_control
build-asan/tests/tst_historyreader
build-asan/tests/tst_monitormodel # slots that point into each snapshot's process list
build-asan/tests/tst_mainwindow closingWithAHungNodeIsQuick closingWithAPromptOpenIsQuick \
    clustersDialogClosedWhileItsTestAsks hostKeyDialogAcceptsOrRefuses passphraseDialogAsks
echo "asan-tests: passed"

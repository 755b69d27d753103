#!/usr/bin/env bash
# Builds the parser fuzzer with clang (ASan + UBSan) into ./build-fuzz and runs it for SECONDS
# (default 60) on a corpus seeded from tests/data. Any crash stops it and leaves the input in
# ./build-fuzz/crash-*.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
CXX=clang++ cmake -S . -B build-fuzz -DOMV_FUZZ=ON -DOMV_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_parsers >/dev/null
corpus=build-fuzz/corpus
mkdir -p "$corpus"
i=0
while IFS= read -r -d '' f; do
    for sel in $(seq 0 15); do
        { printf "\\x$(printf %02x "$sel")"; head -c 4000 "$f"; } > "$corpus/seed-$i-$sel"
    done
    i=$((i + 1))
done < <(find tests/data -type f -size -8k -print0)
cd build-fuzz
./tests/fuzz/fuzz_parsers -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 corpus 2>&1 | tail -n 20

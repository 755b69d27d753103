#!/usr/bin/env bash
# Writes an openMosix fixture cluster of N nodes with P processes each under DIR/node<i>/,
# for benchmarks and scale tests:  make_tree.sh DIR N P
set -euo pipefail
dir=$1 n=$2 p=$3
for i in $(seq 1 "$n"); do
    r=$dir/node$i
    mkdir -p "$r/hpc/admin"
    for f in block bring expel lstay quiet stay nomfs; do echo 0 > "$r/hpc/admin/$f"; done
    echo "$i" > "$r/hpc/admin/mospe"; echo 10000 > "$r/hpc/admin/speed"
    for k in $(seq 1 "$p"); do
        pid=$((i * 1000 + k)); d=$r/$pid; mkdir -p "$d"
        echo "$pid (job$k) R 1 $pid $pid 0 -1 4194304 100 0 0 0 $k 5 0 0 20 0 1 0 500 1048576 64 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0" > "$d/stat"
        printf 'Name:\tjob%s\nUid:\t1000\t1000\t1000\t1000\nVmRSS:\t256 kB\n' "$k" > "$d/status"
        printf 'job%s\0--input\0data%s\0' "$k" "$k" > "$d/cmdline"
        echo $(( (k % 3 == 0) ? (i % n) + 1 : 0 )) > "$d/where"
        echo 0 > "$d/lock"; echo $((k % 4)) > "$d/nmigs"; : > "$d/cantmove"
    done
done
# Every node's kernel lists the whole cluster; build the table once and link it in.
t=$dir/table
for i in $(seq 1 "$n"); do
    mkdir -p "$t/$i"
    echo $((i * 37 % 500)) > "$t/$i/load"; echo 10000 > "$t/$i/speed"; echo 4 > "$t/$i/cpus"
    echo 4000000000 > "$t/$i/mem"; echo 4000000000 > "$t/$i/rmem"; echo 8000000000 > "$t/$i/tmem"
    echo 30 > "$t/$i/util"; echo 3 > "$t/$i/status"
done
for i in $(seq 1 "$n"); do ln -sfn "$t" "$dir/node$i/hpc/nodes"; done

#!/usr/bin/env bash
# Regenerates the fixture trees under tests/data/ (kept in git; rerun only to change them).
# om3: three openMosix nodes as ${OMV_PROC} of node1..node3. mx3: three MattX nodes.
set -euo pipefail
cd "$(dirname "$0")"

stat_line() { # pid comm state utime stime nice start vsize rss
    echo "$1 ($2) $3 1 $1 $1 0 -1 4194304 100 0 0 0 $4 $5 0 0 20 $6 1 0 $7 $8 $9 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0"
}
proc() { # dir pid comm state uid nice argv... (argv NUL-separated)
    local d=$1/$2; mkdir -p "$d"
    stat_line "$2" "$3" "$4" 150 50 "$6" 5000 10485760 256 > "$d/stat"
    printf 'Name:\t%s\nUid:\t%s\t%s\t%s\t%s\nVmRSS:\t    1024 kB\n' "$3" "$5" "$5" "$5" "$5" > "$d/status"
    shift 6
    : > "$d/cmdline"
    for a in "$@"; do printf '%s\0' "$a" >> "$d/cmdline"; done
}

rm -rf om3 mx3
for n in 1 2 3; do
    r=om3/node$n
    mkdir -p "$r/hpc/admin" "$r/hpc/nodes"
    for id in 1 2 3; do
        d=$r/hpc/nodes/$id; mkdir -p "$d"
        case $id in
            1) load=250; speed=10000; cpus=2; tmem=4294967296; rmem=2147483648; util=50; status=3 ;;
            2) load=500; speed=15000; cpus=4; tmem=8589934592; rmem=6442450944; util=25; status=3 ;;
            3) load=-101; speed=12000; cpus=-101; tmem=0; rmem=0; util=0; status=0 ;;
        esac
        echo $load > $d/load; echo $speed > $d/speed; echo $rmem > $d/mem; echo $rmem > $d/rmem
        echo $tmem > $d/tmem; echo $util > $d/util; echo $status > $d/status
        # Older kernels call it CPUs: node 2's table uses that name.
        if [ $id = 2 ]; then echo $cpus > $d/CPUs; else echo $cpus > $d/cpus; fi
    done
    for f in block bring expel lstay quiet stay nomfs; do echo 0 > "$r/hpc/admin/$f"; done
    echo $n > "$r/hpc/admin/mospe"; echo $((n * 5000)) > "$r/hpc/admin/speed"
done
echo 1 > om3/node2/hpc/admin/block
echo 1 > om3/node2/hpc/admin/quiet
echo 1 > om3/node1/hpc/admin/stay

# node1: an encoder that migrated to node 2, a locked shell, a kernel thread, a hostile command line.
proc om3/node1 101 lame R 1000 0 lame --preset extreme track01.wav
echo 2 > om3/node1/101/where; echo 0 > om3/node1/101/lock; echo 3 > om3/node1/101/nmigs; : > om3/node1/101/cantmove
proc om3/node1 102 bash S 0 0 -bash
echo 0 > om3/node1/102/where; echo 1 > om3/node1/102/lock; echo 0 > om3/node1/102/nmigs; echo "locked by user" > om3/node1/102/cantmove
proc om3/node1 103 kthreadd S 0 0
echo 0 > om3/node1/103/where; echo 0 > om3/node1/103/lock; echo 0 > om3/node1/103/nmigs; echo "kernel thread" > om3/node1/103/cantmove
proc om3/node1 104 'evil) R (x' S 1001 5 'sh' '-c' $'echo $(reboot)\n104/where:3' "'quoted' \"double\""
echo 0 > om3/node1/104/where; echo 0 > om3/node1/104/lock; echo 0 > om3/node1/104/nmigs; : > om3/node1/104/cantmove
# node2: a make job at home, and the guest from node 1.
proc om3/node2 201 make R 1001 10 make -j4
echo 0 > om3/node2/201/where; echo 0 > om3/node2/201/lock; echo 1 > om3/node2/201/nmigs; : > om3/node2/201/cantmove
# A LinuxPMI-style process: om/where names the node by address, om/stay lists reasons.
proc om3/node2 202 povray R 1000 0 povray +W1920 scene.pov
mkdir -p om3/node2/202/om; echo 127.0.1.1 > om3/node2/202/om/where; echo "mem_lock user_lock" > om3/node2/202/om/stay
mkdir -p om3/node2/hpc/remote/5101; echo "1 127.0.1.1" > om3/node2/hpc/remote/5101/from; echo "1 101" > om3/node2/hpc/remote/5101/identity

# MattX: node 709 (gateway), 814, 901 (left the table: down).
for n in 1 2 3; do mkdir -p mx3/node$n/mattx; done
write_nodes() { # file localid balancer
    {
        echo "MattX Cluster Nodes:"
        echo "------------------------------------------------------------------------"
        echo "Node ID         IP Address      CPU Load        Affinity        Mem Free (MB)"
        echo "------------------------------------------------------------------------"
        for row in "709 127.0.1.1 2000 4000 725" "814 127.0.1.2 0 4000 748"; do
            set -- $row
            if [ "$1" = "$2" ]; then :; fi
            if [ "$1" = "$LOCAL" ]; then printf '%-15s %-15s %-15s %-15s %s\n' "$1 (Local)" "$2" "$3" "$4" "$5"
            else printf '%-15s %-15s %-15s %-15s %s\n' "$1" "$2" "$3" "$4" "$5"; fi
        done
        echo
        echo "Balancer Enabled: $BAL"
        echo "MattXFS Enabled: YES"
        echo "Debug Mode: ON"
        echo "Node Affinity: 0 (0 = Auto)"
        echo "Migration Excludes: top,bash,pvmd,sshd,mattx-discd,mattx-stub,systemd"
        echo "Migration Includes: pvmchess-client"
    } > "$1"
}
LOCAL=709 BAL=YES write_nodes mx3/node1/mattx/nodes
LOCAL=814 BAL=NO write_nodes mx3/node2/mattx/nodes
for n in 1 2; do
    printf 'MemTotal:       16384000 kB\nMemFree:         742400 kB\nMemAvailable:   8000000 kB\n' > mx3/node$n/meminfo
    printf 'processor\t: 0\nmodel name\t: x\n\nprocessor\t: 1\n\nprocessor\t: 2\n\nprocessor\t: 3\n' > mx3/node$n/cpuinfo
    echo "0.50 0.40 0.30 2/123 4567" > mx3/node$n/loadavg
done
proc mx3/node1 301 pvmchess-client T 1000 0 pvmchess-client --depth 9
proc mx3/node1 302 top S 0 0 top
echo "301:814" > mx3/node1/mattx/remote; : > mx3/node1/mattx/guests
proc mx3/node2 401 mattx-stub R 1000 0 mattx-stub
proc mx3/node2 402 sshd S 0 0 /usr/sbin/sshd -D
echo "401:709" > mx3/node2/mattx/guests; : > mx3/node2/mattx/remote

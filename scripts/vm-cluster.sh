#!/usr/bin/env bash
# A cluster of Debian 12 virtual machines with real kernels and real CRIU, for trying the suite
# on real nodes and for tst_vm_cluster.
#
#   scripts/vm-cluster.sh prepare  build the image (once) and decide KVM or TCG; starts nothing
#   scripts/vm-cluster.sh up N     start N VMs (1..8); prints where their ssh_config and profile are
#   scripts/vm-cluster.sh status   which VMs run, on which ports, under KVM or TCG
#   scripts/vm-cluster.sh down     stop them; nothing keeps running, nothing stays mounted
#
# The image is built once (debootstrap from the mirror apt already uses) and cached under
# ~/.cache/openmosixview/vm/, keyed by what goes into it; each VM runs on a copy-on-write overlay
# of it. A VM gets 1 GiB, one CPU, user networking with its sshd forwarded to a loopback port, and
# a seed disk of its own: its host keys (made here, so known_hosts is written before it boots —
# nothing is accepted on first use) and the cluster's fresh client key. Its init is a small script
# (mounts, network, sshd, then a reaper), not systemd: it boots to sshd in about 15 s under TCG.
#
# Environment: OMV_VM_CACHE (the cache folder), OMV_VM_PORT (first port, default 2301),
# OMV_VM_ACCEL (kvm or tcg; default: KVM when a probe boots within 45 s, remembered per host).
set -euo pipefail
cache=${OMV_VM_CACHE:-$HOME/.cache/openmosixview/vm}
run=$cache/run
first_port=${OMV_VM_PORT:-2301}
packages=linux-image-amd64,openssh-server,criu,python3-minimal,procps,iproute2,kmod,udev
say() { echo "vm-cluster: $*" >&2; }
die() { say "$*"; exit 1; }

# The mirror apt is set up with (deb822 or one-line sources); never a host of our own choosing.
mirror() {
    local m
    m=$(awk '/^URIs:/ && $2 ~ /debian\/?$/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [ -n "$m" ] || m=$(awk '$1 == "deb" && $3 ~ /^bookworm$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    [ -n "$m" ] || die "no Debian mirror in apt's sources"
    echo "$m"
}

# The guest's init: what systemd would do for an sshd and nothing else, then reap every child
# (a restored process's parent, criu, exits: the orphan must not stay a zombie). /tmp is on the
# disk, as on a Debian 12 installed by hand: a checkpoint of a big process does not fit in RAM twice.
vminit() {
    cat <<'INIT'
#!/bin/sh
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev 2>/dev/null
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /dev/shm
mount -t tmpfs tmpfs /run
mkdir -p /run/sshd /seed
mount -o remount,rw /
mount -o ro /dev/vdb /seed
hostname "$(cat /seed/hostname)"
cp /seed/ssh_host_ed25519_key /seed/ssh_host_ed25519_key.pub /etc/ssh/
chmod 600 /etc/ssh/ssh_host_ed25519_key
mkdir -p /root/.ssh
cp /seed/authorized_keys /root/.ssh/authorized_keys
chmod 700 /root/.ssh
chmod 600 /root/.ssh/authorized_keys
ip link set lo up
ip link set eth0 up
ip addr add 10.0.2.15/24 dev eth0
ip route add default via 10.0.2.2
/usr/sbin/sshd -o HostKey=/etc/ssh/ssh_host_ed25519_key -o PermitRootLogin=prohibit-password
echo "omv-vm: ready $(cat /seed/hostname) $(uname -r)" > /dev/console
exec python3 -c '
import os, time
while True:
    try:
        os.wait()
    except ChildProcessError:
        time.sleep(1)
'
INIT
}

# The image's key: everything that decides its contents.
image_key() {
    { echo "$packages"; mirror; dpkg-query -W -f='${Version}' debootstrap; vminit; } | sha256sum | cut -c1-16
}

build_image() {
    local dir=$1 root
    command -v debootstrap >/dev/null && command -v qemu-system-x86_64 >/dev/null && command -v qemu-img >/dev/null ||
        die "needs debootstrap, qemu-system-x86 and qemu-utils (apt-get install debootstrap qemu-system-x86 qemu-utils)"
    [ "$(id -u)" = 0 ] || die "building the image needs root (debootstrap)"
    say "building the Debian 12 image (once, a few minutes) from $(mirror)"
    root=$(mktemp -d "$cache/root.XXXXXX")
    debootstrap --variant=minbase --include="$packages" bookworm "$root" "$(mirror)" >"$cache/debootstrap.log" 2>&1 ||
        { rm -rf "$root"; die "debootstrap failed: see $cache/debootstrap.log"; }
    vminit >"$root/sbin/vminit"
    chmod 755 "$root/sbin/vminit"
    rm -rf "$dir.tmp"
    mkdir -p "$dir.tmp"
    cp "$root"/boot/vmlinuz-* "$dir.tmp/vmlinuz"
    cp "$root"/boot/initrd.img-* "$dir.tmp/initrd"
    chmod 644 "$dir.tmp/vmlinuz" "$dir.tmp/initrd"
    mke2fs -q -t ext4 -d "$root" -F "$dir.tmp/base.img" 3G
    rm -rf "$root"
    mv "$dir.tmp" "$dir"
}

# A free loopback port from `from` on.
free_port() {
    local p=$1
    while (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

boot() { # boot NAME ACCEL: starts the VM whose files are in $run/NAME
    local vm=$run/$1 accel=$2 port
    port=$(cat "$vm/port")
    local kvm=()
    [ "$accel" = kvm ] && kvm=(-enable-kvm -cpu host,-arch-capabilities)
    : >"$vm/console.log"
    qemu-system-x86_64 "${kvm[@]}" -machine pc -m 1024 -smp 1 -display none -no-reboot \
        -kernel "$image/vmlinuz" -initrd "$image/initrd" \
        -append "root=/dev/vda rw console=ttyS0 init=/sbin/vminit net.ifnames=0 quiet" \
        -drive "file=$vm/disk.qcow2,if=virtio,format=qcow2" -drive "file=$vm/seed.img,if=virtio,format=raw,readonly=on" \
        -netdev "user,id=n,hostfwd=tcp:127.0.0.1:$port-:22" -device virtio-net-pci,netdev=n \
        -serial "file:$vm/console.log" -daemonize -pidfile "$vm/qemu.pid"
}

wait_ready() { # wait_ready NAME SECONDS: true when its console said ready
    local vm=$run/$1 i
    for ((i = 0; i < $2 * 2; i++)); do
        grep -q "omv-vm: ready" "$vm/console.log" 2>/dev/null && return 0
        sleep 0.5
    done
    return 1
}

stop_vm() {
    local vm=$run/$1 pid
    pid=$(cat "$vm/qemu.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$vm/qemu.pid"
}

# KVM when it really boots this guest; else TCG. The answer is kept per host kernel.
choose_accel() {
    if [ -n "${OMV_VM_ACCEL:-}" ]; then echo "$OMV_VM_ACCEL"; return; fi
    local known=$cache/accel-$(uname -r)
    if [ -f "$known" ]; then cat "$known"; return; fi
    local answer=tcg
    if [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
        say "probing KVM (at most 45 s)"
        prepare_vm probe "$(free_port 2399)" >&2
        if boot probe kvm 2>/dev/null && wait_ready probe 45; then answer=kvm; fi
        stop_vm probe
        rm -rf "$run/probe"
    fi
    echo "$answer" >"$known"
    echo "$answer"
}

prepare_vm() { # prepare_vm NAME PORT: overlay, seed disk with host keys and the client key
    local vm=$run/$1 seed
    rm -rf "$vm"
    mkdir -p "$vm"
    echo "$2" >"$vm/port"
    qemu-img create -q -f qcow2 -b "$image/base.img" -F raw "$vm/disk.qcow2"
    seed=$(mktemp -d)
    echo "$1" >"$seed/hostname"
    ssh-keygen -q -t ed25519 -N '' -C "$1" -f "$seed/ssh_host_ed25519_key"
    if [ -f "$run/id_ed25519.pub" ]; then cp "$run/id_ed25519.pub" "$seed/authorized_keys"; else : >"$seed/authorized_keys"; fi # the KVM probe logs in nowhere
    cp "$seed/ssh_host_ed25519_key.pub" "$vm/host_key.pub"
    mke2fs -q -t ext4 -d "$seed" -F "$vm/seed.img" 8M >/dev/null
    rm -rf "$seed"
}

# The image, and KVM or TCG: what `up` needs before it starts a VM (run-tests.sh has it done
# while the suite compiles).
prepare() {
    mkdir -p "$cache"
    image=$cache/image-$(image_key)
    [ -f "$image/base.img" ] || build_image "$image"
    mkdir -p "$run"
    chmod 700 "$run"
    accel=$(choose_accel)
}

up() {
    local n=$1
    [[ $n =~ ^[1-8]$ ]] || die "up wants 1 to 8 VMs"
    [ -f "$run/cluster" ] && die "a VM cluster runs already ($(cat "$run/cluster")): down first"
    local port i names=()
    prepare
    rm -f "$run/id_ed25519" "$run/id_ed25519.pub"
    ssh-keygen -q -t ed25519 -N '' -C "openmosixview vm cluster" -f "$run/id_ed25519"
    : >"$run/known_hosts"
    : >"$run/ssh_config"
    port=$first_port
    for ((i = 1; i <= n; i++)); do
        port=$(free_port "$port")
        prepare_vm "vm$i" "$port"
        echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$run/vm$i/host_key.pub")" >>"$run/known_hosts"
        cat >>"$run/ssh_config" <<EOF
Host vm$i
    HostName 127.0.0.1
    Port $port
    User root
    IdentityFile $run/id_ed25519
    IdentitiesOnly yes
    UserKnownHostsFile $run/known_hosts
    StrictHostKeyChecking yes
EOF
        boot "vm$i" "$accel"
        names+=("vm$i")
        port=$((port + 1))
    done
    echo "$n $accel" >"$run/cluster"
    for name in "${names[@]}"; do
        wait_ready "$name" 180 || { say "$name did not boot: $run/$name/console.log"; down; exit 1; }
    done
    cat >"$run/cluster.ini" <<EOF
[cluster]
name=vm
backend=linux
nodes=$(IFS=,; echo "${names[*]}")
[ssh]
config=$run/ssh_config
known_hosts=$run/known_hosts
identity=$run/id_ed25519
agent=false
[collector]
database=$run/vm.db
EOF
    say "$n VMs up under $(echo "$accel" | tr a-z A-Z): ssh -F $run/ssh_config vm1"
    echo "$run/cluster.ini"
}

status() {
    [ -f "$run/cluster" ] || { echo "no VM cluster runs"; return 0; }
    read -r n accel <"$run/cluster"
    echo "$n VMs under $accel (profile $run/cluster.ini)"
    for ((i = 1; i <= n; i++)); do
        local pid state=stopped
        pid=$(cat "$run/vm$i/qemu.pid" 2>/dev/null || true)
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && state="running (qemu pid $pid)"
        echo "vm$i 127.0.0.1:$(cat "$run/vm$i/port") $state"
    done
}

down() {
    [ -d "$run" ] || return 0
    for vm in "$run"/vm* "$run"/probe; do
        [ -d "$vm" ] && stop_vm "$(basename "$vm")"
    done
    rm -rf "$run"
    say "down"
}

case "${1:-}" in
prepare)
    prepare
    say "ready: $image, VMs will run under $(echo "$accel" | tr a-z A-Z)"
    ;;
up) up "${2:-3}" ;;
status) status ;;
down) down ;;
*) die "usage: $0 prepare | up N | status | down" ;;
esac

#!/usr/bin/env bash
# Test nodes: N real sshd on 127.0.1.1..N, each with its own host key, one generated user key,
# a known_hosts file, and SetEnv OMV_PROC=<that node's tree> PATH=<node bin>:... so that a
# command run through ssh sees that node's kernel files and commands.
#
#   cluster.sh start DIR N PORT TREE_TEMPLATE BIN [OWNER_PID]
#        TREE_TEMPLATE: path with %d for the node number (e.g. tests/data/om3/node%d)
#        OWNER_PID: when that process dies, the nodes are stopped (tests that crash clean up)
#   cluster.sh stop DIR                 stop every node by pid
#   cluster.sh stop-node DIR I          stop node I's sshd (and its connections)
#   cluster.sh start-node DIR I         start node I again
#   cluster.sh kill-sessions DIR I      kill node I's per-connection sshd processes (drop sessions)
#   cluster.sh new-hostkey DIR I        give node I a new host key (known_hosts keeps the old one)
#
# DIR must be a fresh private directory (mktemp -d); everything the nodes need lives there.
set -euo pipefail

SSHD=${SSHD:-/usr/sbin/sshd}
die() { echo "cluster.sh: $*" >&2; exit 1; }

node_conf() { # DIR I
    local dir=$1 i=$2
    local port tree bin
    port=$(cat "$dir/port"); bin=$(cat "$dir/bin")
    tree=$(printf "$(cat "$dir/tree")" "$i")
    # A home of its own, so the node's shell does not run this machine's ~/.bashrc (Debian's bash
    # sources it for every ssh command) — a cluster node's profile is not the developer's.
    mkdir -p "$dir/home_$i"
    cat > "$dir/sshd_$i.conf" <<CONF
ListenAddress 127.0.1.$i:$port
HostKey $dir/hostkey_$i
PidFile $dir/sshd_$i.pid
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin prohibit-password
AllowUsers $(id -un)
MaxStartups 200:30:400
MaxSessions 100
LoginGraceTime 20
X11Forwarding no
AllowTcpForwarding no
PrintMotd no
PrintLastLog no
LogLevel ${SSHD_LOGLEVEL:-INFO}
SetEnv HOME=$dir/home_$i OMV_PROC=$tree OMV_NODE=$i OMV_LOG=$dir/node_$i.log OMV_INITD=$bin PATH=$bin:/usr/local/bin:/usr/bin:/bin
CONF
}

wait_port() { # ADDR PORT
    for _ in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    return 1
}

start_node() { # DIR I
    local dir=$1 i=$2
    node_conf "$dir" "$i"
    rm -f "$dir/sshd_$i.pid"
    "$SSHD" -f "$dir/sshd_$i.conf" -E "$dir/sshd_$i.log" || die "sshd for node $i did not start (see $dir/sshd_$i.log)"
    wait_port "127.0.1.$i" "$(cat "$dir/port")" || die "node $i does not listen on 127.0.1.$i:$(cat "$dir/port")"
    for _ in $(seq 1 100); do [ -s "$dir/sshd_$i.pid" ] && break; sleep 0.02; done
}

stop_node() { # DIR I
    local dir=$1 i=$2 pid
    [ -s "$dir/sshd_$i.pid" ] || return 0
    pid=$(cat "$dir/sshd_$i.pid")
    # The listener's children are the live sessions: end them too, as a vanished node would.
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.02; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$dir/sshd_$i.pid"
}

cmd=${1:-}; shift || true
case "$cmd" in
start)
    [ $# -ge 5 ] || die "usage: start DIR N PORT TREE_TEMPLATE BIN [OWNER_PID]"
    dir=$1 n=$2 port=$3 tree=$4 bin=$5 owner=${6:-}
    [ -d "$dir" ] || die "no directory $dir"
    [ -x "$SSHD" ] || die "no sshd at $SSHD (install openssh-server)"
    if [ "$(id -u)" = 0 ]; then mkdir -p /run/sshd && chmod 0755 /run/sshd; fi
    echo "$n" > "$dir/n"; echo "$port" > "$dir/port"; echo "$tree" > "$dir/tree"; echo "$bin" > "$dir/bin"
    ssh-keygen -q -t ed25519 -N '' -C omv-test -f "$dir/id_ed25519"
    ssh-keygen -q -t ed25519 -N 'secret phrase' -C omv-test-pass -f "$dir/id_ed25519_pass"
    cat "$dir/id_ed25519.pub" "$dir/id_ed25519_pass.pub" > "$dir/authorized_keys"
    : > "$dir/known_hosts"
    for i in $(seq 1 "$n"); do
        ssh-keygen -q -t ed25519 -N '' -C "node$i" -f "$dir/hostkey_$i"
        echo "[127.0.1.$i]:$port $(cut -d' ' -f1,2 "$dir/hostkey_$i.pub")" >> "$dir/known_hosts"
        : > "$dir/node_$i.log"
    done
    chmod 600 "$dir/known_hosts"
    for i in $(seq 1 "$n"); do start_node "$dir" "$i"; done
    if [ -n "$owner" ]; then
        # Watchdog: stop the nodes when the owner dies, however it dies.
        script=$(readlink -f "$0")
        nohup setsid bash -c 'while kill -0 "$1" 2>/dev/null && [ -e "$2/n" ]; do sleep 1; done; "$3" stop "$2"' \
            _ "$owner" "$dir" "$script" >/dev/null 2>&1 &
    fi
    ;;
stop)
    dir=$1
    [ -f "$dir/n" ] || exit 0
    for i in $(seq 1 "$(cat "$dir/n")"); do stop_node "$dir" "$i"; done
    rm -f "$dir/n"
    ;;
stop-node) stop_node "$1" "$2" ;;
start-node) start_node "$1" "$2" ;;
kill-sessions)
    pid=$(cat "$1/sshd_$2.pid")
    pkill -KILL -P "$pid" || true
    ;;
new-hostkey)
    dir=$1 i=$2
    stop_node "$dir" "$i"
    rm -f "$dir/hostkey_$i" "$dir/hostkey_$i.pub"
    ssh-keygen -q -t ed25519 -N '' -C "node$i-new" -f "$dir/hostkey_$i"
    start_node "$dir" "$i"
    ;;
*) die "unknown command '$cmd' (start, stop, stop-node, start-node, kill-sessions, new-hostkey)" ;;
esac

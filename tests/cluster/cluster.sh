#!/usr/bin/env bash
# Test nodes: N real sshd on 127.0.1.1..N, each with its own host key, one generated user key,
# a known_hosts file, and SetEnv OMV_PROC=<that node's tree> PATH=<node bin>:... so that a
# command run through ssh sees that node's kernel files and commands.
#
#   cluster.sh start DIR N PORT TREE_TEMPLATE BIN [OWNER_PID]
#        nodes 1..N on 127.0.1.1..N; TREE_TEMPLATE: path with %d for the node ID
#        (e.g. tests/data/om3/node%d); OWNER_PID: when that process dies, everything is stopped
#   cluster.sh start-omsim DIR PORT OMSIM SCENARIO [OWNER_PID] [-- OMSIM_ARGS...]
#        mounts omsim on DIR/root, then one sshd per node of its map (DIR/root/map: ID address),
#        with OMV_PROC=DIR/root/<ID> and PATH=DIR/root/bin:...
#   cluster.sh stop DIR                 stop every node by pid
#   cluster.sh stop-node DIR I          stop node I's sshd (and its connections)
#   cluster.sh start-node DIR I         start node I again
#   cluster.sh kill-sessions DIR I      kill node I's per-connection sshd processes (drop sessions)
#   cluster.sh pause-node DIR I         SIGSTOP node I's sshd and its sessions (resume-node: SIGCONT)
#   cluster.sh new-hostkey DIR I        give node I a new host key (known_hosts keeps the old one)
#
# DIR must be a fresh private directory (mktemp -d); everything the nodes need lives there.
set -euo pipefail

SSHD=${SSHD:-/usr/sbin/sshd}
die() { echo "cluster.sh: $*" >&2; exit 1; }

node_conf() { # DIR I
    local dir=$1 i=$2
    local port tree bin addr
    port=$(cat "$dir/port"); bin=$(cat "$dir/bin"); addr=$(cat "$dir/addr_$i")
    tree=$(printf "$(cat "$dir/tree")" "$i")
    # A home of its own, so the node's shell does not run this machine's ~/.bashrc (Debian's bash
    # sources it for every ssh command) — a cluster node's profile is not the developer's.
    mkdir -p "$dir/home_$i"
    cat > "$dir/sshd_$i.conf" <<CONF
ListenAddress $addr:$port
HostKey $dir/hostkey_$i
PidFile $dir/sshd_$i.pid
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin prohibit-password
AllowUsers $(id -un) ${SSHD_ALLOW_USERS:-}
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

# A daemon we killed is reparented to PID 1, which may take its time to reap it: a zombie is dead.
children() { # PID: its children, from /proc (the processes this script started, not a search)
    cat /proc/"$1"/task/*/children 2>/dev/null | tr ' ' '\n' | grep -v '^$' | tr '\n' ' ' || true
}

alive() { # PID
    case "$(ps -o stat= -p "$1" 2>/dev/null)" in
    "" | Z*) return 1 ;;
    *) return 0 ;;
    esac
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
    wait_port "$(cat "$dir/addr_$i")" "$(cat "$dir/port")" || die "node $i does not listen on $(cat "$dir/addr_$i"):$(cat "$dir/port")"
    for _ in $(seq 1 100); do [ -s "$dir/sshd_$i.pid" ] && break; sleep 0.02; done
}

stop_node() { # DIR I
    local dir=$1 i=$2 pid
    [ -s "$dir/sshd_$i.pid" ] || return 0
    pid=$(cat "$dir/sshd_$i.pid")
    # The listener's children are the live sessions: end them too, as a vanished node would.
    local kids
    kids=$(children "$pid")
    [ -z "$kids" ] || kill -KILL $kids 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.02; done
    alive "$pid" && kill -KILL "$pid" 2>/dev/null
    rm -f "$dir/sshd_$i.pid"
}

start_all() { # DIR PORT TREE BIN OWNER; node IDs and addresses already in DIR/ids, DIR/addr_<ID>
    local dir=$1 port=$2 tree=$3 bin=$4 owner=$5
    [ -x "$SSHD" ] || die "no sshd at $SSHD (install openssh-server)"
    if [ "$(id -u)" = 0 ]; then mkdir -p /run/sshd && chmod 0755 /run/sshd; fi
    echo "$port" > "$dir/port"; echo "$tree" > "$dir/tree"; echo "$bin" > "$dir/bin"
    ssh-keygen -q -t ed25519 -N '' -C omv-test -f "$dir/id_ed25519"
    ssh-keygen -q -t ed25519 -N 'secret phrase' -C omv-test-pass -f "$dir/id_ed25519_pass"
    cat "$dir/id_ed25519.pub" "$dir/id_ed25519_pass.pub" > "$dir/authorized_keys"
    : > "$dir/known_hosts"
    for i in $(cat "$dir/ids"); do
        ssh-keygen -q -t ed25519 -N '' -C "node$i" -f "$dir/hostkey_$i"
        echo "[$(cat "$dir/addr_$i")]:$port $(cut -d' ' -f1,2 "$dir/hostkey_$i.pub")" >> "$dir/known_hosts"
        : > "$dir/node_$i.log"
    done
    chmod 600 "$dir/known_hosts"
    for i in $(cat "$dir/ids"); do start_node "$dir" "$i"; done
    if [ -n "$owner" ]; then
        # Watchdog: stop everything when the owner dies, however it dies.
        script=$(readlink -f "$0")
        nohup setsid bash -c 'while [ -d "/proc/$1" ] && [ "$(ps -o stat= -p "$1")" != Z ] && [ -e "$2/ids" ]; do sleep 1; done; "$3" stop "$2"' \
            _ "$owner" "$dir" "$script" >/dev/null 2>&1 &
    fi
}

stop_omsim() { # DIR
    local dir=$1 pid
    [ -s "$dir/omsim.pid" ] || return 0
    pid=$(cat "$dir/omsim.pid")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 200); do alive "$pid" || break; sleep 0.05; done
    if alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
    if grep -q " $dir/root " /proc/self/mountinfo 2>/dev/null; then fusermount3 -u -z "$dir/root" 2>/dev/null || true; fi
    rm -f "$dir/omsim.pid"
}

cmd=${1:-}; shift || true
case "$cmd" in
start)
    [ $# -ge 5 ] || die "usage: start DIR N PORT TREE_TEMPLATE BIN [OWNER_PID]"
    dir=$1 n=$2 port=$3 tree=$4 bin=$5 owner=${6:-}
    [ -d "$dir" ] || die "no directory $dir"
    seq 1 "$n" > "$dir/ids"
    for i in $(seq 1 "$n"); do echo "127.0.1.$i" > "$dir/addr_$i"; done
    start_all "$dir" "$port" "$tree" "$bin" "$owner"
    ;;
start-omsim)
    [ $# -ge 4 ] || die "usage: start-omsim DIR PORT OMSIM SCENARIO [OWNER_PID] [-- OMSIM_ARGS...]"
    dir=$1 port=$2 omsim=$3 scenario=$4 owner=""
    shift 4
    if [ $# -gt 0 ] && [ "$1" != "--" ]; then owner=$1; shift; fi
    if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; fi
    [ -d "$dir" ] || die "no directory $dir"
    mkdir -p "$dir/root"
    setsid "$omsim" --root "$dir/root" --scenario "$scenario" "$@" 2> "$dir/omsim.log" < /dev/null &
    echo $! > "$dir/omsim.pid"
    for _ in $(seq 1 200); do
        [ -e "$dir/root/status" ] && break
        alive "$(cat "$dir/omsim.pid")" || die "omsim did not start: $(cat "$dir/omsim.log")"
        sleep 0.05
    done
    [ -e "$dir/root/status" ] || die "omsim did not mount $dir/root: $(cat "$dir/omsim.log")"
    : > "$dir/ids"
    while read -r id addr _; do
        echo "$id" >> "$dir/ids"; echo "$addr" > "$dir/addr_$id"
    done < "$dir/root/map"
    start_all "$dir" "$port" "$dir/root/%d" "$dir/root/bin" "$owner"
    ;;
stop)
    dir=$1
    if [ -f "$dir/ids" ]; then
        for i in $(cat "$dir/ids"); do stop_node "$dir" "$i"; done
        rm -f "$dir/ids"
    fi
    stop_omsim "$dir"
    ;;
stop-node) stop_node "$1" "$2" ;;
start-node) start_node "$1" "$2" ;;
kill-sessions)
    pid=$(cat "$1/sshd_$2.pid")
    kids=$(children "$pid")
    [ -z "$kids" ] || kill -KILL $kids 2>/dev/null || true
    ;;
pause-node | resume-node)
    # The listener and every process of its sessions (sshd forks a child per connection, which
    # forks the user's side): stopped, the node hangs with its TCP connections open.
    pid=$(cat "$1/sshd_$2.pid")
    sig=STOP; [ "$cmd" = resume-node ] && sig=CONT
    pids="$pid"
    for child in $(children "$pid"); do
        pids="$pids $child $(children "$child")"
    done
    kill -"$sig" $pids 2>/dev/null || true
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

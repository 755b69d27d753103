#!/usr/bin/env bash
# Sets up everything and starts the suite on the emulated cluster: omsim plays the HOWTO's demo
# story (a slow and a fast workstation, audio encoding that spreads, then a parallel make) behind
# four real sshd nodes on 127.0.1.1..4; the collector samples it through ssh and prints the
# snapshot as JSON; then the main window, openmosixview, opens on the same cluster through ssh.
# Without a display it draws the window offscreen once and saves it as build/openmosixview-demo.png.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
log=$(mktemp)
scripts/build.sh >"$log" 2>&1 || { cat "$log"; rm -f "$log"; exit 1; }
rm -f "$log"
work=$(mktemp -d)
trap 'tests/cluster/cluster.sh stop "$work"; rm -rf "$work"' EXIT
port=${OMV_DEMO_PORT:-22222}
# Four emulated seconds per second, so the encoders have spread by the time we look.
tests/cluster/cluster.sh start-omsim "$work" "$port" "$PWD/build/sim/omsim" demo $$ -- --speedup 4
cat > "$work/demo.ini" <<INI
[cluster]
name=demo
backend=openmosix
gateway=127.0.1.1
map=$work/root/map
[ssh]
user=$(id -un)
port=$port
identity=$work/id_ed25519
known_hosts=$work/known_hosts
config=none
agent=false
INI
sleep 6
build/collector/openmosixcollector --profile "$work/demo.ini" --once --json
# The same cluster from a shell: the nodes as a table (openmosixctl --help: every command).
build/ctl/openmosixctl --profile "$work/demo.ini" nodes
echo "omsim: $(tr '\n' ' ' < "$work/root/status")" >&2
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    build/app/openmosixview --profile "$work/demo.ini"
else
    QT_QPA_PLATFORM=offscreen build/app/openmosixview --profile "$work/demo.ini" \
        --screenshot build/openmosixview-demo.png 2>/dev/null
    echo "no display: the main window was drawn offscreen into build/openmosixview-demo.png" >&2
fi

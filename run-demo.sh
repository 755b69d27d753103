#!/usr/bin/env bash
# Sets up everything and starts the suite on the emulated test cluster: three real sshd nodes on
# 127.0.1.1..3 serving the openMosix fixture cluster, sampled once by the collector and printed
# as JSON. (The main window replaces this once it exists.)
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
log=$(mktemp)
scripts/build.sh >"$log" 2>&1 || { cat "$log"; rm -f "$log"; exit 1; }
rm -f "$log"
work=$(mktemp -d)
trap 'tests/cluster/cluster.sh stop "$work/nodes"; rm -rf "$work"' EXIT
cp -r tests/data/om3 "$work/tree"
mkdir "$work/nodes"
port=${OMV_DEMO_PORT:-22222}
tests/cluster/cluster.sh start "$work/nodes" 3 "$port" "$work/tree/node%d" "$PWD/tests/cluster/bin" $$
cat > "$work/demo.ini" <<INI
[cluster]
name=demo
backend=openmosix
gateway=127.0.1.1
map=$work/demo.map
[ssh]
user=$(id -un)
port=$port
identity=$work/nodes/id_ed25519
known_hosts=$work/nodes/known_hosts
config=none
agent=false
INI
printf '1 127.0.1.1 3\n' > "$work/demo.map"
build/collector/openmosixcollector --profile "$work/demo.ini" --once --json

#!/usr/bin/env bash
# The packages as a user meets them: built, checked by lintian, installed with apt-get, the
# installed programs run from PATH, their desktop entries, metainfo, man pages and unit checked;
# then removed, and nothing may be left but the user's data. Needs root (or sudo): it installs.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
fail() { echo "package-test: $*" >&2; exit 1; }

mapfile -t debs < <(scripts/package.sh build)
[ ${#debs[@]} -eq 3 ] || fail "expected 3 packages, got: ${debs[*]}"
for d in "${debs[@]}"; do
    echo "package-test: $(dpkg-deb -f "$d" Package) $(dpkg-deb -f "$d" Version): Depends: $(dpkg-deb -f "$d" Depends)"
done
# lintian: errors fail; the warnings we accept are named in resources/debian/lintian-overrides.
lintian --fail-on error --suppress-tags-from-file resources/debian/lintian-suppressed "${debs[@]}"

# Nothing of the suite may be installed before.
for p in openmosixview openmosixview-collector openmosixview-sim; do
    ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "^install ok" || fail "$p is installed already"
done
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -qq --no-install-recommends "${debs[@]/#/./}" >/dev/null

tmp=$(mktemp -d)
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen
cd "$tmp" # nothing from the source or build tree
for p in openmosixview openmosixprocs openmosixmigmon openmosixanalyzer openmosixhistory openmosixcollector openmosixctl; do
    [ "$(command -v "$p")" = "/usr/bin/$p" ] || fail "$p is not on PATH from /usr/bin"
    "$p" --version | grep -q "2.0.0" || fail "$p --version"
    man -w "$p" >/dev/null || fail "no man page for $p"
done
man -w omsim >/dev/null && man -w 5 openmosixview.ini >/dev/null || fail "no man page for omsim or openmosixview.ini(5)"
# The collector records the demo cluster for a few seconds.
timeout 60 openmosixcollector --demo --db "$tmp/demo.db" --interval 1 2>"$tmp/collector.log" &
collector=$!
for _ in $(seq 1 100); do
    [ -s "$tmp/demo.db" ] && [ "$(sqlite3 "$tmp/demo.db" 'SELECT count(DISTINCT ts) FROM node_sample' 2>/dev/null || echo 0)" -ge 3 ] && break
    sleep 0.2
done
kill -TERM "$collector"
wait "$collector" || fail "the collector did not stop cleanly: $(cat "$tmp/collector.log")"
samples=$(sqlite3 "$tmp/demo.db" 'SELECT count(DISTINCT ts) FROM node_sample')
[ "$samples" -ge 3 ] || fail "the installed collector recorded $samples samples"
[ "$(stat -c %a "$tmp/demo.db")" = 600 ] || fail "the database is not 0600"
# The shell's way in, with its completion where the shells look.
timeout 60 openmosixctl --demo nodes >"$tmp/nodes.txt" 2>/dev/null || fail "openmosixctl --demo nodes"
[ "$(wc -l <"$tmp/nodes.txt")" -ge 2 ] || fail "openmosixctl nodes printed $(wc -l <"$tmp/nodes.txt") lines"
[ -f /usr/share/bash-completion/completions/openmosixctl ] || fail "no bash completion"
[ -f /usr/share/zsh/vendor-completions/_openmosixctl ] || fail "no zsh completion"
# A window, offscreen, on the demo cluster.
timeout 60 openmosixview --demo --screenshot "$tmp/view.png" || fail "openmosixview --demo --screenshot"
[ -s "$tmp/view.png" ] || fail "no screenshot"
timeout 60 openmosixmigmon --demo --demo-kernel linux --screenshot "$tmp/migmon.png" || fail "openmosixmigmon --demo"
# What the desktop and the software centre read.
for f in /usr/share/applications/org.openmosixview.*.desktop; do desktop-file-validate "$f" || fail "$f"; done
[ "$(ls /usr/share/applications/org.openmosixview.*.desktop | wc -l)" = 5 ] || fail "not 5 desktop entries"
appstreamcli validate --no-net /usr/share/metainfo/org.openmosixview.*.metainfo.xml >/dev/null || fail "metainfo"
for s in scalable 48x48 128x128; do
    [ "$(ls /usr/share/icons/hicolor/$s/apps/openmosix*.* | wc -l)" = 5 ] || fail "icons $s"
done
# The service: its user, a unit systemd accepts, and how exposed it is.
getent passwd openmosixview >/dev/null || fail "no openmosixview system user"
systemd-analyze verify /lib/systemd/system/openmosixcollector.service || fail "systemd-analyze verify"
systemd-analyze security --offline=true /lib/systemd/system/openmosixcollector.service | tail -1

# Removed: nothing of the packages is left.
$sudo apt-get remove -y -qq openmosixview openmosixview-collector openmosixview-sim >/dev/null
for p in openmosixview openmosixview-collector openmosixview-sim; do
    ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "^install ok" || fail "$p still installed"
done
left=$(ls /usr/bin/openmosix* /usr/bin/omsim /usr/libexec/openmosixview /usr/share/applications/org.openmosixview.* \
    /usr/share/man/man1/openmosix* /lib/systemd/system/openmosixcollector.service 2>/dev/null || true)
[ -z "$left" ] || fail "left behind: $left"
# Purged: the system user goes too; the history in /var/lib/openmosixview would stay (the
# admin's data), and there is none here.
$sudo apt-get purge -y -qq openmosixview-collector >/dev/null
! getent passwd openmosixview >/dev/null || fail "the system user is left after purge"
echo "package-test: ok"

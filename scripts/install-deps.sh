#!/usr/bin/env bash
# Installs the Debian packages the suite needs to build, run and test; skips what is there.
set -euo pipefail
packages=(g++ cmake make pkg-config qtbase5-dev libqt5svg5-dev qttools5-dev qttools5-dev-tools qttranslations5-l10n libssh-dev zlib1g-dev openssh-server openssh-client procps libfuse3-dev fuse3 libsqlite3-dev
    fonts-dejavu-core # a font for the windows the tests draw offscreen
    poppler-utils # pdftotext and pdftoppm: the tests read the reports they make
    lintian desktop-file-utils appstream sqlite3 man-db # the packaging test checks the .debs and the installed suite
    zsh bash-completion # tst_ctl loads openmosixctl's completion in both shells
    debootstrap debian-archive-keyring qemu-system-x86 qemu-utils # the VM cluster of real kernels (scripts/vm-cluster.sh)
    prometheus) # promtool: tst_metrics checks the collector's /metrics with it (the server is not started)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# No service a package brings (prometheus') is started by installing it: policy-rc.d says no,
# for this install only, unless the machine has its own policy.
policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
fi
status=0
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || status=$?
[ -z "$policy" ] || $sudo rm -f "$policy"
exit $status

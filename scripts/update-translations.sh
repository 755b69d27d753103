#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (lupdate): new strings appear unfinished,
# strings no longer used are dropped. Translate them with Qt Linguist (or by hand), then build:
# the .qm files are made by the build and built into the windows.
set -euo pipefail
cd "$(dirname "$0")/.."
# The windows and what they show from the core; the collector's log stays English (journals,
# bug reports).
QT_SELECT=5 lupdate -no-obsolete -locations relative app procs migmon analyzer history common \
    -ts translations/openmosixview_pl.ts translations/openmosixview_de.ts
# English needs only its plural forms ("%n node(s)" → "1 node", "2 nodes"), filled by a script.
QT_SELECT=5 lupdate -no-obsolete -pluralonly -locations relative app procs migmon analyzer history common \
    -ts translations/openmosixview_en.ts
scripts/english-plurals.py translations/openmosixview_en.ts

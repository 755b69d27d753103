#!/usr/bin/env python3
"""Fills the English plural catalogue (lupdate -pluralonly): "%n node(s)" becomes "%n node" and
"%n nodes", "%n process(es)" "%n process" and "%n processes" (only the word after %n). Every
form is made again each run (the catalogue is this script's); a source it cannot read stays
unfinished, and tst_translations names it."""
import re
import sys
import xml.etree.ElementTree as ET

# Sources written in the plural already: their singular.
HAND = {
    "Migrator — %n processes": ("Migrator — %n process", "Migrator — %n processes"),
    "%n selected processes: every action goes to each of them": (
        "%n selected process: every action goes to it",
        "%n selected processes: every action goes to each of them",
    ),
    "… %n more": ("… %n more", "… %n more"),
    " · %n pending": (" · %n pending", " · %n pending"),
    "Every node of the cluster (%n nodes): each switch you change is sent to all": (
        "Every node of the cluster (%n node): each switch you change is sent to it",
        "Every node of the cluster (%n nodes): each switch you change is sent to all",
    ),
    "Cluster (%n up)": ("Cluster (%n up)", "Cluster (%n up)"),
}

path = sys.argv[1]
raw = open(path, encoding="utf-8").read()
tree = ET.parse(path)
left = 0
for m in tree.getroot().iter("message"):
    if m.get("numerus") != "yes":
        continue
    source = m.find("source").text or ""
    tr = m.find("translation")
    # Only the word the count names: in "%n point(s) per line · %3 node(s)" the nodes are
    # another number, and keep their "(s)".
    counted = r"(%n \w+)\((e?s)\)"
    if source in HAND:
        one, other = HAND[source]
    elif re.search(counted, source):
        one = re.sub(counted, r"\1", source)
        other = re.sub(counted, r"\1\2", source)
    else:
        if tr.get("type") == "unfinished":
            left += 1
        continue
    for f in list(tr):
        tr.remove(f)
    tr.text = None
    for text in (one, other):
        ET.SubElement(tr, "numerusform").text = text
    tr.attrib.pop("type", None)
header = raw[: raw.index("<TS")]
open(path, "w", encoding="utf-8").write(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n")
if left:
    print(f"{path}: {left} plural source(s) without (s)/(es): translate by hand", file=sys.stderr)

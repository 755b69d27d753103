#!/usr/bin/env python3
# Seeds for the history channel's fuzz target (selector 14, scripts/fuzz.sh): an answer of node
# rows as the serve sends it (historywire.h, protocol 2) — once small enough to go as it is, once
# compressed in two pieces — so the fuzzer starts from frames that read, not from text.
import struct, zlib

def frame(kind, rid, body):
    return struct.pack(">IBQ", 1 + 8 + len(body), ord(kind), rid) + body

def rows(nodes, points):
    out = b""
    for n in range(1, nodes + 1):
        block = b"".join(struct.pack(">q8di2dq", 1769212800000 + i * 5000, 10.0 * n, 5.0, 20.0, 4e9, 3e9, 5e9,
                                     8e9, 1.0, 1, 0.0, -1.0, 0) for i in range(points))
        out += struct.pack(">BiI", 1, n, points) + block
    return out + b"\0"

small = rows(2, 3)
open("history-rows-stored.bin", "wb").write(frame("E", 7, struct.pack(">Q", len(small) | 1 << 63) + small))
big = rows(4, 60)
packed = zlib.compress(big, 1)
half = len(packed) // 2
open("history-rows-deflated.bin", "wb").write(
    frame("P", 8, packed[:half]) + frame("E", 8, struct.pack(">Q", len(big)) + packed[half:]))

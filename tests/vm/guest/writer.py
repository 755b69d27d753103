# The benchmark's process: argv[1] MiB resident, one byte of a page written every 10 ms so
# that about argv[2] KiB of pages a second are written (bench_migrate). argv[3]: "scattered"
# (default: a random page each time — with transparent huge pages, a random 2 MiB page) or
# "sequential" (the pages in turn, as a ring buffer or a log fills its memory).
import os, random, sys, time
size = int(sys.argv[1]) << 20
rate = int(sys.argv[2]) << 10  # bytes of pages dirtied per second
sequential = len(sys.argv) > 3 and sys.argv[3] == "sequential"
data = bytearray(size)
for i in range(0, size, 4096):
    data[i] = 1
pages = size // 4096
per_tick = max(1, rate // 4096 // 100)
n = 0
page = 0
while True:
    for _ in range(per_tick):
        if sequential:
            page = (page + 1) % pages
        else:
            page = random.randrange(pages)
        data[page * 4096] = n & 255
    n += 1
    time.sleep(0.01)

# The stateful process: a count that goes on (20 a second) and 64 MiB of data whose bytes are
# i mod 251; on SIGUSR1 it writes "count start checksum host" to /tmp/omv-report.PID of the node
# it runs on. Its start (wall clock at launch) tells a restart from a process that went on.
import hashlib, os, signal, sys, time
size = int(sys.argv[1]) << 20
data = bytearray((bytes(range(251)) * (size // 251 + 1))[:size])
start = time.time()
count = 0
def report(sig, frame):
    path = "/tmp/omv-report.%d" % os.getpid()
    with open(path + ".tmp", "w") as f:
        f.write("%d %r %s %s\n" % (count, start, hashlib.sha256(data).hexdigest(), os.uname().nodename))
    os.rename(path + ".tmp", path)
signal.signal(signal.SIGUSR1, report)
while True:
    count += 1
    time.sleep(0.05)

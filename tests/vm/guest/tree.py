# A parent with two children, all asleep; the children's pids in /tmp/omv-tree.PID.
import os, time
kids = []
for i in range(2):
    pid = os.fork()
    if pid == 0:
        while True:
            time.sleep(1)
    kids.append(pid)
with open("/tmp/omv-tree.%d" % os.getpid(), "w") as f:
    f.write(" ".join(map(str, kids)))
while True:
    time.sleep(1)

# Starts a program in a session of its own, detached, and prints its pid: the VM-side launcher
# (a python one: the pid a process gets can be chosen through ns_last_pid before the fork).
import os, sys
want = int(sys.argv[1])
if want > 0:
    with open("/proc/sys/kernel/ns_last_pid", "w") as f:
        f.write(str(want - 1))
pid = os.fork()
if pid == 0:
    os.setsid()
    fd = os.open("/dev/null", os.O_RDWR)
    for i in range(3):
        os.dup2(fd, i)
    os.execvp(sys.argv[2], sys.argv[2:])
print(pid)

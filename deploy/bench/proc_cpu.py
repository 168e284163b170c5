# CPU time of processes from /proc, for the bench scripts (Linux only).
import os, subprocess, time

TICK = os.sysconf("SC_CLK_TCK")

def pids(pattern):
    """Processes whose command line matches the pattern (pgrep -f)."""
    out = subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True).stdout.split()
    return [int(p) for p in out]

def _stat(pid):
    return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()

def cpu(ps):
    """User and system seconds the living processes spent so far."""
    total = 0
    for p in ps:
        try:
            f = _stat(p)
            total += int(f[11]) + int(f[12])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total / TICK

def children(pid):
    """The living children of a process."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if int(_stat(entry)[1]) == pid:
                    found.append(int(entry))
            except (FileNotFoundError, ProcessLookupError):
                pass
    return found

def family_cpu(pid):
    """A process, its reaped children (cutime, cstime) and its living children: PostgreSQL with all its backends."""
    f = _stat(pid)
    return (int(f[11]) + int(f[12]) + int(f[13]) + int(f[14])) / TICK + cpu(children(pid))

def machine_busy(seconds):
    """The share of all the machine's cores that was busy over the next `seconds` (from /proc/stat)."""
    def ticks():
        fields = [int(x) for x in open("/proc/stat").readline().split()[1:]]
        return sum(fields), fields[3] + fields[4]  # idle and iowait count as not busy
    total_before, idle_before = ticks()
    time.sleep(seconds)
    total_after, idle_after = ticks()
    return 1 - (idle_after - idle_before) / max(1, total_after - total_before)

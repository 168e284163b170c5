# Opens N idle live streams (SSE) on a running local stack and prints the CPU notify-service and PostgreSQL spend on
# them over a window, from /proc, and notify-service's resident memory with them open. Used by idle-streams-bench.sh;
# python3 idle-streams.py OFFSET STREAMS SECONDS
import json, sys, threading, time, urllib.request, http.client, os, subprocess
# With --hold SECONDS after them it only keeps the streams open that long (for another probe to run meanwhile).
offset, n, window = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
hold = int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--hold" else None
def token(sub):
    req = urllib.request.Request(f"http://localhost:{8090+offset}/token", data=json.dumps({"sub": sub, "roles": ["staff"], "district": "etdz"}).encode(), headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))["access_token"]
tok = token("idle.reader")
conns = []
def open_stream():
    c = http.client.HTTPConnection("localhost", 8083 + offset, timeout=600)
    c.request("GET", "/api/v1/notifications/stream", headers={"Authorization": "Bearer " + tok, "Accept": "text/event-stream"})
    r = c.getresponse()
    assert r.status == 200, r.status
    conns.append((c, r))
    def drain():
        try:
            while r.read1(1024): pass
        except Exception: pass
    threading.Thread(target=drain, daemon=True).start()
for i in range(n): open_stream()
if hold is not None:
    print(f"{n} streams open", flush=True)
    time.sleep(hold)
    sys.exit(0)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from proc_cpu import pids, cpu
notify = pids(f"notify-service/target/quarkus-app")
pg = pids("postgres")
# the streams' first minute is the JIT compilers' too: measured from 30 s after they opened
time.sleep(30)
a, b = cpu(notify), cpu(pg)
time.sleep(window)
a2, b2 = cpu(notify), cpu(pg)
print(f"{n} idle streams over {window} s: notify-service {100*(a2-a)/window:.1f} % of a core, PostgreSQL {100*(b2-b)/window:.1f} %")
def resident(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
print(f"notify-service resident with {n} streams open: {', '.join(str(resident(p)) + ' MB' for p in notify)}")

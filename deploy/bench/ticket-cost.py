# What one ticket costs the whole stack: POST /tickets at a fixed concurrency on a running bench stack, and over the
# run (until notify-service has stored every ticket's team notification) the CPU of each process from /proc and the
# commits of each database from pg_stat_database, per ticket; then how long notify-service took to catch up after
# the load stopped. Used by ticket-cost-bench.sh:
# python3 ticket-cost.py OFFSET DATA_DIR TOKEN PROJECT CONCURRENCY TICKETS
import os, subprocess, sys, time, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from proc_cpu import pids, cpu, family_cpu
offset, data_dir, token, project, concurrency, tickets = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
offset = int(offset)

groups = {
    "assist-service": pids("assist-service/target/quarkus-app"),
    "notify-service": pids("notify-service/target/quarkus-app"),
    "project-service": pids("project-service/target/quarkus-app"),
    "Kafka and the launcher": pids("local-stack.jar"),
}
# PostgreSQL's backends do not carry the data directory in their command line; its postmaster does: take its children
postmasters = [p for p in pids("postgres") if data_dir.encode() in open(f"/proc/{p}/cmdline", "rb").read()]
def psql(db, sql):
    return subprocess.run(["psql", "-h", "localhost", "-p", str(5432 + offset), "-U", "postgres", "-d", db, "-Atc", sql],
                          capture_output=True, text=True, env={**os.environ, "PGPASSWORD": "postgres"}, check=True).stdout.strip()

def commits():
    rows = psql("postgres", "select datname, xact_commit from pg_stat_database where datname like '%_service'")
    return {r.split("|")[0]: int(r.split("|")[1]) for r in rows.splitlines()}

def snapshot():
    # backends come and go: the postgres figure is the whole family's time, counted from the postmaster's
    # cumulative children time plus the living ones
    s = {name: cpu(ps) for name, ps in groups.items()}
    s["PostgreSQL"] = sum(family_cpu(p) for p in postmasters)
    return s

def stored_new_tickets(since):
    return int(psql("notify_service", f"select count(*) from notification where kind = 'NEW_TICKET' and created_at >= '{since}'"))

body = json.dumps({"projectId": project, "category": "STAFFING", "title": "bench 招工", "description": "需要200名产线工人"}, ensure_ascii=False)
# warm-up, unmeasured: the JIT compilers and the pools settle
subprocess.run(["java", "-cp", "deploy/bench/target/bench.jar", "cn.zhaoshang.bench.LoadProbe", "--post=" + body, token,
                str(concurrency), "2000", f"http://localhost:{8082 + offset}/api/v1/tickets"], check=True, capture_output=True)
time.sleep(5)
since = psql("notify_service", "select now()")
before, commits_before = snapshot(), commits()
load_before = os.times()
started = time.time()
out = subprocess.run(["java", "-cp", "deploy/bench/target/bench.jar", "cn.zhaoshang.bench.LoadProbe", "--post=" + body, token,
                      str(concurrency), str(tickets), f"http://localhost:{8082 + offset}/api/v1/tickets"],
                     check=True, capture_output=True, text=True).stdout
load_stopped = time.time()
load_after = os.times()
# LoadProbe's own warm-up is a fifth of the requests: count what it sent in all
sent = tickets + min(2000, tickets // 5)
while stored_new_tickets(since) < sent and time.time() - load_stopped < 120:
    time.sleep(0.05)
caught_up = time.time() - load_stopped
after, commits_after = snapshot(), commits()
print(out.strip())
print(f"notify-service had stored every ticket's team notification {caught_up:.2f} s after the load stopped"
      f" ({stored_new_tickets(since)} of {sent})")
load_cpu = (load_after.children_user + load_after.children_system) - (load_before.children_user + load_before.children_system)
total = 0.0
print(f"CPU per ticket over {sent} tickets ({load_stopped - started:.1f} s of load):")
for name in after:
    ms = 1000 * (after[name] - before[name]) / sent
    total += ms
    print(f"  {name:<24} {ms:6.2f} ms")
ms = 1000 * load_cpu / sent
total += ms
print(f"  {'load generator':<24} {ms:6.2f} ms")
print(f"  {'all together':<24} {total:6.2f} ms")
print("commits per ticket: " + ", ".join(f"{db} {(commits_after[db] - commits_before.get(db, 0)) / sent:.2f}"
                                         for db in sorted(commits_after)))

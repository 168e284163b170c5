# What one ticket costs the whole stack: POST /tickets at a fixed concurrency on a running bench stack, and over the
# run (until notify-service has stored every ticket's team notification) the CPU of each process from /proc and the
# commits of each database from pg_stat_database, per ticket; then how long notify-service took to catch up after
# the load stopped; last, how fast notify-service works through a backlog on its own. Used by ticket-cost-bench.sh:
# python3 ticket-cost.py OFFSET DATA_DIR TOKEN PROJECT CONCURRENCY TICKETS [SPREAD_TOKEN SPREAD_PROJECTS]
# With SPREAD_TOKEN (an admin's) and SPREAD_PROJECTS (comma-separated ids), the measured run is repeated with the
# tickets spread over those projects in turn.
import os, signal, subprocess, sys, time, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from proc_cpu import pids, cpu, family_cpu
offset, data_dir, token, project, concurrency, tickets = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
offset = int(offset)
spread_token, spread_projects = (sys.argv[7], sys.argv[8].split(",")) if len(sys.argv) > 8 else (None, [])

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

def latest_notification():
    return int(psql("notify_service", "select coalesce(max(seq), 0) from notification"))

def stored_new_tickets(since):
    # a range of the sequence's index: counting by creation time read the whole table (50 ms at 100,000 rows) on
    # every poll while the CPU was being measured
    return int(psql("notify_service", f"select count(*) from notification where seq > {since} and kind = 'NEW_TICKET'"))

def body(project_id):
    return json.dumps({"projectId": project_id, "category": "STAFFING", "title": "bench 招工", "description": "需要200名产线工人"},
                      ensure_ascii=False)

def post(n, as_token=token, projects=(project,)):
    return subprocess.run(["java", "-cp", "deploy/bench/target/bench.jar", "cn.zhaoshang.bench.LoadProbe"]
                          + ["--post=" + body(p) for p in projects] + [as_token,
                           str(concurrency), str(n), f"http://localhost:{8082 + offset}/api/v1/tickets"],
                          check=True, capture_output=True, text=True).stdout

def measured(n, as_token=token, projects=(project,)):
    """Posts n tickets (and LoadProbe's own warm-up, a fifth more) and waits until notify-service stored them all."""
    since = latest_notification()
    before, commits_before = snapshot(), commits()
    load_before = os.times()
    started = time.time()
    out = post(n, as_token, projects)
    load_stopped = time.time()
    load_after = os.times()
    sent = n + min(2000, n // 5)
    while stored_new_tickets(since) < sent and time.time() - load_stopped < 120:
        time.sleep(0.05)
    caught_up = time.time() - load_stopped
    after, commits_after = snapshot(), commits()
    per_ticket = {name: 1000 * (after[name] - before[name]) / sent for name in after}
    per_ticket["load generator"] = 1000 * ((load_after.children_user + load_after.children_system)
                                           - (load_before.children_user + load_before.children_system)) / sent
    per_commit = {db: (commits_after[db] - commits_before.get(db, 0)) / sent for db in commits_after}
    return out.strip(), sent, load_stopped - started, caught_up, stored_new_tickets(since), per_ticket, per_commit

# Warm-up, unmeasured: the JIT compilers go on compiling for minutes on two shared cores (in a profile of the first
# 6,000 tickets as much CPU went to compiling as to serving), so rounds run until the services' CPU per ticket
# settles (within 10 % of the round before, at most eight rounds); a figure taken earlier measures the compilers.
previous = None
for round_number in range(1, 9):
    out, sent, _, _, _, per_ticket, _ = measured(4000)
    services = per_ticket["assist-service"] + per_ticket["notify-service"]
    print(f"warm-up round {round_number}: {out.split(',')[2].strip()}, assist-service and notify-service {services:.2f} ms a ticket")
    if previous is not None and abs(previous - services) <= 0.1 * previous:
        break
    previous = services
time.sleep(5)

def report(result):
    out, sent, load_seconds, caught_up, stored, per_ticket, per_commit = result
    print(out)
    print(f"notify-service had stored every ticket's team notification {caught_up:.2f} s after the load stopped ({stored} of {sent})")
    print(f"CPU per ticket over {sent} tickets ({load_seconds:.1f} s of load):")
    for name, ms in per_ticket.items():
        print(f"  {name:<24} {ms:6.2f} ms")
    print(f"  {'all together':<24} {sum(per_ticket.values()):6.2f} ms")
    print("commits per ticket: " + ", ".join(f"{db} {per_commit[db]:.2f}" for db in sorted(per_commit)))
    return sent

# Every ticket on one project is the relay's worst case: one project's events go out one at a time, each after
# Kafka acknowledged the one before, so every ticket is a produce request of its own and a small consumer batch.
sent = report(measured(tickets))
if spread_projects:
    print(f"-- the same, the tickets spread over {len(spread_projects)} projects in turn (posted by an admin)")
    report(measured(tickets, spread_token, spread_projects))

# At full speed the services share two cores, so notify-service's lag says as much about the scheduler as about the
# consumer. Its own pace: paused (SIGSTOP, well inside the consumer's session timeout) while the tickets are posted,
# then resumed with nothing else running; the consumer then takes full batches.
notify = groups["notify-service"]
since = latest_notification()
for p in notify:
    os.kill(p, signal.SIGSTOP)
try:
    post(tickets)
finally:
    for p in notify:
        os.kill(p, signal.SIGCONT)
resumed, notify_cpu = time.time(), cpu(notify)
while stored_new_tickets(since) < sent and time.time() - resumed < 180:
    time.sleep(0.05)
drained = time.time() - resumed
print(f"notify-service alone worked through a backlog of {stored_new_tickets(since)} tickets in {drained:.2f} s: "
      f"{sent / drained:.0f} events/s, {1000 * (cpu(notify) - notify_cpu) / sent:.2f} ms of its CPU per event")

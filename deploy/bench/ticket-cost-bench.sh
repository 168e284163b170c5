#!/usr/bin/env bash
# What a ticket costs and how fast the stack answers, in one run on a stack of its own (ports +11000):
#  1. baseline: pgbench doing one submission's inserts (ticket, timeline entry, outbox row written as published, so the
#     relay leaves it) while the services are idle; then, beside it, the transaction assist-service sends for one
#     submission (project and calendar reads, the four inserts and the commit, each a prepared statement of its own), so
#     the run shows how much of the baseline the request's own round trips leave before any Java, Kafka or consumer work;
#  2. warm-up rounds until the CPU per ticket settles, then POST /tickets at a fixed concurrency: throughput and
#     latency, CPU per ticket per process (/proc), commits per ticket per database (pg_stat_database), and how long
#     notify-service took to catch up after the load stopped; all on one project (its events go out one at a time),
#     then the same spread over every project of the demo;
#  3. POST -> a team member's live stream at 40 and at 100 tickets/s while 1,000 other streams are open;
#  4. those 1,000 streams idle: notify-service's and PostgreSQL's CPU;
#  5. 1,000 streams of the team member: how soon one new notification reaches the first and the last of them.
# Prints figures; never part of the tests. Needs pgbench and psql (Debian: postgresql-client) and python3.
# Usage: deploy/bench/ticket-cost-bench.sh [CONCURRENCY] [TICKETS] [STREAMS]
set -euo pipefail
concurrency="${1:-8}"
tickets="${2:-6000}"
streams="${3:-1000}"
command -v pgbench >/dev/null && command -v psql >/dev/null || { echo "pgbench and psql are needed: apt-get install postgresql-client"; exit 1; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bench-stack.sh"
enterprise=$(token "$tongling_enterprise")
member=$(token '{"sub":"zhang.wei","roles":["staff"],"district":"etdz"}')
project=$(tongling_project)
admin=$(token '{"sub":"bench","roles":["admin"]}')
# every project of the demo, for the same run with the tickets spread over them
all_projects=$(curl -s -H "Authorization: Bearer $admin" "http://localhost:$((8081 + offset))/api/v1/projects?size=100" \
  | python3 -c 'import json, sys; print(",".join(p["id"] for p in json.load(sys.stdin)["items"] if p["stage"] != "TERMINATED"))')

echo "== 1. baseline: pgbench, one submission's inserts per transaction, $concurrency clients, 20 s, services idle"
baseline=$(PGPASSWORD=postgres pgbench -n -h localhost -p $((5432 + offset)) -U postgres -c "$concurrency" -j 2 -T 20 \
  -D project="'$project'" -f "$here/ticket-inserts.sql" assist_service)
grep -E "^(tps|latency)" <<< "$baseline"
echo "-- the same submission as assist-service's transaction: 2 reads, 4 inserts, commit; prepared, services idle"
statements=$(PGPASSWORD=postgres pgbench -n -M prepared -h localhost -p $((5432 + offset)) -U postgres -c "$concurrency" \
  -j 2 -T 20 -D project="$project" -f "$here/ticket-transaction.sql" assist_service)
grep -E "^(tps|latency)" <<< "$statements"
tps() { sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<< "$1"; }
python3 -c "import sys; b, s = map(float, sys.argv[1:]); print(f'  {100 * s / b:.0f} % of the baseline; a third of the baseline is {b / 3:.0f} req/s')" \
  "$(tps "$baseline")" "$(tps "$statements")"

echo "== 2. POST /tickets, $concurrency concurrent, $tickets tickets (project $project)"
python3 "$here/ticket-cost.py" "$offset" "$bench_data" "$enterprise" "$project" "$concurrency" "$tickets" "$admin" "$all_projects"

echo "== 3. POST -> zhang.wei's live stream with $streams other streams open"
python3 "$here/idle-streams.py" "$offset" "$streams" 0 --hold 400 &
holder=$!
sleep 20
for rate in 40 100; do
  echo "-- $rate tickets/s"
  java -cp deploy/bench/target/bench.jar cn.zhaoshang.bench.NotifyLatencyProbe \
    "http://localhost:$((8082 + offset))/api/v1/tickets" "http://localhost:$((8083 + offset))/api/v1/notifications/stream" \
    "$enterprise" "$member" "$project" "$rate" 10 30
done
kill $holder 2>/dev/null || true
wait $holder 2>/dev/null || true

echo "== 4. $streams idle streams"
python3 "$here/idle-streams.py" "$offset" "$streams" 20

echo "== 5. one notification to $streams open streams of the team member, 20 times"
python3 "$here/stream-fanout.py" "$offset" "$enterprise" "$project" "$streams" 20
echo "== start-up as the stack logged it (first start on a fresh database: migrations and demo data included)"
for service in project-service assist-service notify-service; do
  echo "  $service: $(grep -ho 'started in [0-9.]*s' "$bench_data/logs/$service.log" | head -1)"
done
echo "== resident memory after the run (VmHWM peak, VmRSS now)"
for service in project-service assist-service notify-service; do
  pid=$(pgrep -f "$service/target/quarkus-app" | head -1)
  echo "  $service: peak $(awk '/VmHWM/ {printf "%d MB", $2/1024}' /proc/$pid/status), now $(awk '/VmRSS/ {printf "%d MB", $2/1024}' /proc/$pid/status)"
done

echo "== a service started alone on the warm database, three times each: from launch until it answers an authenticated request"
# A start measured while the stack still works after the load (the demo team's e-mails, PostgreSQL's autovacuum, the
# compilers) would measure that too: wait (at most two minutes) until the machine is quiet, and say how long it took.
python3 - "$here" <<'PY'
import sys, time
sys.path.insert(0, sys.argv[1])
from proc_cpu import machine_busy
waited = time.time()
busy = machine_busy(2)
while busy > 0.10 and time.time() - waited < 120:
    busy = machine_busy(2)
print(f"  the machine {'quiet' if busy <= 0.10 else 'still busy'} after {time.time() - waited:.0f} s: {100 * busy:.0f} % of its cores busy")
PY
for service in assist-service:8082:sla-policies project-service:8081:districts notify-service:8083:notifications; do
  IFS=: read -r name port path <<< "$service"
  # the stack's own process gives the command line; each attempt then starts it as this script's child, and stops it
  pid=$(pgrep -f "$name/target/quarkus-app" | head -1)
  mapfile -d '' environment < /proc/$pid/environ
  mapfile -d '' command < /proc/$pid/cmdline
  directory=$(readlink /proc/$pid/cwd)
  kill $pid; while kill -0 $pid 2>/dev/null; do sleep 0.1; done
  for attempt in 1 2 3; do
    sleep 1
    started=$(date +%s%N)
    (cd "$directory" && exec env -i "${environment[@]}" "${command[@]}" > "$bench_data/$name-alone.log" 2>&1) &
    alone=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin" "http://localhost:$((port + offset))/api/v1/$path")" = 200 ]; do
      kill -0 $alone 2>/dev/null || { echo "  $name did not start"; break; }
      sleep 0.05
    done
    echo "  $name: $(( ($(date +%s%N) - started) / 1000000 )) ms ($(grep -ho 'started in [0-9.]*s' "$bench_data/$name-alone.log" | head -1) by its own count)"
    kill $alone 2>/dev/null || true; wait $alone 2>/dev/null || true
  done
done

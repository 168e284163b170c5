#!/usr/bin/env bash
# POST /tickets on assist-service under load, against a pgbench baseline doing the same inserts on the same
# database. Starts its own stack with the demo data on shifted ports (+30000) in a temporary directory and
# stops it afterwards. Prints figures; never part of the tests. Needs pgbench (Debian: postgresql-client).
# Usage: deploy/bench/assist-bench.sh [CONCURRENCY] [REQUESTS]
set -euo pipefail
concurrency="${1:-8}"
requests="${2:-4000}"
command -v pgbench >/dev/null || { echo "pgbench is needed for the baseline: apt-get install postgresql-client"; exit 1; }
source "$(dirname "${BASH_SOURCE[0]}")/bench-stack.sh"
enterprise=$(token "$tongling_enterprise")
project=$(tongling_project)
body="{\"projectId\":\"$project\",\"category\":\"STAFFING\",\"title\":\"bench 招工\",\"description\":\"需要200名产线工人\"}"
echo "== POST /tickets on assist-service (project $project), $concurrency concurrent"
java -cp deploy/bench/target/bench.jar cn.zhaoshang.bench.LoadProbe "--post=$body" "$enterprise" "$concurrency" "$requests" \
  "http://localhost:$((8082 + offset))/api/v1/tickets"
echo "== baseline: pgbench, the same three inserts per transaction, $concurrency clients, 20 s"
PGPASSWORD=postgres pgbench -n -h localhost -p $((5432 + offset)) -U postgres -c "$concurrency" -j 2 -T 20 \
  -D project="'$project'" -f deploy/bench/ticket-inserts.sql assist_service | grep -E "^(tps|latency)"

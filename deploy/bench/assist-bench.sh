#!/usr/bin/env bash
# POST /tickets on assist-service under load, against a pgbench baseline doing the same inserts on the same
# database. Starts its own stack with the demo data on shifted ports (+30000) in a temporary directory and
# stops it afterwards. Prints figures; never part of the tests. Needs pgbench (Debian: postgresql-client).
# Usage: deploy/bench/assist-bench.sh [CONCURRENCY] [REQUESTS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
concurrency="${1:-8}"
requests="${2:-4000}"
command -v pgbench >/dev/null || { echo "pgbench is needed for the baseline: apt-get install postgresql-client"; exit 1; }
offset=30000
data="$(mktemp -d)"
./mvnw -q -B install -DskipTests
java -jar deploy/local/target/local-stack.jar --root "$root" --data-dir "$data" --port-offset $offset > "$data/stack.out" 2>&1 &
stack=$!
trap 'kill $stack 2>/dev/null; wait $stack 2>/dev/null; rm -rf "$data"' EXIT
until grep -q READY "$data/stack.out"; do
  kill -0 $stack 2>/dev/null || { cat "$data/stack.out"; exit 1; }
  sleep 2
done
token() {
  curl -s -X POST "http://localhost:$((8090 + offset))/token" -H 'Content-Type: application/json' -d "$1" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
admin=$(token '{"sub":"bench","roles":["admin"]}')
enterprise=$(token '{"sub":"tongling","roles":["enterprise"],"enterprise":"91320800MA20TL004Y"}')
project=$(curl -s -H "Authorization: Bearer $admin" \
  "http://localhost:$((8081 + offset))/api/v1/projects?q=%E6%8E%A5%E7%BA%BF%E7%9B%92" \
  | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4)
body="{\"projectId\":\"$project\",\"category\":\"STAFFING\",\"title\":\"bench 招工\",\"description\":\"需要200名产线工人\"}"
echo "== POST /tickets on assist-service (project $project), $concurrency concurrent"
java -cp deploy/bench/target/bench.jar cn.zhaoshang.bench.LoadProbe "--post=$body" "$enterprise" "$concurrency" "$requests" \
  "http://localhost:$((8082 + offset))/api/v1/tickets"
echo "== baseline: pgbench, the same three inserts per transaction, $concurrency clients, 20 s"
PGPASSWORD=postgres pgbench -n -h localhost -p $((5432 + offset)) -U postgres -c "$concurrency" -j 2 -T 20 \
  -D project="'$project'" -f deploy/bench/ticket-inserts.sql assist_service | grep -E "^(tps|latency)"

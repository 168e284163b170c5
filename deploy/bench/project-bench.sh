#!/usr/bin/env bash
# project-service at scale: 100,000 projects, then the filtered list and the progress stats under load.
# Starts its own stack on shifted ports (+30000) in a temporary directory and stops it afterwards.
# Prints figures; never part of the tests. Usage: deploy/bench/project-bench.sh [PROJECTS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
projects="${1:-100000}"
offset=30000
data="$(mktemp -d)"
./mvnw -q -B install -DskipTests
java -jar deploy/local/target/local-stack.jar --root "$root" --data-dir "$data" --port-offset $offset --no-demo > "$data/stack.out" 2>&1 &
stack=$!
trap 'kill $stack 2>/dev/null; wait $stack 2>/dev/null; rm -rf "$data"' EXIT
until grep -q READY "$data/stack.out"; do
  kill -0 $stack 2>/dev/null || { cat "$data/stack.out"; exit 1; }
  sleep 2
done
cp="deploy/bench/target/bench.jar"
java -cp "$cp" cn.zhaoshang.bench.ProjectDataGenerator "jdbc:postgresql://localhost:$((5432 + offset))/project_service" "$projects"
token=$(curl -s -X POST "http://localhost:$((8090 + offset))/token" -H 'Content-Type: application/json' \
  -d '{"sub":"bench","roles":["admin"]}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
api="http://localhost:$((8081 + offset))/api/v1"
for concurrency in 1 4; do
  echo "== filtered list, one query shape at a time, $concurrency concurrent"
  for query in "district=lianshui&stage=SIGNED" \
               "tier=YI_10_TO_50&category=HIGH_TECH&sort=-totalInvestment" \
               "q=bench%E9%A1%B9%E7%9B%AE4242" \
               "district=etdz&page=20&size=50"; do
    printf '%-60s ' "$query"
    java -cp "$cp" cn.zhaoshang.bench.LoadProbe "$token" "$concurrency" 1000 "$api/projects?$query"
  done
done
echo "== filtered list, the four shapes mixed, 8 concurrent"
java -cp "$cp" cn.zhaoshang.bench.LoadProbe "$token" 8 4000 \
  "$api/projects?district=lianshui&stage=SIGNED" \
  "$api/projects?tier=YI_10_TO_50&category=HIGH_TECH&sort=-totalInvestment" \
  "$api/projects?q=bench%E9%A1%B9%E7%9B%AE4242" \
  "$api/projects?district=etdz&page=20&size=50"
echo "== progress stats, first (uncached) request"
curl -s -o /dev/null -w "%{time_total} s\n" -H "Authorization: Bearer $token" "$api/stats/progress?year=2026&asOf=2026-11-22"
echo "== progress stats for 2026, 4 concurrent"
java -cp "$cp" cn.zhaoshang.bench.LoadProbe "$token" 4 400 "$api/stats/progress?year=2026&asOf=2026-11-23"

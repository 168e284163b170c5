#!/usr/bin/env bash
# project-service at scale: 100,000 projects, then the filtered list and the progress stats under load.
# Starts its own stack on shifted ports (+11000) in a temporary directory and stops it afterwards.
# Prints figures; never part of the tests. Usage: deploy/bench/project-bench.sh [PROJECTS]
set -euo pipefail
projects="${1:-100000}"
launcher_options=--no-demo
source "$(dirname "${BASH_SOURCE[0]}")/bench-stack.sh"
cp="deploy/bench/target/bench.jar"
java -cp "$cp" cn.zhaoshang.bench.ProjectDataGenerator "jdbc:postgresql://localhost:$((5432 + offset))/project_service" "$projects"
admin=$(token '{"sub":"bench","roles":["admin"]}')
api="http://localhost:$((8081 + offset))/api/v1"
for concurrency in 1 4; do
  echo "== filtered list, one query shape at a time, $concurrency concurrent"
  for query in "district=lianshui&stage=SIGNED" \
               "tier=YI_10_TO_50&category=HIGH_TECH&sort=-totalInvestment" \
               "q=bench%E9%A1%B9%E7%9B%AE4242" \
               "district=etdz&page=20&size=50"; do
    printf '%-60s ' "$query"
    java -cp "$cp" cn.zhaoshang.bench.LoadProbe "$admin" "$concurrency" 1000 "$api/projects?$query"
  done
done
echo "== filtered list, the four shapes mixed, 8 concurrent"
java -cp "$cp" cn.zhaoshang.bench.LoadProbe "$admin" 8 4000 \
  "$api/projects?district=lianshui&stage=SIGNED" \
  "$api/projects?tier=YI_10_TO_50&category=HIGH_TECH&sort=-totalInvestment" \
  "$api/projects?q=bench%E9%A1%B9%E7%9B%AE4242" \
  "$api/projects?district=etdz&page=20&size=50"
echo "== progress stats, the very first request after start (code not yet compiled)"
curl -s -o /dev/null -w "%{time_total} s\n" -H "Authorization: Bearer $admin" "$api/stats/progress?year=2026&asOf=2026-11-22"
echo "== progress stats, first read after a change: a project under construction reports November, then the report is read"
started=$(curl -s -H "Authorization: Bearer $admin" "$api/projects?stage=CONSTRUCTION_STARTED&size=6" \
  | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4)
for project in $started; do
  curl -s -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"month":"2026-11","amount":"125.50"}' "$api/projects/$project/investment-reports"
  curl -s -o /dev/null -w "%{time_total} s\n" -H "Authorization: Bearer $admin" "$api/stats/progress?year=2026&asOf=2026-11-22"
done
echo "== progress stats for 2026, 4 concurrent"
java -cp "$cp" cn.zhaoshang.bench.LoadProbe "$admin" 4 400 "$api/stats/progress?year=2026&asOf=2026-11-23"

#!/usr/bin/env bash
# The ledger import and the .xlsx export at scale: a 10,000-row ledger (CSV, then the same as .xlsx) checked and
# imported, then 100,000 projects exported. Prints wall time and project-service's heap (in use, from /q/metrics, and
# its peak resident memory) next to the baseline of the idle service. Starts its own stack (+11000). Never part of the tests.
# Usage: deploy/bench/ledger-bench.sh [ROWS] [PROJECTS]
set -euo pipefail
rows="${1:-10000}"
projects="${2:-100000}"
launcher_options=--no-demo
source "$(dirname "${BASH_SOURCE[0]}")/bench-stack.sh"
cp="deploy/bench/target/bench.jar"
admin=$(token '{"sub":"bench","roles":["admin"]}')
api="http://localhost:$((8081 + offset))/api/v1"
metrics="http://localhost:$((9081 + offset))/q/metrics"
service_pid=$(pgrep -f "project-service/target/quarkus-app/quarkus-run.jar" | head -1)
# heap in use now (garbage included), and project-service's peak resident memory so far (VmHWM)
heap() {
  printf '%s in use, peak resident %s' \
    "$(curl -s "$metrics" | awk '/^jvm_memory_used_bytes\{area="heap"/ {sum += $NF} END {printf "%.0f MB", sum / 1048576}')" \
    "$(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$service_pid/status")"
}
work=$(mktemp -d)
wait_for() { # id status
  while :; do
    state=$(curl -s -H "Authorization: Bearer $admin" "$api/imports/$1")
    case "$state" in *"\"status\":\"$2\""*) echo "$state"; return ;; *'"status":"FAILED"'*) echo "$state"; exit 1 ;; esac
    sleep 0.2
  done
}
echo "== baseline: idle project-service heap $(heap)"
python3 - "$rows" > "$work/ledger.csv" <<'PY'
import sys
alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def code(n):
    body = "91320800MA%07d" % (5000000 + n)
    check = 31 - sum(alphabet.index(c) * w for c, w in zip(body, weights)) % 31
    return body + alphabet[0 if check == 31 else check]
print("项目名称,企业名称,统一社会信用代码,所属县区/园区,产业类别,项目类别,招引方式,总投资（万元）,协议投资（万元）,项目阶段,实际签约日期,计划开工日期,实际开工日期,项目长（账号）,包联领导（账号）")
districts = ["淮安经济技术开发区", "清江浦区", "淮安区", "淮阴区", "洪泽区", "涟水县", "盱眙县", "金湖县"]
for i in range(int(sys.argv[1])):
    started = i % 3 == 0
    print(f"台账项目{i},台账企业{i // 2},{code(i // 2)},{districts[i % 8]},光伏,工业项目,产业链招商,{1000 + i % 50000}.5,{1000 + i % 50000},"
          f"{'开工' if started else '签约'},2026-03-0{1 + i % 9},2026-10-01,{'2026-06-15' if started else ''},li.na,wang.jun")
PY
echo "== import of $rows rows (CSV, $(du -h "$work/ledger.csv" | cut -f1))"
start=$(date +%s.%N)
id=$(curl -s -H "Authorization: Bearer $admin" -F "file=@$work/ledger.csv" "$api/imports" | sed 's/.*"id":"\([^"]*\)".*/\1/')
uploaded=$(date +%s.%N)
wait_for "$id" CHECKED > /dev/null
checked=$(date +%s.%N)
curl -s -o /dev/null -X POST -H "Authorization: Bearer $admin" "$api/imports/$id/apply"
wait_for "$id" IMPORTED | sed 's/.*"creating":\([0-9]*\).*/   created: \1/'
imported=$(date +%s.%N)
printf '   upload (read through) %.1f s, dry run %.1f s, import %.1f s, total %.1f s; heap %s\n' \
  "$(echo "$uploaded - $start" | bc)" "$(echo "$checked - $uploaded" | bc)" "$(echo "$imported - $checked" | bc)" \
  "$(echo "$imported - $start" | bc)" "$(heap)"
curl -s -H "Authorization: Bearer $admin" -o "$work/export.xlsx" "$api/projects.xlsx"
echo "== the same $rows projects exported ($(du -h "$work/export.xlsx" | cut -f1) .xlsx) and imported again: every row unchanged"
start=$(date +%s.%N)
id=$(curl -s -H "Authorization: Bearer $admin" -F "file=@$work/export.xlsx" "$api/imports" | sed 's/.*"id":"\([^"]*\)".*/\1/')
wait_for "$id" CHECKED | sed 's/.*"unchanged":\([0-9]*\).*/   unchanged: \1/'
printf '   xlsx upload and dry run %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
java -cp "$cp" cn.zhaoshang.bench.ProjectDataGenerator "jdbc:postgresql://localhost:$((5432 + offset))/project_service" "$projects"
echo "== export of every project ($((projects + rows))) as .xlsx"
curl -s -o "$work/all.xlsx" -w '   %{time_total} s, %{size_download} bytes\n' -H "Authorization: Bearer $admin" "$api/projects.xlsx"
echo "   heap after: $(heap)"
if command -v psql >/dev/null; then
  echo "== baseline: PostgreSQL's COPY of the same projects, joined with their enterprises, to CSV (no milestones, no .xlsx)"
  start=$(date +%s.%N)
  copy="\\copy (select p.name, e.name, e.credit_code, p.district_code, p.industry_code, p.total_investment,"
  copy+=" p.agreed_investment, p.stage from project p join enterprise e on e.id = p.enterprise_id"
  copy+=" order by p.created_at desc, p.id) to '$work/all.csv' csv"
  PGPASSWORD=postgres psql -q -h localhost -p $((5432 + offset)) -U postgres -d project_service -c "$copy"
  printf '   %.1f s, %s bytes\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$(stat -c %s "$work/all.csv")"
fi
rm -rf "$work"

#!/usr/bin/env bash
# Time from POST /tickets on assist-service to the "new ticket" notification on a team member's live stream
# (notify-service SSE), at a steady rate: outbox relay, Kafka, consumer, inbox and stream together. Starts its
# own stack with the demo data on shifted ports (+11000) and stops it afterwards. Prints figures; never part
# of the tests. Usage: deploy/bench/notify-latency-bench.sh [TICKETS_PER_SECOND] [MEASURED_SECONDS]
set -euo pipefail
rate="${1:-100}"
seconds="${2:-60}"
source "$(dirname "${BASH_SOURCE[0]}")/bench-stack.sh"
enterprise=$(token "$tongling_enterprise")
member=$(token '{"sub":"zhang.wei","roles":["staff"],"district":"etdz"}')
project=$(tongling_project)
echo "== POST /tickets -> zhang.wei's notification stream, $rate tickets/s for $seconds s (project $project)"
java -cp deploy/bench/target/bench.jar cn.zhaoshang.bench.NotifyLatencyProbe \
  "http://localhost:$((8082 + offset))/api/v1/tickets" "http://localhost:$((8083 + offset))/api/v1/notifications/stream" \
  "$enterprise" "$member" "$project" "$rate" 30 "$seconds"

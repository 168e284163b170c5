#!/usr/bin/env bash
# What idle live streams cost: N streams open and nothing happening, notify-service's and PostgreSQL's CPU over 20 s,
# first with the baseline of polling every 200 ms (NOTIFY_STREAM_POLL_INTERVAL=200ms, how streams worked before they
# were woken), then as the service runs by default (woken when notifications are stored; a 60 s safety poll).
# Each run starts its own stack on shifted ports (+30000). Prints figures; never part of the tests. Needs python3.
# Usage: deploy/bench/idle-streams-bench.sh [STREAMS]
set -euo pipefail
streams="${1:-300}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for mode in "NOTIFY_STREAM_POLL_INTERVAL=200ms NOTIFY_STREAM_MIN_INTERVAL=0ms" "NOTIFY_STREAM_POLL_INTERVAL=60s"; do
  (
    export $mode
    launcher_options=--no-demo
    source "$here/bench-stack.sh"
    echo "== $streams idle streams, $mode"
    python3 "$here/idle-streams.py" "$offset" "$streams" 20
  )
done

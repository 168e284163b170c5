#!/usr/bin/env bash
# What idle live streams cost: N streams open and nothing happening, notify-service's and PostgreSQL's CPU over 20 s.
# (Before streams were woken, each polled the database every 200 ms: 300 of them took 79.9 % of a core in
# notify-service and 26.8 % in PostgreSQL on the development machine.) Starts its own stack on shifted ports
# (+11000). Prints figures; never part of the tests. Needs python3.
# Usage: deploy/bench/idle-streams-bench.sh [STREAMS]
set -euo pipefail
streams="${1:-1000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
launcher_options=--no-demo
source "$here/bench-stack.sh"
echo "== $streams idle streams"
python3 "$here/idle-streams.py" "$offset" "$streams" 20

# Sourced by the bench scripts: builds, starts a stack of its own on shifted ports (+11000) in a temporary
# directory, waits until it is ready and stops it when the script exits. Set launcher_options (e.g. --no-demo)
# before sourcing to pass them on. Defines: offset, root, token JSON_CLAIMS, tongling_project.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
offset=11000
bench_data="$(mktemp -d)"
./mvnw -q -B install -DskipTests
java -jar deploy/local/target/local-stack.jar --root "$root" --data-dir "$bench_data" --port-offset $offset --api-only ${launcher_options:-} \
  > "$bench_data/stack.out" 2>&1 &
bench_stack=$!
# the stack answers the kill with status 143: not the script's (set -e would end the trap there, before the clean-up)
trap 'kill $bench_stack 2>/dev/null; wait $bench_stack 2>/dev/null || true; rm -rf "$bench_data"' EXIT
until grep -q READY "$bench_data/stack.out"; do
  kill -0 $bench_stack 2>/dev/null || { cat "$bench_data/stack.out"; exit 1; }
  sleep 2
done

# An access token from the local stack's development issuer for the given claims.
token() {
  curl -s -X POST "http://localhost:$((8090 + offset))/token" -H 'Content-Type: application/json' -d "$1" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# The demo's 通灵 junction-box project (team: li.na, wang.jun, zhang.wei) and its enterprise's claims.
tongling_enterprise='{"sub":"tongling","roles":["enterprise"],"enterprise":"91320800MA20TL004Y"}'
tongling_project() {
  curl -s -H "Authorization: Bearer $(token '{"sub":"bench","roles":["admin"]}')" \
    "http://localhost:$((8081 + offset))/api/v1/projects?q=%E6%8E%A5%E7%BA%BF%E7%9B%92" \
    | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4
}

#!/bin/sh
# The limiter under sustained load (docs/BENCHMARKS.md, "Rate limits under load"): one server of
# the packaged jar on loopback with --rate-limit RATE/s, and wrk sending creates (Novita
# text-to-video, 768P 6 s) as one key for SECONDS over CONNECTIONS connections. Prints the answers
# by status: the accepted ones should be about burst + RATE x SECONDS, the rest 429, none 5xx.
# Needs wrk (apt-get install -y wrk).
#
#   bench/limits.sh               # 20/s, 20 s, 16 connections
#   bench/limits.sh 50 30 32
#   SKIP_BUILD=1 bench/limits.sh  # reuse reelgate-app/target/reelgate.jar
set -e
rate=${1:-20}
seconds=${2:-20}
connections=${3:-16}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/.mvn/java-home.sh"
if [ -n "${JAVA_HOME-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
command -v wrk >/dev/null || { echo "bench/limits.sh needs wrk (apt-get install -y wrk)" >&2; exit 1; }

if [ -z "${SKIP_BUILD-}" ]; then
  ./mvnw -q install -DskipTests -pl reelgate-core,reelgate-motion,reelgate-server -am
  ./mvnw -q package -DskipTests -pl reelgate-app
fi

work=$(mktemp -d)
port=$(( 20000 + $$ % 20000 ))
key=rg_limits_bench_key_0123456789abcdef
REELGATE_API_KEYS=$key "$java" -jar reelgate-app/target/reelgate.jar serve --port "$port" \
  --data-dir "$work/data" --workers 1 --rate-limit "$rate/s" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
i=0
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; do
  i=$((i + 1)); [ $i -lt 300 ] || { cat "$work/server.log"; exit 1; }; sleep 0.2
done

cat >"$work/creates.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"prompt": "a cat [Push in]", "duration": 6}'
wrk.headers["Content-Type"] = "application/json"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counts = {} end
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts")) do total[status] = (total[status] or 0) + n end
  end
  for status, n in pairs(total) do io.write(string.format("status %d: %d\n", status, n)) end
end
LUA
echo "rate limit $rate/s (burst $rate), $seconds s, $connections connections, creates of one key:"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $key" -s "$work/creates.lua" \
  "http://127.0.0.1:$port/v3/async/minimax-hailuo-2.3-t2v"
echo "expected accepted: at most $rate + $rate x $seconds = $(( rate + rate * seconds ))"
grep -c " ERROR " "$work/server.log" | sed 's/^/server log ERROR lines: /' || true

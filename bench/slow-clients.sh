#!/bin/sh
# Slow clients (docs/BENCHMARKS.md, "Slow clients"): one server of the packaged jar on loopback,
# CONNECTIONS trickling uploads of one valid key (each declaring a 100 kB body and sending a byte
# every 2 s, started again when answered, after its Retry-After) for SECONDS, and meanwhile the
# latency of /healthz (every 100 ms) and of another key's create (every second): median and max.
# The load is bench/SlowClients.java, run as a source file. Extra arguments after the first two
# go to `reelgate serve` (e.g. --max-in-flight-per-key 0).
#
#   bench/slow-clients.sh                # 300 connections, 30 s
#   bench/slow-clients.sh 500 60
#   SKIP_BUILD=1 bench/slow-clients.sh   # reuse reelgate-app/target/reelgate.jar
set -e
connections=${1:-300}
seconds=${2:-30}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/.mvn/java-home.sh"
if [ -n "${JAVA_HOME-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

if [ -z "${SKIP_BUILD-}" ]; then
  ./mvnw -q package -DskipTests -pl reelgate-app -am
fi

work=$(mktemp -d)
port=$(( 20000 + $$ % 20000 ))
slow=rg_slow_bench_key_0123456789abcdef0123
other=rg_other_bench_key_0123456789abcdef012
REELGATE_API_KEYS=$slow,$other "$java" -jar reelgate-app/target/reelgate.jar serve --port "$port" \
  --data-dir "$work/data" --workers 1 "$@" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
i=0
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; do
  i=$((i + 1)); [ $i -lt 300 ] || { cat "$work/server.log"; exit 1; }; sleep 0.2
done

"$java" bench/SlowClients.java "$port" "$slow" "$other" "$connections" "$seconds"
echo "server log: $(grep -c ' ERROR ' "$work/server.log" || true) ERROR lines, $(grep -c ' WARN ' "$work/server.log" || true) WARN lines," \
  "$(grep -c 'TimedBodyStream' "$work/server.log" || true) bodies cut off or hung up on (INFO)"

#!/bin/sh
# The poll figures (docs/BENCHMARKS.md, "Status polls"): one instance of the packaged jar, on
# SQLite and on the tests' PostgreSQL (binaries from Maven Central, on loopback), a finished and a
# running task (routed to a fake provider that never finishes) in each dialect, and wrk -t2 -c32 against each dialect's poll of each and against
# /healthz, after a warm-up. Needs wrk (apt-get install -y wrk).
#
#   bench/polls.sh                  # both databases, 10 s per endpoint
#   bench/polls.sh sqlite 5         # SQLite only, 5 s per endpoint
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/.mvn/java-home.sh"   # a JDK 21+ even when the default java is older
if [ -n "${JAVA_HOME-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
command -v wrk >/dev/null || { echo "bench/polls.sh needs wrk: apt-get install -y wrk" >&2; exit 2; }

./mvnw -q install -DskipTests -pl reelgate-core,reelgate-motion,reelgate-server -am
./mvnw -q package -DskipTests -pl reelgate-app
./mvnw -q -pl reelgate-app org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt
cd reelgate-app
exec "$java" -cp "target/test-classes:$(cat target/load-classpath.txt)" io.reelgate.app.PollBench "$@"

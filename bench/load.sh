#!/bin/sh
# The load figures (docs/BENCHMARKS.md, "Many instances"): INSTANCES processes of the packaged
# jar on one PostgreSQL and one S3-API server (the tests' fixtures: PostgreSQL binaries from Maven
# Central, S3Proxy in memory), all on loopback. Prints tasks accepted and completed per second for
# TASKS tiny tasks (512P, 6 s) and the status polls per second of one instance (wrk, if installed:
# apt-get install -y wrk). Bounded: at most 500 tasks, 5 minutes of rendering, 15 s of wrk.
#
#   bench/load.sh                 # 1 instance, 40 tasks, 8 clients
#   bench/load.sh 3 40 8          # 3 instances
#
# The load generator, PostgreSQL and S3Proxy share the machine with the instances.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/.mvn/java-home.sh"   # a JDK 21+ even when the default java is older
if [ -n "${JAVA_HOME-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

./mvnw -q install -DskipTests -pl reelgate-core,reelgate-motion,reelgate-server -am
./mvnw -q package -DskipTests -pl reelgate-app
./mvnw -q -pl reelgate-app org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt
cd reelgate-app
exec "$java" -cp "target/test-classes:$(cat target/load-classpath.txt)" io.reelgate.app.LoadBench "$@"

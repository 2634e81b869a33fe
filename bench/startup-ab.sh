#!/bin/sh
# Start-up A/B (docs/BENCHMARKS.md, "Third round"): whole `render` processes of two or more
# variants, run in turn (A, B, A, B, ...) so that the machine's drift falls on all of them, each
# variant `java -jar` with a JDK 25 start-up cache of its own trained first (`aot-training
# render`); prints the median wall and CPU time (user + system, GNU time) of each.
#
#   bench/startup-ab.sh [--runs N] VARIANT VARIANT ...
#
# A variant is a jar, optionally with JVM options after '=':
#   bench/startup-ab.sh /tmp/before.jar reelgate-app/target/reelgate.jar
#   bench/startup-ab.sh "reelgate-app/target/reelgate.jar=-XX:+UseSerialGC" "reelgate-app/target/reelgate.jar=-XX:+UseG1GC"
# Environment: JAVA (default: $JAVA_HOME/bin/java), IMAGE (default: target/bench-detailed.jpg, which
# bench/motion.sh draws), PROMPT ("[Push in]"), RESOLUTION (768P). Needs /usr/bin/time. Quiet
# machine only: every variant is measured under the same load, but noise still widens the spread.
set -e
cd "$(dirname "$0")/.."
runs=7
if [ "${1-}" = --runs ]; then runs=$2; shift 2; fi
[ $# -ge 2 ] || { echo "usage: bench/startup-ab.sh [--runs N] VARIANT VARIANT ..." >&2; exit 2; }
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
image=${IMAGE:-target/bench-detailed.jpg}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

i=0
for variant in "$@"; do
  jar=${variant%%=*}
  options=""; case $variant in *=*) options=${variant#*=} ;; esac
  # shellcheck disable=SC2086 # the options are words
  "$java" $options -XX:AOTCacheOutput="$work/$i.aot" -Xlog:aot=off -Xlog:cds=off -jar "$jar" aot-training render \
    >/dev/null 2>&1 || echo "variant $i: no start-up cache (its training failed)" >&2
  i=$((i + 1))
done

r=0
while [ "$r" -lt "$runs" ]; do
  i=0
  for variant in "$@"; do
    jar=${variant%%=*}
    options=""; case $variant in *=*) options=${variant#*=} ;; esac
    cache=""; [ -s "$work/$i.aot" ] && cache="-XX:AOTCache=$work/$i.aot"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$java" $options $cache -Xlog:aot=off -Xlog:cds=off -jar "$jar" render \
      --image "$image" --prompt "${PROMPT:-[Push in]}" --duration 6 --resolution "${RESOLUTION:-768P}" \
      --output "$work/clip.mp4" >/dev/null 2>&1
    awk -v v="$i" '{ print v, $1, $2 + $3 }' "$work/time" >>"$work/all"
    i=$((i + 1))
  done
  r=$((r + 1))
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
i=0
for variant in "$@"; do
  wall=$(awk -v v="$i" '$1 == v { print $2 }' "$work/all" | median)
  cpu=$(awk -v v="$i" '$1 == v { print $3 }' "$work/all" | median)
  printf '%s: wall %s s, CPU %s s (medians of %s runs)\n' "$variant" "$wall" "$cpu" "$runs"
  i=$((i + 1))
done

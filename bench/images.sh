#!/bin/sh
# Decoder figures (docs/BENCHMARKS.md, "Decoding pictures"): the CPU seconds the two hostile WebPs
# of the fuzz corpus cost, and the peak RSS of decoding a 50-megapixel 16-bit PNG once and twelve
# times at once. Each case runs in a JVM of its own (DecodeFigures, in reelgate-core's test
# classes) through TimedImageLoader with the workers' 15 s limit, under GNU time; after the
# callers have their answers the JVM idles a while, so that a decoder still running shows in the
# CPU and the peak RSS. About 3 minutes.
#
#   bench/images.sh
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/.mvn/java-home.sh"
if [ -n "${JAVA_HOME-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
[ -x /usr/bin/time ] || { echo "bench/images.sh needs GNU time (apt-get install -y time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -q -pl reelgate-core test-compile
./mvnw -q -pl reelgate-core dependency:build-classpath -Dmdep.outputFile="$work/cp"
cp="reelgate-core/target/classes:reelgate-core/target/test-classes:$(cat "$work/cp")"
figures() {
  /usr/bin/time -f "  process: %U s user + %S s system CPU, peak RSS %M kB, %e s wall" \
    "$java" -cp "$cp" io.reelgate.core.image.DecodeFigures "$@" 2>&1 | grep -v -e '^WARNING' -e '^$' | sort | uniq -c
}

resources=reelgate-core/src/test/resources
for webp in $resources/fuzz-findings/vp8l-slow-decode.webp \
    $resources/io/reelgate/core/image/ImageFuzzTestInputs/decoding/crash-edb43665953858636b889370361a620cd314742f; do
  echo "$(basename "$webp"), once (then 5 s idle):"
  figures "$webp" 1 15 5
done
"$java" -cp "$cp" io.reelgate.core.image.DecodeFigures write-png16 "$work/png16.png"
for copies in 1 12; do
  echo "50-megapixel 16-bit PNG ($(wc -c <"$work/png16.png") bytes), $copies at once (then 60 s idle):"
  figures "$work/png16.png" "$copies" 15 60
done

#!/bin/sh
# The motion benchmark (docs/BENCHMARKS.md): a 6 s push-in at 768P and 1080P on two large photos,
# the deep field (4000x3488, mostly dark sky) and a busy street drawn by bench/DetailedPhoto.java
# (3705x2500, fine detail everywhere), made by Reelgate's engine in-process and as a whole
# `./reelgate render` process (the launcher, with its start-up cache on JDK 25+), by ffmpeg's
# zoompan (plain and 8x pre-scaled) and, as the floor, by libx264 alone; libx264 veryfast CRF 20
# everywhere. Prints a markdown table per photo and writes both to target/bench-motion.md.
#
#   bench/motion.sh                      # the default run: both photos
#   bench/motion.sh --runs 5             # any option of `reelgate bench --help`
#   bench/motion.sh --image PHOTO        # one photo of your own instead
#
# Builds the jar first when it is stale (through ./reelgate). Needs:
#   - libpulse.so.0 (Debian/Ubuntu: apt-get install -y libpulse0): the ffmpeg program shipped in
#     the bytedeco jar, which the zoompan rows run, is linked against it;
#   - optionally GNU time (/usr/bin/time, package `time`) for the peak memory; without it the
#     benchmark polls VmHWM in /proc/<pid>/status, which can miss the last milliseconds.
# Timings are only worth comparing on a quiet machine: it warns when the load average is high.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! { ldconfig -p 2>/dev/null | grep -q 'libpulse\.so\.0'; } \
   && ! { dpkg -s libpulse0 >/dev/null 2>&1; }; then
  echo "bench/motion.sh: libpulse.so.0 is missing; the bundled ffmpeg program cannot start without it." >&2
  echo "  Debian/Ubuntu: apt-get install -y libpulse0" >&2
  exit 1
fi
[ -x /usr/bin/time ] || echo "bench/motion.sh: no /usr/bin/time; peak memory is polled from /proc instead." >&2

load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
if awk "BEGIN { exit !($load > 0.5) }"; then
  echo "bench/motion.sh: load average is $load; other work skews the timings (wait for < 0.5)." >&2
fi

mkdir -p target
case " $* " in
  *" --image "*|*" --image="*) exec ./reelgate bench --launcher ./reelgate --markdown target/bench-motion.md "$@" ;;
esac

# The detailed photo is drawn once (about 2 s) and kept in target/.
detailed=target/bench-detailed.jpg
if [ ! -s "$detailed" ] || [ bench/DetailedPhoto.java -nt "$detailed" ]; then
  ./reelgate --version >/dev/null # finds a JDK 21+ and builds the jar, as the runs below will
  . .mvn/java-home.sh
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" bench/DetailedPhoto.java "$detailed"
fi
./reelgate bench --launcher ./reelgate --markdown target/bench-motion-deep-field.md "$@"
./reelgate bench --launcher ./reelgate --image "$detailed" --markdown target/bench-motion-detailed.md "$@"
cat target/bench-motion-deep-field.md target/bench-motion-detailed.md > target/bench-motion.md
echo "wrote target/bench-motion.md" >&2

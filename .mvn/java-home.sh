# Sourced by ./mvnw and ./reelgate: makes sure JAVA_HOME names a JDK 21 or newer.
# Reelgate needs Java 21, but many machines keep an older default `java` on the PATH
# with a newer JDK installed beside it; rather than make every user set JAVA_HOME by
# hand, look in the usual JDK folders and take the newest JDK that is new enough.

reelgate_java_major() { # prints the feature version of the java at $1, or 0
  # The JDK's `release` file says it without starting a JVM (a fifth of a second each), read with
  # the shell's own commands: ./reelgate runs this at every start.
  java_bin=$(command -v "$1" 2>/dev/null) || { echo 0; return; }
  home=${java_bin%/bin/java}
  if [ "$home" = "$java_bin" ] || [ ! -r "$home/release" ]; then
    home=$(dirname "$(dirname "$(readlink -f "$java_bin")")")
  fi
  if [ -r "$home/release" ]; then
    while IFS= read -r line; do
      case $line in
        JAVA_VERSION=*)
          version=${line#JAVA_VERSION=\"}
          version=${version#1.}
          version=${version%%[!0-9]*}
          if [ -n "$version" ]; then echo "$version"; return; fi
          ;;
      esac
    done <"$home/release"
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//; s/\..*//' | head -n 1 | grep . || echo 0
}

# Sets JAVA_HOME (unless the java on the PATH is the one) and reelgate_major, its feature version.
reelgate_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    reelgate_major=$(reelgate_java_major "$JAVA_HOME/bin/java")
    [ "$reelgate_major" -ge 21 ] && return 0
  fi
  if [ -z "${JAVA_HOME-}" ] && command -v javac >/dev/null 2>&1; then
    reelgate_major=$(reelgate_java_major java)
    [ "$reelgate_major" -ge 21 ] && return 0
  fi
  best="" best_major=0
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
              "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(reelgate_java_major "$home/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home" best_major=$major; fi
  done
  if [ -n "$best" ]; then
    reelgate_major=$best_major
    JAVA_HOME="$best"
    export JAVA_HOME
    PATH="$JAVA_HOME/bin:$PATH"
    export PATH
  else
    echo "Reelgate needs a JDK 21 or newer: set JAVA_HOME to one, or put it on the PATH." >&2
    exit 1
  fi
}

reelgate_select_jdk

package io.reelgate.app;

import java.lang.management.ManagementFactory;

/**
 * Where a command's start-up time goes (docs/BENCHMARKS.md): with {@code -Dreelgate.trace.startup=true}
 * each {@link #mark} prints the milliseconds since the JVM started to standard error; without it a
 * mark costs one boolean test, and the management classes that tell the JVM's start are never loaded.
 */
final class StartupTrace {
  private static final boolean ON = Boolean.getBoolean("reelgate.trace.startup");

  private StartupTrace() {}

  static void mark(String step) {
    if (ON) System.err.printf("startup: %5d ms  %s%n", ManagementFactory.getRuntimeMXBean().getUptime(), step);
  }
}

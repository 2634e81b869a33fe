package io.reelgate.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmark ran on, for the report. */
final class Machine {
  private Machine() {}

  /** The CPU's model name from {@code /proc/cpuinfo}, or "unknown CPU". */
  static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.ISO_8859_1)) {
        if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
      }
    } catch (IOException e) {
      // not Linux, or not readable
    }
    return "unknown CPU";
  }
}

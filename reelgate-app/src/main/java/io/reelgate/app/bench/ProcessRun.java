package io.reelgate.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one program to the end and measures it from the outside: wall time from start to exit, and
 * the peak resident memory of the whole process. The peak comes from GNU time ({@code
 * /usr/bin/time}, which asks the kernel at exit) when it is installed, and otherwise from {@code
 * VmHWM} in {@code /proc/<pid>/status}, read every few milliseconds while the process runs.
 */
final class ProcessRun {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final long POLL_MILLIS = 5;

  /** @param peakRssKib peak resident set size in KiB, 0 if it could not be read */
  record Result(double seconds, long peakRssKib) {}

  private ProcessRun() {}

  /**
   * Runs {@code builder} with its output going to {@code log}; fails with the log's last lines if it
   * exits with an error.
   */
  static Result run(ProcessBuilder builder, Path log) throws IOException, InterruptedException {
    List<String> command = builder.command();
    Path rssFile = Files.createTempFile("reelgate-bench-rss", ".txt");
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    try {
      if (gnuTime) {
        List<String> wrapped = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rssFile.toString()));
        wrapped.addAll(command);
        builder = copy(builder, wrapped);
      }
      builder.redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.INHERIT);
      long started = System.nanoTime();
      Process process = builder.start();
      AtomicLong polledPeak = new AtomicLong();
      Thread poller = gnuTime ? null : Thread.ofVirtual().start(() -> pollPeak(process, polledPeak));
      int exit = process.waitFor();
      double seconds = (System.nanoTime() - started) / 1e9;
      if (poller != null) poller.join();
      if (exit != 0) {
        throw new IOException(
            "`" + String.join(" ", command) + "` exited with " + exit + "; its output ends with:\n" + tail(log));
      }
      long peak = gnuTime ? readGnuTimePeak(rssFile) : polledPeak.get();
      return new Result(seconds, peak);
    } finally {
      Files.deleteIfExists(rssFile);
    }
  }

  private static ProcessBuilder copy(ProcessBuilder original, List<String> command) {
    ProcessBuilder copy = new ProcessBuilder(command).directory(original.directory());
    copy.environment().clear();
    copy.environment().putAll(original.environment());
    return copy;
  }

  /** Keeps the highest VmHWM seen while the process runs (VmHWM itself only grows). */
  private static void pollPeak(Process process, AtomicLong peak) {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    while (process.isAlive()) {
      try {
        for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
          if (line.startsWith("VmHWM:")) {
            long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
            peak.accumulateAndGet(kib, Math::max);
          }
        }
        Thread.sleep(POLL_MILLIS);
      } catch (IOException e) {
        return; // the process ended between isAlive and the read
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static long readGnuTimePeak(Path rssFile) throws IOException {
    List<String> lines = Files.readAllLines(rssFile, StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i).trim();
      if (line.matches("[0-9]+")) return Long.parseLong(line);
    }
    throw new IOException("GNU time wrote no peak memory: " + lines);
  }

  static String tail(Path log) throws IOException {
    if (!Files.exists(log)) return "(no output)";
    List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }
}

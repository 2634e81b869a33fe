package io.reelgate.app.bench;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The timed runs of one method at one resolution, and what its clip measured.
 *
 * @param seconds wall time of each timed run, in order (the warm-up is not among them)
 * @param smoothness RMS acceleration of the clip's thirds, px/frame^2; empty when not measured
 * @param peakRssKib peak resident memory of the process over its runs, KiB; 0 when not measured
 */
record Measurement(List<Double> seconds, OptionalDouble smoothness, long peakRssKib) {
  Measurement {
    if (seconds.isEmpty()) throw new IllegalArgumentException("a measurement needs at least one run");
    seconds = List.copyOf(seconds);
  }

  double median() {
    return median(seconds);
  }

  static double median(List<Double> seconds) {
    List<Double> sorted = seconds.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}

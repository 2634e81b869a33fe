package io.reelgate.server.webhook;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pauses before each retry of a message, kept beside it in the store as milliseconds joined
 * by commas ({@code 1000,2000,4000}), so that a message is retried as its dialect said when it
 * was queued.
 */
record RetrySchedule(List<Long> pausesMs) {
  RetrySchedule {
    pausesMs = List.copyOf(pausesMs);
  }

  static RetrySchedule of(List<Duration> pauses) {
    return new RetrySchedule(pauses.stream().map(Duration::toMillis).toList());
  }

  static RetrySchedule parse(String stored) {
    if (stored.isEmpty()) return new RetrySchedule(List.of());
    return new RetrySchedule(Arrays.stream(stored.split(",")).map(Long::parseLong).toList());
  }

  String stored() {
    return pausesMs.stream().map(Object::toString).collect(Collectors.joining(","));
  }

  /** The first try and one per pause. */
  int maxAttempts() {
    return 1 + pausesMs.size();
  }

  /** The pause after failed attempt {@code attempt} (from 1), times {@code scale} (tests shrink it). */
  long pauseAfterMs(int attempt, double scale) {
    return Math.round(pausesMs.get(attempt - 1) * scale);
  }
}

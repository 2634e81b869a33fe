package io.reelgate.server.dialect.minimax;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Task ids in MiniMax's format, a string of digits: the epoch millisecond times a million plus six
 * random digits (19 digits until the year 2286). They grow strictly within one server, so two
 * requests in the same millisecond never share one; the random digits keep two servers on one
 * database apart.
 */
final class MiniMaxTaskIds {
  private static final long RANDOM_DIGITS = 1_000_000;

  private final Clock clock;
  private final AtomicLong last = new AtomicLong();

  MiniMaxTaskIds(Clock clock) {
    this.clock = clock;
  }

  String next() {
    long candidate = clock.millis() * RANDOM_DIGITS + ThreadLocalRandom.current().nextLong(RANDOM_DIGITS);
    return Long.toString(last.accumulateAndGet(candidate, (previous, fresh) -> Math.max(previous + 1, fresh)));
  }
}

package io.reelgate.server.dialect.minimax;

import java.security.SecureRandom;

/**
 * Task ids in MiniMax's format, a string of digits: 19 of them, drawn from a cryptographic source
 * (about 63 random bits). A task id is all a poll needs besides the key, so ids must not be
 * guessable from one another: no clock in them, no counter, nothing consecutive within a burst.
 * Two ids clash with odds far below those of a disk failure, and the store refuses a duplicate.
 * MiniMax's V2 API ({@code dialect.minimaxv2}) uses them too.
 */
public final class MiniMaxTaskIds {
  private static final long SMALLEST = 1_000_000_000_000_000_000L;
  private static final long SPAN = Long.MAX_VALUE - SMALLEST;

  private final SecureRandom random = new SecureRandom();

  public String next() {
    return Long.toString(SMALLEST + random.nextLong(SPAN));
  }
}

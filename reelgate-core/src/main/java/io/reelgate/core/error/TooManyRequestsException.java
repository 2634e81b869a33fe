package io.reelgate.core.error;

import java.time.Duration;

/** The key sent more requests than its rate allows; {@link #retryAfter} says when one will pass. */
public class TooManyRequestsException extends ReelgateException {
  private final String keyId;
  private final Duration retryAfter;

  public TooManyRequestsException(String keyId, Duration retryAfter) {
    this("rate limit exceeded: retry after " + Math.max(1, ceilSeconds(retryAfter)) + " s", keyId, retryAfter);
  }

  /** For a limit of another kind, whose message says which; answered as a rate limit all the same. */
  protected TooManyRequestsException(String message, String keyId, Duration retryAfter) {
    super(message);
    this.keyId = keyId;
    this.retryAfter = retryAfter;
  }

  public String keyId() {
    return keyId;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** The whole seconds of {@code Retry-After}: rounded up, at least 1. */
  public long retryAfterSeconds() {
    return Math.max(1, ceilSeconds(retryAfter));
  }

  private static long ceilSeconds(Duration d) {
    return (d.toMillis() + 999) / 1000;
  }
}

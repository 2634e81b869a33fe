package io.reelgate.core.error;

/**
 * The service cannot take the request now but will soon: answered 503 (MiniMax: its own code) with
 * {@code Retry-After}, which says when to try again.
 */
public class ServiceUnavailableException extends ReelgateException {
  private final long retryAfterSeconds;

  public ServiceUnavailableException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The whole seconds of {@code Retry-After}. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}

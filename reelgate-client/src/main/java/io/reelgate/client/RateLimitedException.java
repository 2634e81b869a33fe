package io.reelgate.client;

import java.time.Duration;

/**
 * Too many requests (429; MiniMax 1002), raised once the client's retries are spent. {@link
 * #retryAfter()} holds the server's {@code Retry-After} when it sent one.
 */
public class RateLimitedException extends ReelgateClientException {
  private final Duration retryAfter;

  /** See {@link ReelgateClientException#ReelgateClientException(int, String, String)}; {@code retryAfter} may be null. */
  public RateLimitedException(int httpStatus, String providerCode, String providerMessage, Duration retryAfter) {
    super(httpStatus, providerCode, providerMessage);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked to wait, or null when it did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }
}

package io.reelgate.core.error;

import java.time.Duration;

/**
 * The key already has as many creates in flight as it may (their bodies still uploading, their
 * image URLs still downloading). Answered as a rate limit, 429 with {@code Retry-After}, in each
 * dialect: one of them will soon be done.
 */
public class TooManyInFlightException extends TooManyRequestsException {
  private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  public TooManyInFlightException(String keyId, int limit) {
    super(
        "too many requests in flight: this key already has " + limit
            + " creates being received (body or image URLs); retry after " + RETRY_AFTER.toSeconds() + " s",
        keyId,
        RETRY_AFTER);
  }
}

package io.reelgate.server.http;

import io.reelgate.core.error.ServiceUnavailableException;

/**
 * The server is still starting and cannot answer this request yet; each dialect answers it as
 * unavailable (503, or its own code), with {@code Retry-After}.
 */
public final class StartingUpException extends ServiceUnavailableException {
  public static final long RETRY_AFTER_SECONDS = 1;

  public StartingUpException() {
    super("the server is starting; retry in " + RETRY_AFTER_SECONDS + " s", RETRY_AFTER_SECONDS);
  }
}

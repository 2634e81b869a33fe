package io.reelgate.core.error;

/** The API key is missing, malformed, unknown or revoked. */
public class ApiKeyRefusedException extends ReelgateException {
  public ApiKeyRefusedException(String message) {
    super(message);
  }
}

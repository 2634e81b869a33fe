package io.reelgate.core.error;

/** The API key is missing, malformed, unknown or revoked. */
public class AuthenticationException extends ReelgateException {
  public AuthenticationException(String message) {
    super(message);
  }
}

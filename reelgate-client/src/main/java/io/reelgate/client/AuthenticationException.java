package io.reelgate.client;

/** The key is missing, unknown or revoked (401/403; MiniMax 1004 and 2049). */
public class AuthenticationException extends ReelgateClientException {
  /** See {@link ReelgateClientException#ReelgateClientException(int, String, String)}. */
  public AuthenticationException(int httpStatus, String providerCode, String providerMessage) {
    super(httpStatus, providerCode, providerMessage);
  }
}

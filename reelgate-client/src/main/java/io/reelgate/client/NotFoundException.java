package io.reelgate.client;

/** The task or file is not known to this key (404; MiniMax 2013 naming a task or file not found). */
public class NotFoundException extends ReelgateClientException {
  /** See {@link ReelgateClientException#ReelgateClientException(int, String, String)}. */
  public NotFoundException(int httpStatus, String providerCode, String providerMessage) {
    super(httpStatus, providerCode, providerMessage);
  }
}

package io.reelgate.client;

/** The key has not enough credit for the task (402; Novita NOT_ENOUGH_BALANCE; MiniMax 1008). */
public class InsufficientBalanceException extends ReelgateClientException {
  /** See {@link ReelgateClientException#ReelgateClientException(int, String, String)}. */
  public InsufficientBalanceException(int httpStatus, String providerCode, String providerMessage) {
    super(httpStatus, providerCode, providerMessage);
  }
}

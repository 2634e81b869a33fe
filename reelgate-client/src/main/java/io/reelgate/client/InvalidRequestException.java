package io.reelgate.client;

/**
 * The request was refused as invalid (400, 409, 413; MiniMax 2013). {@link #field()} names the wire
 * field at fault when the dialect says which (Novita {@code metadata.field}, Evolink {@code param},
 * GPTProto and MiniMax in the message).
 */
public class InvalidRequestException extends ReelgateClientException {
  private final String field;

  /** See {@link ReelgateClientException#ReelgateClientException(int, String, String)}; {@code field} may be null. */
  public InvalidRequestException(int httpStatus, String providerCode, String providerMessage, String field) {
    super(httpStatus, providerCode, providerMessage);
    this.field = field;
  }

  /** The wire name of the field at fault (e.g. {@code duration}), or null when the dialect did not say. */
  public String field() {
    return field;
  }
}

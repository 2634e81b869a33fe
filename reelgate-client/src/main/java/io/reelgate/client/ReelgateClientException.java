package io.reelgate.client;

/**
 * The root of every error the client raises: the HTTP status, and the provider's own error code and
 * message as the dialect answered them.
 *
 * <p>Subclasses name the cases a caller acts on: {@link AuthenticationException}, {@link
 * InvalidRequestException}, {@link NotFoundException}, {@link RateLimitedException} and {@link
 * InsufficientBalanceException}. Anything else (a 5xx after the retries, a broken connection, an
 * await past its deadline) is this class itself.
 */
public class ReelgateClientException extends RuntimeException {
  private final int httpStatus;
  private final String providerCode;
  private final String providerMessage;

  /**
   * @param httpStatus the HTTP status, or 0 when there was no answer
   * @param providerCode the dialect's error code (e.g. Novita's {@code reason}, MiniMax's {@code
   *     base_resp.status_code}), or null
   * @param providerMessage the dialect's error message, or null
   */
  public ReelgateClientException(int httpStatus, String providerCode, String providerMessage) {
    this(httpStatus, providerCode, providerMessage, null);
  }

  /** As {@link #ReelgateClientException(int, String, String)}, with a cause. */
  public ReelgateClientException(int httpStatus, String providerCode, String providerMessage, Throwable cause) {
    super(describe(httpStatus, providerCode, providerMessage), cause);
    this.httpStatus = httpStatus;
    this.providerCode = providerCode;
    this.providerMessage = providerMessage;
  }

  /** The HTTP status of the answer, or 0 when there was none. MiniMax answers errors with 200. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The provider's error code as a string (Novita {@code reason}, MiniMax {@code status_code}, ...), or null. */
  public String providerCode() {
    return providerCode;
  }

  /** The provider's error message, or null. */
  public String providerMessage() {
    return providerMessage;
  }

  private static String describe(int status, String code, String message) {
    StringBuilder s = new StringBuilder();
    if (status != 0) s.append("HTTP ").append(status);
    if (code != null) s.append(s.isEmpty() ? "" : " ").append(code);
    if (message != null) s.append(s.isEmpty() ? "" : ": ").append(message);
    return s.toString();
  }
}

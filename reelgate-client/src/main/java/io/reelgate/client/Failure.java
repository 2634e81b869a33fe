package io.reelgate.client;

import java.time.Duration;

/** An error answer, read by a dialect, before it becomes an exception. */
record Failure(int status, Kind kind, String code, String message, String field) {
  enum Kind { AUTH, INVALID, NOT_FOUND, RATE_LIMITED, BALANCE, SERVER, OTHER }

  /** The kind an HTTP status means. */
  static Kind kindOf(int status) {
    return switch (status) {
      case 400, 409, 413, 422 -> Kind.INVALID;
      case 401, 403 -> Kind.AUTH;
      case 402 -> Kind.BALANCE;
      case 404 -> Kind.NOT_FOUND;
      case 429 -> Kind.RATE_LIMITED;
      default -> status >= 500 ? Kind.SERVER : Kind.OTHER;
    };
  }

  ReelgateClientException toException(Duration retryAfter) {
    return switch (kind) {
      case AUTH -> new AuthenticationException(status, code, message);
      case INVALID -> new InvalidRequestException(status, code, message, field);
      case NOT_FOUND -> new NotFoundException(status, code, message);
      case RATE_LIMITED -> new RateLimitedException(status, code, message, retryAfter);
      case BALANCE -> new InsufficientBalanceException(status, code, message);
      default -> new ReelgateClientException(status, code, message);
    };
  }
}

package io.reelgate.core.error;

/**
 * An {@code Idempotency-Key} that cannot be honoured: it was used for a different request (another
 * body or endpoint) within its 24 hours, or the first request with it is still being answered.
 */
public final class IdempotencyConflictException extends ConflictException {
  private final String key;

  private IdempotencyConflictException(String key, String message) {
    super(message);
    this.key = key;
  }

  public static IdempotencyConflictException reusedForAnotherRequest(String key) {
    return new IdempotencyConflictException(
        key, "Idempotency-Key " + key + " was already used for a different request; use a new key for a new request");
  }

  public static IdempotencyConflictException stillInProgress(String key) {
    return new IdempotencyConflictException(
        key, "a request with Idempotency-Key " + key + " is still in progress; retry shortly");
  }

  public String key() {
    return key;
  }
}

package io.reelgate.core.error;

/**
 * The request is well formed but conflicts with the state of what it is about: a task that has
 * already ended, an {@code Idempotency-Key} already used for another request. Dialects answer
 * 409 (MiniMax: 2013).
 */
public abstract class ConflictException extends ReelgateException {
  protected ConflictException(String message) {
    super(message);
  }
}

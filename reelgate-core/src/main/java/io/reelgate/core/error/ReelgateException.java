package io.reelgate.core.error;

/**
 * The one unchecked root of Reelgate's own errors. Each dialect maps the subclasses to its own
 * status codes and error shape in one table; a message of this hierarchy is safe to show to the
 * client, any other exception is an internal error whose message never leaves the server.
 */
public abstract class ReelgateException extends RuntimeException {
  protected ReelgateException(String message) {
    super(message);
  }

  protected ReelgateException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.reelgate.server.store;

/**
 * The database behind a store failed (unreachable, full, corrupt): an error of the server, never
 * of a task, so its message is for the log and not for clients.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

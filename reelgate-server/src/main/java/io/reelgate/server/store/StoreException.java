package io.reelgate.server.store;

import java.sql.SQLException;

/**
 * The database behind a store failed (unreachable, full, corrupt): an error of the server, never
 * of a task, so its message is for the log and not for clients.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * "cannot {@code what}: " and the database's own message. When {@code e} (from Jdbi) wraps a
   * {@link SQLException}, that is the cause kept: Jdbi's message lists the statement's bound
   * values, which the log has no need of.
   */
  public static StoreException cannot(String what, Exception e) {
    Throwable cause = e.getCause() instanceof SQLException sql ? sql : e;
    return new StoreException("cannot " + what + ": " + cause.getMessage(), cause);
  }
}

package io.reelgate.server.webhook;

import io.reelgate.server.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The webhook tables through Jdbi, the one way this package reaches them: a failure of the
 * database becomes a {@link StoreException} that says what was being done, and work inside a
 * task's transaction ({@link #inTransactionOf}) fails as that transaction expects.
 */
final class WebhookDb {
  private final Jdbi jdbi;

  WebhookDb(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource);
  }

  /** Runs {@code work} on a connection of its own, each statement committing on its own. */
  <T> T withHandle(String what, HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException e) {
      throw new StoreException("cannot " + what, e);
    }
  }

  /** Runs {@code work} in one transaction: all of it is written, or none. */
  void useTransaction(String what, HandleConsumer<RuntimeException> work) {
    try {
      jdbi.useTransaction(work);
    } catch (JdbiException e) {
      throw new StoreException("cannot " + what, e);
    }
  }

  /**
   * Runs {@code work} on {@code connection}, inside the transaction someone else opened on it and
   * will end (a task change's, for its hooks); the connection is left open.
   */
  static <T> T inTransactionOf(Connection connection, HandleCallback<T, RuntimeException> work) throws SQLException {
    // Jdbi.create(connection), unlike Jdbi.open(connection), leaves the connection open when the handle closes.
    try (Handle handle = Jdbi.create(connection).open()) {
      return work.withHandle(handle);
    } catch (JdbiException e) {
      if (e.getCause() instanceof SQLException cause) throw cause;
      throw e;
    }
  }
}

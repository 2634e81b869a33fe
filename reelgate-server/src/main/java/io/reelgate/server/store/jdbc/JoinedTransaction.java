package io.reelgate.server.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Jdbi handles over a connection that someone else holds, inside its transaction: a {@link
 * TaskChangeHook}, or what a create writes with its task, writes through the task store's
 * connection so that both commit or neither does.
 *
 * <p>{@code Jdbi.open(connection)} would close the connection with the handle, and {@code
 * Jdbi.create(connection)} builds a whole Jdbi configuration per call (about 0.1 ms). So one Jdbi
 * is made here, whose connection is the one lent to the running call on this thread and which
 * never closes it. A handle made on a connection already in a transaction joins it: closing the
 * handle neither commits nor rolls back (Jdbi ends only the transactions a handle began).
 */
public final class JoinedTransaction {
  private final ThreadLocal<Connection> lent = new ThreadLocal<>();
  private final Jdbi jdbi = Jdbis.configure(Jdbi.create(new LentConnection()));

  /**
   * Runs {@code work} on a handle over {@code connection}. A statement that fails throws its
   * {@link SQLException}, as plain JDBC on the connection would, so that the owner of the
   * transaction tells it as it tells its own.
   */
  public <T> T on(Connection connection, HandleCallback<T, RuntimeException> work) throws SQLException {
    lent.set(connection);
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException e) {
      if (e.getCause() instanceof SQLException sql) throw sql;
      throw e;
    } finally {
      lent.remove();
    }
  }

  private final class LentConnection implements ConnectionFactory {
    @Override
    public Connection openConnection() {
      Connection connection = lent.get();
      if (connection == null) throw new IllegalStateException("no connection lent to this thread");
      return connection;
    }

    @Override
    public void closeConnection(Connection connection) {
      // Its owner closes it, after its transaction.
    }
  }
}

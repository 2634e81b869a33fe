package io.reelgate.server.store.sqlite;

import io.reelgate.server.store.jdbc.JdbcTaskStore;
import javax.sql.DataSource;

/**
 * Tasks in the SQLite file of the data folder. SQLite having a single writer, a claim or a
 * compare-and-set never interleaves with another; the file serves one server process.
 */
public final class SqliteTaskStore extends JdbcTaskStore {
  public SqliteTaskStore(DataSource dataSource) {
    super(dataSource, SqliteCustomization.INSTANCE);
  }

  /** The embedded file serves one server process; the server locks its data folder to be sure. */
  @Override
  public boolean exclusiveToOneProcess() {
    return true;
  }
}

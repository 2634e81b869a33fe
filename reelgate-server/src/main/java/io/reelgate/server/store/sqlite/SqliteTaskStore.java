package io.reelgate.server.store.sqlite;

import io.reelgate.server.store.jdbc.JdbcTaskStore;
import io.reelgate.server.store.jdbc.Jdbis;
import io.reelgate.server.store.jdbc.TaskStoreRules;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Tasks in the SQLite file of the data folder. SQLite having a single writer, a claim or a
 * compare-and-set never interleaves with another; the file serves one server process.
 */
public final class SqliteTaskStore extends JdbcTaskStore {
  /** A store with no hooks and no limit, for tools and tests of the store alone. */
  public SqliteTaskStore(DataSource dataSource) {
    this(dataSource, Jdbis.create(dataSource), TaskStoreRules.NONE);
  }

  public SqliteTaskStore(DataSource dataSource, Jdbi jdbi, TaskStoreRules rules) {
    super(dataSource, jdbi, SqliteCustomization.INSTANCE, rules);
  }

  /** The embedded file serves one server process; the server locks its data folder to be sure. */
  @Override
  public boolean exclusiveToOneProcess() {
    return true;
  }
}

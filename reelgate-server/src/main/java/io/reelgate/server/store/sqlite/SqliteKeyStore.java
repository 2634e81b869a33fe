package io.reelgate.server.store.sqlite;

import io.reelgate.server.keys.JdbcKeyStore;
import java.time.Clock;
import javax.sql.DataSource;

/** API keys in the SQLite file of the data folder. */
public final class SqliteKeyStore extends JdbcKeyStore {
  public SqliteKeyStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public SqliteKeyStore(DataSource dataSource, Clock clock) {
    super(dataSource, SqliteCustomization.INSTANCE, clock);
  }
}

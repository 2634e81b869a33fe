package io.reelgate.server.store.postgres;

import io.reelgate.server.keys.JdbcKeyStore;
import java.time.Clock;
import javax.sql.DataSource;

/** API keys in a PostgreSQL database that several instances share. */
public final class PostgresKeyStore extends JdbcKeyStore {
  public PostgresKeyStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public PostgresKeyStore(DataSource dataSource, Clock clock) {
    super(dataSource, PostgresCustomization.INSTANCE, clock);
  }
}

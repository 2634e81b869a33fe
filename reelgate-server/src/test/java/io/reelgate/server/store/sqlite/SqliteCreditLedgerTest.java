package io.reelgate.server.store.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.billing.CreditLedgerContract;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import io.reelgate.server.store.jdbc.Jdbis;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteCreditLedgerTest extends CreditLedgerContract {
  @TempDir static Path dataDir;
  private HikariDataSource database;
  private SqliteTaskStore store;

  /** Opened on first use: the contract's set-up runs before this class's. */
  private void open() {
    if (database != null) return;
    database = SqliteDatabase.open(dataDir.resolve(UUID.randomUUID() + ".db"));
    store = new SqliteTaskStore(database);
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) database.close();
  }

  @Override
  protected JdbcTaskStore store() {
    open();
    return store;
  }

  @Override
  protected KeyStore keys() {
    open();
    return new JdbcKeyStore(Jdbis.create(database));
  }

  @Override
  protected DataSource dataSource() {
    open();
    return database;
  }
}

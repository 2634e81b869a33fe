package io.reelgate.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.billing.CreditLedgerContract;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresCreditLedgerTest extends CreditLedgerContract {
  private static HikariDataSource database;
  private static PostgresTaskStore store;

  @BeforeAll
  static void openDatabase() {
    database = PostgresDatabase.open(PostgresFixture.newDatabase());
    store = new PostgresTaskStore(database);
  }

  @AfterAll
  static void closeDatabase() {
    if (database != null) database.close();
  }

  @Override
  protected JdbcTaskStore store() {
    return store;
  }

  @Override
  protected KeyStore keys() {
    return new PostgresKeyStore(database);
  }

  @Override
  protected DataSource dataSource() {
    return database;
  }
}

package io.reelgate.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.FairClaimContract;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

class PostgresFairClaimTest extends FairClaimContract {
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

  @BeforeEach
  void empty() {
    PostgresTables.truncate(database);
  }

  @Override
  protected JdbcTaskStore store() {
    return store;
  }
}

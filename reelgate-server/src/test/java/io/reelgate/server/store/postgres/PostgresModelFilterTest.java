package io.reelgate.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.ModelFilterContract;
import io.reelgate.server.store.TaskStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

class PostgresModelFilterTest extends ModelFilterContract {
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
  protected TaskStore store() {
    return store;
  }
}

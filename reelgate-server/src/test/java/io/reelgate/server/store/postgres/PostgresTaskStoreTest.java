package io.reelgate.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.TaskStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresTaskStoreTest extends TaskStoreContract {
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

  @Test
  void a_shared_database_does_not_say_it_serves_one_process() {
    assertThat(store.exclusiveToOneProcess()).isFalse();
  }
}

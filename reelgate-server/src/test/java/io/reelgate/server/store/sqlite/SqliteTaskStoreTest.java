package io.reelgate.server.store.sqlite;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.core.task.Task;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.TaskStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTaskStoreTest extends TaskStoreContract {
  @TempDir Path dataDir;
  private HikariDataSource database;
  private SqliteTaskStore store;

  @BeforeEach
  void openDatabase() {
    database = SqliteDatabase.open(dataDir.resolve("db/reelgate.db"));
    store = new SqliteTaskStore(database);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected TaskStore store() {
    return store;
  }

  @Test
  void tasks_survive_closing_and_reopening_the_file() {
    Task task = aTask().build();
    store.insert(task);
    Task claimed = store.claimNext("w1", T0, LEASE).orElseThrow();
    database.close();

    database = SqliteDatabase.open(dataDir.resolve("db/reelgate.db"));
    store = new SqliteTaskStore(database);

    assertThat(store.find(task.id())).contains(claimed);
  }

  @Test
  void the_embedded_file_says_it_serves_one_process() {
    assertThat(store.exclusiveToOneProcess()).isTrue();
  }
}

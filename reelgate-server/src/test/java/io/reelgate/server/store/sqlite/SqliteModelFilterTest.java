package io.reelgate.server.store.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.ModelFilterContract;
import io.reelgate.server.store.TaskStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteModelFilterTest extends ModelFilterContract {
  @TempDir Path dataDir;
  private HikariDataSource database;
  private SqliteTaskStore store;

  @BeforeEach
  void openDatabase() {
    database = SqliteDatabase.open(dataDir.resolve("reelgate.db"));
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
}

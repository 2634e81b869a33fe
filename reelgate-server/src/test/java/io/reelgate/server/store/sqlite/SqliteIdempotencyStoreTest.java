package io.reelgate.server.store.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.idempotency.IdempotencyStoreContract;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class SqliteIdempotencyStoreTest extends IdempotencyStoreContract {
  @TempDir static Path dataDir;
  private static HikariDataSource database;
  private static SqliteTaskStore store;

  @BeforeAll
  static void open() {
    database = SqliteDatabase.open(dataDir.resolve("reelgate.db"));
    store = new SqliteTaskStore(database);
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Override
  protected DataSource dataSource() {
    return database;
  }

  @Override
  protected JdbcTaskStore tasks() {
    return store;
  }
}

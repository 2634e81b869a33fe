package io.reelgate.server.database;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.store.Settings;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.JdbcSettings;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import io.reelgate.server.store.jdbc.TaskStoreRules;
import io.reelgate.server.store.jdbc.Jdbis;
import io.reelgate.server.store.postgres.PostgresDatabase;
import io.reelgate.server.store.postgres.PostgresTaskStore;
import io.reelgate.server.store.sqlite.DataFolderLock;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import io.reelgate.server.store.sqlite.SqliteTaskStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of a server: its tasks, keys and shared settings, on the backend the configuration
 * chose. This is the one place that chooses: no address means the embedded SQLite file of the
 * data folder, used by one server at a time; a {@code postgresql://} (or {@code
 * jdbc:postgresql:}) address means a PostgreSQL server that several instances share.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  /** The SQLite file in the data folder. */
  public static final String SQLITE_FILE = "reelgate.db";

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  /** Makes this backend's task store, on this database's Jdbi. */
  private final TaskStoreFactory tasks;
  private final KeyStore keys;
  private final String description;
  private final DataFolderLock folderLock;

  @FunctionalInterface
  private interface TaskStoreFactory {
    JdbcTaskStore make(HikariDataSource dataSource, Jdbi jdbi, TaskStoreRules rules);
  }

  private Database(HikariDataSource dataSource, TaskStoreFactory tasks, String description, DataFolderLock folderLock) {
    this.dataSource = dataSource;
    this.jdbi = Jdbis.create(dataSource);
    this.tasks = tasks;
    this.keys = new JdbcKeyStore(jdbi);
    this.description = description;
    this.folderLock = folderLock;
  }

  /**
   * For a server. On SQLite it first locks the data folder ({@link DataFolderLock}), which proves
   * the file is this process's alone; on PostgreSQL nothing is locked, as instances share it.
   *
   * @throws IllegalStateException when another server holds the data folder
   */
  public static Database openForServer(String address, Path dataDir) throws IOException {
    if (address != null) return open(address, dataDir);
    DataFolderLock lock = DataFolderLock.acquire(dataDir);
    try {
      return sqlite(dataDir, lock);
    } catch (RuntimeException | Error e) {
      lock.close();
      throw e;
    }
  }

  /** For tools beside a running server, such as {@code reelgate keys}: nothing is locked. */
  public static Database open(String address, Path dataDir) {
    if (address == null) return sqlite(dataDir, null);
    if (!PostgresDatabase.accepts(address)) {
      throw new IllegalArgumentException(
          "the database must be a postgresql:// or jdbc:postgresql: address, or none for SQLite in the data folder");
    }
    String where = "PostgreSQL " + PostgresDatabase.describe(address);
    log.info("Tasks and keys in {}, shared with any other instance pointed at it", where);
    HikariDataSource dataSource = PostgresDatabase.open(address);
    return new Database(dataSource, PostgresTaskStore::new, where, null);
  }

  private static Database sqlite(Path dataDir, DataFolderLock lock) {
    Path file = dataDir.toAbsolutePath().resolve(SQLITE_FILE);
    String where = "SQLite " + file;
    log.info("Tasks and keys in {} (one server per data folder; --db postgresql://... for several)", where);
    HikariDataSource dataSource = SqliteDatabase.open(file);
    return new Database(dataSource, SqliteTaskStore::new, where, lock);
  }

  /** The tasks, with {@code rules} (hooks and the running limit) applied to every change; one store per server. */
  public JdbcTaskStore tasks(TaskStoreRules rules) {
    return tasks.make(dataSource, jdbi, rules);
  }

  public KeyStore keys() {
    return keys;
  }

  public Settings settings() {
    return new JdbcSettings(jdbi);
  }

  /** For the stores that write plain JDBC. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The one Jdbi of this database ({@link Jdbis}), for the stores that write through Jdbi. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Runs {@code SELECT 1} with a query timeout of {@code timeout} (rounded up to a second), for
   * the readiness probe; throws when the database does not answer.
   */
  public void checkReachable(Duration timeout) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
      statement.execute("SELECT 1");
    }
  }

  /** Which database and where, without any password: {@code SQLite /data/reelgate.db}. */
  public String description() {
    return description;
  }

  /** Closes the pool, then frees the data folder (SQLite). */
  @Override
  public void close() throws IOException {
    try {
      dataSource.close();
    } finally {
      if (folderLock != null) folderLock.close();
    }
  }
}

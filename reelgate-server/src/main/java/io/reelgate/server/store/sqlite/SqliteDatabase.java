package io.reelgate.server.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the SQLite file of the data folder, ready to use: created when missing and migrated to
 * the latest schema ({@code classpath:db/migration/sqlite}).
 *
 * <p>SQLite lets one connection write at a time. Every write of the stores is a single statement
 * (or an IMMEDIATE transaction), so a writer that finds the file busy waits for the lock (up to
 * the busy timeout) instead of failing; readers never wait, thanks to the write-ahead log.
 */
public final class SqliteDatabase {
  /** Long enough to wait behind any write of ours, which are all small. */
  private static final int BUSY_TIMEOUT_MILLIS = 15_000;

  /** A few readers beside the one writer; more would only queue on SQLite's write lock. */
  private static final int POOL_SIZE = 4;

  /** Where Flyway finds the schema's migrations. */
  static final String[] MIGRATIONS = {"classpath:db/migration/sqlite"};

  private SqliteDatabase() {}

  public static HikariDataSource open(Path dbFile) {
    Path file = dbFile.toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }

    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL syncs the log at every commit: an accepted task survives even a power cut, and our
    // writes are few and small enough not to feel it.
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    sqlite.enforceForeignKeys(true);
    // A transaction takes the write lock when it begins, so it waits for it (busy timeout) rather
    // than failing at once when a read lock cannot be upgraded.
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource driver = new SQLiteDataSource(sqlite);
    driver.setUrl("jdbc:sqlite:" + file);

    HikariConfig pool = new HikariConfig();
    pool.setDataSource(driver);
    pool.setPoolName("sqlite-" + file.getFileName());
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setMinimumIdle(1);
    HikariDataSource dataSource = new HikariDataSource(pool);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return dataSource;
  }
}

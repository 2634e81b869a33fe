package io.reelgate.server.store.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.Jdbis;
import io.reelgate.server.store.jdbc.TaskChangeHook;
import io.reelgate.server.store.jdbc.TaskStoreRules;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh SQLite file, migrated, for each test, closed and deleted after it: {@code
 * @RegisterExtension final SqliteTestDatabase sqlite = new SqliteTestDatabase();}. Its {@code
 * beforeEach} runs before the class's own {@code @BeforeEach} methods, which may build stores on
 * {@link #dataSource()}; {@link #tasks()} and {@link #keys()} are the same stores for the whole test.
 */
public final class SqliteTestDatabase implements BeforeEachCallback, AfterEachCallback {
  private Path folder;
  private HikariDataSource dataSource;
  private SqliteTaskStore tasks;
  private JdbcKeyStore keys;

  public HikariDataSource dataSource() {
    return dataSource;
  }

  /** A Jdbi on {@link #dataSource()}, made as the server makes its own. */
  public Jdbi jdbi() {
    return Jdbis.create(dataSource);
  }

  /** The folder of the file, for a test that puts more beside it. */
  public Path folder() {
    return folder;
  }

  public SqliteTaskStore tasks() {
    if (tasks == null) tasks = new SqliteTaskStore(dataSource);
    return tasks;
  }

  /** A new task store on this file running {@code hooks} beside every change. */
  public SqliteTaskStore tasksWith(TaskChangeHook... hooks) {
    return new SqliteTaskStore(dataSource, jdbi(), new TaskStoreRules(List.of(hooks), 0));
  }

  public JdbcKeyStore keys() {
    if (keys == null) keys = new JdbcKeyStore(jdbi());
    return keys;
  }

  /** Closes the file and opens it again, with new stores: what a restart of the server sees. */
  public void reopen() {
    dataSource.close();
    open();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    folder = Files.createTempDirectory("reelgate-sqlite-");
    open();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (dataSource != null) dataSource.close();
    dataSource = null;
    delete(folder);
  }

  private void open() {
    dataSource = SqliteDatabase.open(folder.resolve("reelgate.db"));
    tasks = null;
    keys = null;
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}

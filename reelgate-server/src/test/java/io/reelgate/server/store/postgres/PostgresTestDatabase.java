package io.reelgate.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.Jdbis;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database of the shared test PostgreSQL for one test class, migrated, emptied before
 * each test and closed after the class: {@code @RegisterExtension static final
 * PostgresTestDatabase database = new PostgresTestDatabase();}. Its {@code beforeAll} runs before
 * the class's own {@code @BeforeAll} methods, which may build stores on {@link #dataSource()}.
 * The {@code @Nested} classes of that class share its database; {@link #tasks()} and {@link
 * #keys()} are new stores for each test.
 */
final class PostgresTestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private HikariDataSource dataSource;
  /** The class that opened the database, and closes it: not one of its nested classes. */
  private String openedFor;
  private PostgresTaskStore tasks;
  private JdbcKeyStore keys;

  HikariDataSource dataSource() {
    return dataSource;
  }

  /** A Jdbi on {@link #dataSource()}, made as the server makes its own. */
  Jdbi jdbi() {
    return Jdbis.create(dataSource);
  }

  PostgresTaskStore tasks() {
    if (tasks == null) tasks = new PostgresTaskStore(dataSource);
    return tasks;
  }

  JdbcKeyStore keys() {
    if (keys == null) keys = new JdbcKeyStore(jdbi());
    return keys;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (dataSource != null) return;
    dataSource = PostgresDatabase.open(PostgresFixture.newDatabase());
    openedFor = context.getUniqueId();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    PostgresTables.truncate(dataSource);
    tasks = null;
    keys = null;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (dataSource == null || !context.getUniqueId().equals(openedFor)) return;
    dataSource.close();
    dataSource = null;
  }
}

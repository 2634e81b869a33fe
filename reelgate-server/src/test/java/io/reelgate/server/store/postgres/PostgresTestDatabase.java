package io.reelgate.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database of the shared test PostgreSQL for one test class, migrated, emptied before
 * each test and closed after the class: {@code @RegisterExtension static final
 * PostgresTestDatabase database = new PostgresTestDatabase();}. Its {@code beforeAll} runs before
 * the class's own {@code @BeforeAll} methods, which may build stores on {@link #dataSource()}.
 */
final class PostgresTestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private HikariDataSource dataSource;

  HikariDataSource dataSource() {
    return dataSource;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    dataSource = PostgresDatabase.open(PostgresFixture.newDatabase());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    PostgresTables.truncate(dataSource);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (dataSource != null) dataSource.close();
  }
}

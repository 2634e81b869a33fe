package io.reelgate.server.store.postgres;

import io.reelgate.server.idempotency.IdempotencyStoreContract;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresIdempotencyStoreTest extends IdempotencyStoreContract {
  @RegisterExtension static final PostgresTestDatabase postgres = new PostgresTestDatabase();
  private static PostgresTaskStore store;

  @BeforeAll
  static void openStore() {
    store = new PostgresTaskStore(postgres.dataSource());
  }

  @Override
  protected DataSource dataSource() {
    return postgres.dataSource();
  }

  @Override
  protected JdbcTaskStore tasks() {
    return store;
  }
}

package io.reelgate.server.store.postgres;

import io.reelgate.server.store.FairClaimContract;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresFairClaimTest extends FairClaimContract {
  @RegisterExtension static final PostgresTestDatabase postgres = new PostgresTestDatabase();
  private static PostgresTaskStore store;

  @BeforeAll
  static void openStore() {
    store = new PostgresTaskStore(postgres.dataSource());
  }

  @Override
  protected JdbcTaskStore store() {
    return store;
  }
}

package io.reelgate.server.store.postgres;

import io.reelgate.server.store.ModelFilterContract;
import io.reelgate.server.store.TaskStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresModelFilterTest extends ModelFilterContract {
  @RegisterExtension static final PostgresTestDatabase postgres = new PostgresTestDatabase();
  private static PostgresTaskStore store;

  @BeforeAll
  static void openStore() {
    store = new PostgresTaskStore(postgres.dataSource());
  }

  @Override
  protected TaskStore store() {
    return store;
  }
}

package io.reelgate.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.TaskStoreContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTaskStoreTest extends TaskStoreContract {
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

  @Test
  void a_shared_database_does_not_say_it_serves_one_process() {
    assertThat(store.exclusiveToOneProcess()).isFalse();
  }
}

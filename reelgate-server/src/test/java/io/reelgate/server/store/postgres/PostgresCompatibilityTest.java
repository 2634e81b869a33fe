package io.reelgate.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.billing.CreditLedgerContract;
import io.reelgate.server.idempotency.IdempotencyStoreContract;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.keys.KeyStoreContract;
import io.reelgate.server.store.FairClaimContract;
import io.reelgate.server.store.ModelFilterContract;
import io.reelgate.server.store.Settings;
import io.reelgate.server.store.SettingsContract;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.TaskStoreContract;
import io.reelgate.server.store.jdbc.JdbcSettings;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import io.reelgate.server.store.jdbc.TaskStoreRules;
import javax.sql.DataSource;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every store contract on PostgreSQL (as db-scheduler's {@code CompatibilityTest}): one database
 * for the class, emptied before each test. Skipped where no PostgreSQL can be had.
 */
class PostgresCompatibilityTest {
  @RegisterExtension static final PostgresTestDatabase postgres = new PostgresTestDatabase();

  @Nested
  class Tasks extends TaskStoreContract {
    @Override
    protected TaskStore store() {
      return postgres.tasks();
    }

    @Test
    void a_shared_database_does_not_say_it_serves_one_process() {
      assertThat(postgres.tasks().exclusiveToOneProcess()).isFalse();
    }
  }

  @Nested
  class FairClaim extends FairClaimContract {
    @Override
    protected JdbcTaskStore store() {
      return postgres.tasks();
    }

    @Override
    protected JdbcTaskStore limitedTo(int maxRunningPerKey) {
      return new PostgresTaskStore(postgres.dataSource(), postgres.jdbi(), new TaskStoreRules(List.of(), maxRunningPerKey));
    }
  }

  @Nested
  class ModelFilter extends ModelFilterContract {
    @Override
    protected TaskStore store() {
      return postgres.tasks();
    }
  }

  @Nested
  class SharedSettings extends SettingsContract {
    @Override
    protected Settings settings() {
      return new JdbcSettings(postgres.jdbi());
    }
  }

  @Nested
  class Keys extends KeyStoreContract {
    @Override
    protected KeyStore keys() {
      return postgres.keys();
    }

    @Override
    protected DataSource database() {
      return postgres.dataSource();
    }
  }

  @Nested
  class CreditLedger extends CreditLedgerContract {
    @Override
    protected JdbcTaskStore store(TaskStoreRules rules) {
      return new PostgresTaskStore(postgres.dataSource(), postgres.jdbi(), rules);
    }

    @Override
    protected KeyStore keys() {
      return postgres.keys();
    }

    @Override
    protected DataSource dataSource() {
      return postgres.dataSource();
    }
  }

  @Nested
  class Idempotency extends IdempotencyStoreContract {
    @Override
    protected DataSource dataSource() {
      return postgres.dataSource();
    }

    @Override
    protected JdbcTaskStore tasks() {
      return postgres.tasks();
    }
  }
}

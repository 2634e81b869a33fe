package io.reelgate.server.store.sqlite;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.task.Task;
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

/** Every store contract on SQLite, each test on a fresh file (as db-scheduler's {@code CompatibilityTest}). */
class SqliteCompatibilityTest {
  @RegisterExtension final SqliteTestDatabase sqlite = new SqliteTestDatabase();

  @Nested
  class Tasks extends TaskStoreContract {
    @Override
    protected TaskStore store() {
      return sqlite.tasks();
    }

    @Test
    void tasks_survive_closing_and_reopening_the_file() {
      Task task = aTask().build();
      sqlite.tasks().insert(task);
      Task claimed = sqlite.tasks().claimNext("w1", T0, LEASE).orElseThrow();

      sqlite.reopen();

      assertThat(sqlite.tasks().find(task.id())).contains(claimed);
    }

    @Test
    void the_embedded_file_says_it_serves_one_process() {
      assertThat(sqlite.tasks().exclusiveToOneProcess()).isTrue();
    }
  }

  @Nested
  class FairClaim extends FairClaimContract {
    @Override
    protected JdbcTaskStore store() {
      return sqlite.tasks();
    }

    @Override
    protected JdbcTaskStore limitedTo(int maxRunningPerKey) {
      return new SqliteTaskStore(sqlite.dataSource(), sqlite.jdbi(), new TaskStoreRules(List.of(), maxRunningPerKey));
    }
  }

  @Nested
  class ModelFilter extends ModelFilterContract {
    @Override
    protected TaskStore store() {
      return sqlite.tasks();
    }
  }

  @Nested
  class SharedSettings extends SettingsContract {
    @Override
    protected Settings settings() {
      return new JdbcSettings(sqlite.jdbi());
    }
  }

  @Nested
  class Keys extends KeyStoreContract {
    @Override
    protected KeyStore keys() {
      return sqlite.keys();
    }

    @Override
    protected DataSource database() {
      return sqlite.dataSource();
    }
  }

  @Nested
  class CreditLedger extends CreditLedgerContract {
    @Override
    protected JdbcTaskStore store(TaskStoreRules rules) {
      return new SqliteTaskStore(sqlite.dataSource(), sqlite.jdbi(), rules);
    }

    @Override
    protected KeyStore keys() {
      return sqlite.keys();
    }

    @Override
    protected DataSource dataSource() {
      return sqlite.dataSource();
    }
  }

  @Nested
  class Idempotency extends IdempotencyStoreContract {
    @Override
    protected DataSource dataSource() {
      return sqlite.dataSource();
    }

    @Override
    protected JdbcTaskStore tasks() {
      return sqlite.tasks();
    }
  }
}

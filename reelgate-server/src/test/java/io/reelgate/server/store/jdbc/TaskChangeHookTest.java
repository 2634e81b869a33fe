package io.reelgate.server.store.jdbc;

import static io.reelgate.server.store.TaskBuilder.failure;
import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.store.sqlite.SqliteTaskStore;
import io.reelgate.server.store.sqlite.SqliteTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hooks commit with the change they follow, or roll it back with them. */
class TaskChangeHookTest {
  @RegisterExtension final SqliteTestDatabase sqlite = new SqliteTestDatabase();
  private SqliteTaskStore store;
  private final List<String> seen = new ArrayList<>();

  @BeforeEach
  void open() {
    store = sqlite.tasks();
  }

  @Test
  void hooks_see_every_insert_claim_and_change() {
    store = sqlite.tasksWith(recorder());
    Task task = aTask().build();

    store.insert(task);
    Task claimed = store.claimNext("w1", Instant.now(), Duration.ofSeconds(30)).orElseThrow();
    store.update(claimed, claimed.withResult("tasks/x/result.mp4", 64, 64, Instant.now()));

    assertThat(seen).containsExactly(
        "inserted " + task.id() + " QUEUED",
        "claimed " + task.id() + " PROCESSING",
        "changed " + task.id() + " PROCESSING->SUCCEEDED");
  }

  @Test
  void a_failing_hook_rolls_the_change_back() {
    Task task = aTask().build();
    store.insert(task);
    Task claimed = store.claimNext("w1", Instant.now(), Duration.ofSeconds(30)).orElseThrow();
    store = sqlite.tasksWith(new TaskChangeHook() {
      @Override
      public void changed(Connection connection, Task before, Task after) throws SQLException {
        throw new SQLException("the ledger is full");
      }
    });

    assertThatThrownBy(() -> store.update(claimed, claimed.withFailure(failure("no"), Instant.now())))
        .hasMessageContaining("the ledger is full");
    assertThat(store.find(task.id()).orElseThrow().state().status()).isEqualTo(Status.PROCESSING);
    assertThat(store.find(task.id()).orElseThrow().version()).isEqualTo(claimed.version());
  }

  @Test
  void a_failing_insert_hook_leaves_no_task() {
    store = sqlite.tasksWith(new TaskChangeHook() {
      @Override
      public void inserted(Connection connection, Task task) throws SQLException {
        throw new SQLException("no credit");
      }
    });
    Task task = aTask().build();

    assertThatThrownBy(() -> store.insert(task)).hasMessageContaining("no credit");
    assertThat(store.find(task.id())).isEmpty();
  }

  private TaskChangeHook recorder() {
    return new TaskChangeHook() {
      @Override
      public void inserted(Connection connection, Task task) {
        seen.add("inserted " + task.id() + " " + task.state().status());
      }

      @Override
      public void claimed(Connection connection, Task claimed) {
        seen.add("claimed " + claimed.id() + " " + claimed.state().status());
      }

      @Override
      public void changed(Connection connection, Task before, Task after) {
        seen.add("changed " + after.id() + " " + before.state().status() + "->" + after.state().status());
      }
    };
  }
}

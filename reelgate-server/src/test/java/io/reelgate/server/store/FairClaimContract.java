package io.reelgate.server.store;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.task.Task;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the claim shares the queue between keys on every database: the key with the fewest tasks
 * running goes first, then the key served longest ago, and a key at its running limit waits.
 */
public abstract class FairClaimContract {
  protected static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  /** A store with no task in it and no running limit. */
  protected abstract JdbcTaskStore store();

  /** A new task store on the same database letting {@code maxRunningPerKey} tasks of a key run at once. */
  protected abstract JdbcTaskStore limitedTo(int maxRunningPerKey);

  @Test
  void one_key_thousand_queued_tasks_do_not_starve_another_keys_one() {
    queue("key_a", 50, T0);
    Task late = aTask().ownedBy("key_b").createdAt(T0.plusSeconds(60)).build();
    store().insert(late);

    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 3; i++) owners.add(claim(i).orElseThrow().keyId());
    assertThat(owners).contains("key_b");
  }

  @Test
  void one_worker_finishing_each_task_alternates_between_keys() {
    queue("key_a", 10, T0);
    queue("key_b", 10, T0.plusSeconds(60));
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Task running = claim(i).orElseThrow();
      owners.add(running.keyId());
      store().update(running, running.withResult("r", 1, 1, T0.plusSeconds(i))).orElseThrow();
    }
    assertThat(owners).containsExactly("key_a", "key_b", "key_a", "key_b", "key_a", "key_b");
  }

  @Test
  void a_key_at_its_running_limit_waits_while_others_are_served() {
    JdbcTaskStore limited = limitedTo(2);
    queue("key_a", 5, T0);
    assertThat(claim(limited, 0)).isPresent();
    assertThat(claim(limited, 1)).isPresent();
    assertThat(claim(limited, 2)).as("key_a runs 2 already").isEmpty();

    store().insert(aTask().ownedBy("key_b").createdAt(T0.plusSeconds(60)).build());
    assertThat(claim(limited, 3).orElseThrow().keyId()).isEqualTo("key_b");
  }

  private void queue(String keyId, int count, Instant from) {
    for (int i = 0; i < count; i++) store().insert(aTask().ownedBy(keyId).createdAt(from.plusMillis(i)).build());
  }

  private Optional<Task> claim(int i) {
    return claim(store(), i);
  }

  private static Optional<Task> claim(JdbcTaskStore store, int i) {
    return store.claimNext("w" + i, T0.plusSeconds(100 + i), LEASE);
  }
}

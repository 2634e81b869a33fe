package io.reelgate.server.store;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a {@link ModelFilter} splits the queue between worker pools on every database: a pool takes
 * only the tasks of its models, however old the others are, and at start hands back only its own; a
 * task with a scenario is always the render pool's, and a slow one waits out its queue time.
 */
public abstract class ModelFilterContract {
  protected static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);
  /** As the worker pool of a store used by one process hands back everything left PROCESSING. */
  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");
  private static final String A = "MiniMax-Hailuo-2.3";
  private static final String B = "MiniMax-Hailuo-02";

  /** A fresh, empty store; the same one for every call within a test. */
  protected abstract TaskStore store();

  @Test
  void only_takes_its_models_even_when_an_older_task_of_another_waits() {
    Task olderB = queue(B, T0);
    Task newerA = queue(A, T0.plusSeconds(5));

    assertThat(claim(ModelFilter.only(Set.of(A)))).map(Task::id).contains(newerA.id());
    assertThat(claim(ModelFilter.only(Set.of(A)))).as("only B is left").isEmpty();
    assertThat(statusOf(olderB)).isEqualTo(Status.QUEUED);
  }

  @Test
  void except_takes_the_other_models_and_never_the_excepted_ones() {
    Task olderA = queue(A, T0);
    Task newerB = queue(B, T0.plusSeconds(5));

    assertThat(claim(ModelFilter.except(Set.of(A)))).map(Task::id).contains(newerB.id());
    assertThat(claim(ModelFilter.except(Set.of(A)))).as("only A is left").isEmpty();
    assertThat(statusOf(olderA)).isEqualTo(Status.QUEUED);
  }

  @Test
  void only_no_model_claims_nothing() {
    Task a = queue(A, T0);
    Task b = queue(B, T0.plusSeconds(5));

    assertThat(claim(ModelFilter.only(Set.of()))).isEmpty();
    assertThat(statusOf(a)).isEqualTo(Status.QUEUED);
    assertThat(statusOf(b)).isEqualTo(Status.QUEUED);
  }

  @Test
  void any_takes_the_oldest_task_whatever_its_model() {
    Task olderB = queue(B, T0);
    Task newerA = queue(A, T0.plusSeconds(5));

    assertThat(claim(ModelFilter.ANY)).map(Task::id).contains(olderB.id());
    assertThat(store().claimNext("w", T0.plusSeconds(100), LEASE)).map(Task::id).contains(newerA.id());
    assertThat(claim(ModelFilter.ANY)).isEmpty();
  }

  @Test
  void requeue_expired_hands_back_only_the_tasks_of_the_filters_models() {
    Task a = queue(A, T0);
    Task b = queue(B, T0.plusSeconds(5));
    claim(ModelFilter.ANY).orElseThrow();
    claim(ModelFilter.ANY).orElseThrow();

    assertThat(store().requeueExpired(END_OF_TIME, ModelFilter.only(Set.of(A)))).isEqualTo(1);
    assertThat(statusOf(a)).isEqualTo(Status.QUEUED);
    assertThat(statusOf(b)).as("another pool's task").isEqualTo(Status.PROCESSING);

    assertThat(store().requeueExpired(END_OF_TIME, ModelFilter.except(Set.of(A)))).isEqualTo(1);
    assertThat(statusOf(b)).isEqualTo(Status.QUEUED);
  }

  @Test
  void a_model_id_with_a_quote_or_a_backslash_does_not_break_the_sql() {
    String quoted = "O'Brien\\video-1";
    Task odd = queue(quoted, T0);
    Task a = queue(A, T0.plusSeconds(5));

    // Were the quote not doubled, this id would end the string and let every task through.
    assertThat(claim(ModelFilter.only(Set.of("x') OR 1=1 OR model IN ('x")))).isEmpty();
    assertThat(claim(ModelFilter.except(Set.of(quoted)))).map(Task::id).contains(a.id());
    assertThat(claim(ModelFilter.only(Set.of(quoted, A)))).map(Task::id).contains(odd.id());

    assertThat(store().requeueExpired(END_OF_TIME, ModelFilter.only(Set.of(quoted)))).isEqualTo(1);
    assertThat(statusOf(odd)).isEqualTo(Status.QUEUED);
    assertThat(statusOf(a)).isEqualTo(Status.PROCESSING);
  }

  @Test
  void a_task_with_a_scenario_is_never_the_upstream_pools_whatever_its_model() {
    Task routed = aTask().createdAt(T0).withModel(A).withScenario("fail-at; percent=10").build();
    store().insert(routed);

    assertThat(claim(ModelFilter.only(Set.of(A)))).as("the upstream pool of A").isEmpty();
    assertThat(claim(ModelFilter.except(Set.of(A)))).as("the render pool").map(Task::id).contains(routed.id());
    assertThat(store().requeueExpired(END_OF_TIME, ModelFilter.only(Set.of(A)))).isZero();
    assertThat(store().requeueExpired(END_OF_TIME, ModelFilter.except(Set.of(A)))).isEqualTo(1);
  }

  @Test
  void a_slow_task_is_not_claimed_before_its_queue_time_has_passed() {
    Task slow = aTask().createdAt(T0).withScenario("slow; queue=30; render=1").build();
    Task later = queue(A, T0.plusSeconds(5));
    store().insert(slow);

    assertThat(store().claimNext("w", T0.plusSeconds(29), LEASE)).map(Task::id).contains(later.id());
    assertThat(store().claimNext("w", T0.plusSeconds(29), LEASE)).as("still queueing").isEmpty();
    assertThat(store().claimNext("w", T0.plusSeconds(30), LEASE)).map(Task::id).contains(slow.id());
  }

  private Task queue(String model, Instant createdAt) {
    Task task = aTask().createdAt(createdAt).withModel(model).build();
    store().insert(task);
    return task;
  }

  private Optional<Task> claim(ModelFilter models) {
    return store().claimNext("w", T0.plusSeconds(100), LEASE, models);
  }

  private Status statusOf(Task task) {
    return store().find(task.id()).orElseThrow().state().status();
  }
}

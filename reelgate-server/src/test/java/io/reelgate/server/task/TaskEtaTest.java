package io.reelgate.server.task;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.Status;
import io.reelgate.core.task.Task;
import io.reelgate.server.store.TaskBuilder;
import io.reelgate.server.store.TaskStore;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The estimate alone: a queued task's wait, shared among the workers, then its render. */
class TaskEtaTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void a_queued_task_waits_a_render_per_round_of_workers_then_renders() {
    TaskEta oneWorker = eta(1, 3, Optional.empty(), Duration.ZERO);
    TaskEta twoWorkers = eta(2, 3, Optional.empty(), Duration.ZERO);

    // Unpaced, a 6-second video takes about 12 s: three tasks before it on one worker, 3 rounds.
    assertThat(oneWorker.of(sixSeconds(), T0)).isEqualTo(new TaskEta.Estimate(3, 4 * 12));
    assertThat(twoWorkers.of(sixSeconds(), T0)).isEqualTo(new TaskEta.Estimate(3, 3 * 12));
    assertThat(oneWorker.queuedSeconds(0, 0, 12)).isEqualTo(12);
  }

  @Test
  void paced_times_and_the_tasks_own_queue_time_count() {
    TaskEta paced = eta(1, 1, Optional.of(Duration.ofSeconds(30)), Duration.ofSeconds(50));

    // Its own run_after (50 s) is longer than one render before it (30 s): 50 + 30.
    assertThat(paced.of(sixSeconds(), T0).secondsLeft()).isEqualTo(80);
    assertThat(paced.of(sixSeconds(), T0.plusSeconds(40)).secondsLeft()).isEqualTo(60);
  }

  @Test
  void a_running_task_goes_on_at_its_speed_and_an_ended_one_needs_nothing() {
    TaskEta eta = eta(1, -1, Optional.empty(), Duration.ZERO);
    Task running = sixSeconds().withStatus(Status.PROCESSING, T0).withProgress(25);

    // A quarter done in 10 s: 30 s more. No count of the queue is asked for (the store would throw).
    assertThat(eta.of(running, T0.plusSeconds(10))).isEqualTo(new TaskEta.Estimate(null, 30));
    assertThat(eta.of(running.withFailure(TaskBuilder.failure("bad picture"), T0), T0)).isEqualTo(new TaskEta.Estimate(null, 0));
  }

  private static Task sixSeconds() {
    return aTask().createdAt(T0).lasting(6, Resolution.P768).build();
  }

  /** An estimate over a store that answers {@code queuedBefore} and nothing else. */
  private static TaskEta eta(int workers, int queuedBefore, Optional<Duration> render, Duration queueTime) {
    TaskStore store = (TaskStore) Proxy.newProxyInstance(TaskStore.class.getClassLoader(), new Class<?>[] {TaskStore.class},
        (proxy, method, args) -> {
          if (method.getName().equals("queuedBefore")) return queuedBefore;
          throw new UnsupportedOperationException(method.getName());
        });
    return new TaskEta(store, workers, task -> render, task -> queueTime);
  }
}

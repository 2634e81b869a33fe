package io.reelgate.server.task;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.task.Status;
import io.reelgate.core.task.Task;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** How late a poll may show a task: a running one at most {@link RecentTasks#FRESH_FOR}, an ended one for good. */
class RecentTasksTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final long JUST_UNDER = RecentTasks.FRESH_FOR.toNanos() - 1;

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final RecentTasks recent = new RecentTasks(nanos::get);
  private final AtomicReference<Task> stored = new AtomicReference<>();
  private final AtomicInteger reads = new AtomicInteger();

  private Optional<Task> read(String id) {
    reads.incrementAndGet();
    return Optional.ofNullable(stored.get()).filter(task -> task.id().equals(id));
  }

  @Test
  void a_running_task_is_read_again_once_its_copy_is_older_than_the_bound() {
    Task running = aTask().build().withStatus(Status.PROCESSING, T0);
    stored.set(running);
    assertThat(recent.find(running.id(), this::read)).contains(running);

    Task done = running.withResult("tasks/x/result.mp4", 8, 8, T0);
    stored.set(done);
    nanos.addAndGet(JUST_UNDER);
    assertThat(recent.find(running.id(), this::read)).as("within the bound").contains(running);
    nanos.addAndGet(1);
    assertThat(recent.find(running.id(), this::read)).as("past the bound").contains(done);
    assertThat(reads).hasValue(2);
  }

  @Test
  void an_ended_task_is_never_read_again() {
    Task cancelled = aTask().build().withStatus(Status.CANCELLED, T0);
    stored.set(cancelled);
    recent.find(cancelled.id(), this::read);

    nanos.addAndGet(RecentTasks.FRESH_FOR.toNanos() * 1000);
    assertThat(recent.find(cancelled.id(), this::read)).contains(cancelled);
    assertThat(reads).hasValue(1);
  }

  @Test
  void a_task_this_instance_changed_is_read_afresh_at_once() {
    Task queued = aTask().build();
    stored.set(queued);
    recent.find(queued.id(), this::read);

    Task cancelled = queued.withStatus(Status.CANCELLED, T0);
    stored.set(cancelled);
    recent.forget(queued.id());
    assertThat(recent.find(queued.id(), this::read)).contains(cancelled);
  }

  @Test
  void a_missing_task_is_asked_of_the_store_every_time() {
    recent.find("nope", this::read);
    recent.find("nope", this::read);
    assertThat(reads).hasValue(2);
  }
}

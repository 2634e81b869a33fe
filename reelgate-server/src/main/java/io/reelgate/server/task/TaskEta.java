package io.reelgate.server.task;

import io.reelgate.core.task.Status;
import io.reelgate.core.task.Task;
import io.reelgate.server.store.TaskStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long a task still needs, as the dialects ({@code eta}, {@code estimated_time}) and the task
 * list ({@code queue_position}, {@code eta_seconds}) report it. A queued task waits for the tasks
 * before it, shared among the workers (or its own queue time, its {@code run_after}, when that is
 * longer), then renders; a running one with progress goes on at its speed so far. Only a queued task costs a read of the store (one indexed count): the polls of
 * running and ended tasks stay as cheap as they were.
 */
public final class TaskEta {
  /**
   * The render time of a task that is not paced: about two seconds of work per second of video
   * with the local engine on an ordinary machine. Only the order of magnitude matters: it tells a
   * poller how long to wait before asking again.
   */
  private static final int GUESS_SECONDS_PER_VIDEO_SECOND = 2;

  /** A task's place in the queue (null unless it is queued) and its seconds left. */
  public record Estimate(Integer queuePosition, long secondsLeft) {}

  private final TaskStore store;
  private final int workers;
  private final Function<Task, Optional<Duration>> pacedRender;
  private final Function<Task, Duration> queueTime;

  /**
   * @param workers how many tasks render at once
   * @param pacedRender the render time the server's timing gives a task ({@code Pacing}), empty
   *     for one rendered as fast as it goes
   * @param queueTime how long a task waits before a worker may take it, from its creation (what
   *     the claim reads as its {@code run_after})
   */
  public TaskEta(TaskStore store, int workers, Function<Task, Optional<Duration>> pacedRender,
      Function<Task, Duration> queueTime) {
    this.store = store;
    this.workers = Math.max(1, workers);
    this.pacedRender = pacedRender;
    this.queueTime = queueTime;
  }

  public Estimate of(Task task, Instant now) {
    Status status = task.state().status();
    if (status.isTerminal()) return new Estimate(null, 0);
    if (status == Status.QUEUED) {
      int position = store.queuedBefore(task);
      long ownWait = Duration.between(now, task.createdAt().plus(queueTime.apply(task))).toSeconds();
      return new Estimate(position, queuedSeconds(position, ownWait, renderSeconds(task)));
    }
    int progress = task.state().progressPercent();
    if (task.state().startedAt() != null && progress > 0) {
      double elapsed = Math.max(0, Duration.between(task.state().startedAt(), now).toMillis()) / 1000.0;
      return new Estimate(null, (long) Math.ceil(elapsed * (100 - progress) / progress));
    }
    return new Estimate(null, renderSeconds(task));
  }

  /**
   * {@code position} tasks before it go {@code workers} at a time, each round taking about as long
   * as this task's own render (a typical one of its length); the wait is that or {@code ownWait}
   * seconds, whichever is longer, and then comes its own render.
   */
  long queuedSeconds(int position, long ownWait, long renderSeconds) {
    long rounds = (position + workers - 1) / workers;
    return Math.max(Math.max(0, ownWait), rounds * renderSeconds) + renderSeconds;
  }

  private long renderSeconds(Task task) {
    return pacedRender.apply(task).map(Duration::toSeconds)
        .orElse((long) task.request().durationSeconds() * GUESS_SECONDS_PER_VIDEO_SECOND);
  }
}

package io.reelgate.server.task;

import io.reelgate.core.task.Task;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for tasks to end without holding a thread per waiter: GPTProto's sync mode answers its
 * create once the task has ended. One scheduler thread starts a check of each watched task every
 * {@link #CHECK_EVERY}, each on a virtual thread; the future completes with the task once it has ended, or as it is when the
 * limit passes, when it cannot be read, or when the server closes.
 */
public final class TaskEndWatch implements AutoCloseable {
  static final Duration CHECK_EVERY = Duration.ofMillis(150);
  private static final Logger LOG = LoggerFactory.getLogger(TaskEndWatch.class);

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("task-end-watch").daemon().factory());
  private final Set<Watch> watches = ConcurrentHashMap.newKeySet();

  /** One waiter: reads its task again with {@code read}, until it ends or {@code deadline} (nanoTime). */
  private final class Watch {
    final CompletableFuture<Task> ended = new CompletableFuture<>();
    final Supplier<Task> read;
    final long deadline;
    volatile Task last;

    Watch(Task task, Supplier<Task> read, long deadline) {
      this.last = task;
      this.read = read;
      this.deadline = deadline;
    }

    void check() {
      try {
        last = read.get();
      } catch (RuntimeException e) {
        LOG.warn("task {}: cannot read it while waiting for its end: {}", last.id(), e.toString());
        finish();
        return;
      }
      if (last.state().status().isTerminal() || System.nanoTime() - deadline >= 0) {
        finish();
      } else {
        checkLater();
      }
    }

    void checkLater() {
      try {
        // The read (and what the waiter then does) on a virtual thread of its own: one slow read
        // or answer never delays the others' checks.
        scheduler.schedule(() -> Thread.ofVirtual().name("task-end-check").start(this::check), CHECK_EVERY.toMillis(),
            TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException closed) {
        finish();
      }
    }

    void finish() {
      watches.remove(this);
      ended.complete(last);
    }
  }

  /**
   * The task once it has ended, or as {@code read} last gave it when {@code limit} passes. A task
   * already ended, or a zero limit, completes at once.
   */
  public CompletableFuture<Task> awaitEnd(Task task, Supplier<Task> read, Duration limit) {
    Watch watch = new Watch(task, read, System.nanoTime() + limit.toNanos());
    if (task.state().status().isTerminal() || limit.isZero()) {
      watch.ended.complete(task);
      return watch.ended;
    }
    watches.add(watch);
    watch.checkLater();
    return watch.ended;
  }

  /** Answers every waiter with its task as last read. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    for (Watch watch : watches) watch.finish();
  }
}

package io.reelgate.server.task;

import io.reelgate.core.task.Task;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The tasks polled lately, so that a poll seldom reads the store. An ended task never changes
 * again (the transitions table allows no way out of SUCCEEDED, FAILED or CANCELLED), so it is kept
 * for good; a task still queued or running is kept for {@link #FRESH_FOR} only, so that a poll
 * shows its progress, its end or a cancel made by another instance at most that late, far less
 * than any client's interval between polls (a second or more in every provider's SDK). A cancel
 * made through this instance is seen at once ({@link #forget}). Bounded: past {@link
 * #MAX_ENTRIES} the map is emptied and fills again from the store.
 */
final class RecentTasks {
  static final Duration FRESH_FOR = Duration.ofMillis(250);
  private static final int MAX_ENTRIES = 10_000;

  private record Read(Task task, long atNanos) {}

  private final ConcurrentHashMap<String, Read> reads = new ConcurrentHashMap<>();
  private final LongSupplier nanoTime;

  /** {@code nanoTime} tells the time in nanoseconds ({@code System::nanoTime}; tests move it). */
  RecentTasks(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** The task {@code id}: from memory when it has ended or was read less than {@link #FRESH_FOR} ago, otherwise through {@code read}. */
  Optional<Task> find(String id, Function<String, Optional<Task>> read) {
    Read known = reads.get(id);
    long now = nanoTime.getAsLong();
    if (known != null && (known.task().state().status().isTerminal() || now - known.atNanos() < FRESH_FOR.toNanos())) {
      return Optional.of(known.task());
    }
    Optional<Task> task = read.apply(id);
    task.ifPresent(found -> remember(found, now));
    return task;
  }

  /** Drops what is known of task {@code id}, which this instance just changed. */
  void forget(String id) {
    reads.remove(id);
  }

  private void remember(Task task, long now) {
    if (reads.size() >= MAX_ENTRIES) reads.clear();
    reads.put(task.id(), new Read(task, now));
  }
}

package io.reelgate.server.store;

import io.reelgate.core.task.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tasks and their queue. Every change is a compare-and-set on the task's {@code version}, so two
 * workers (or instances) can never both finish or fail the same task.
 */
public interface TaskStore {
  void insert(Task task);

  Optional<Task> find(String id);

  /** The key's tasks, newest first. */
  List<Task> listByKey(String keyId, int limit, int offset);

  /**
   * Atomically takes the oldest QUEUED task, moves it to PROCESSING and leases it to {@code
   * workerId} until {@code now + lease}.
   */
  Optional<Task> claimNext(String workerId, Instant now, Duration lease);

  /**
   * Writes {@code next} (with version {@code expected.version() + 1}) only if the stored task
   * still has {@code expected.version()}; returns the stored task when it did.
   */
  Optional<Task> update(Task expected, Task next);

  /** Extends the lease of a task this worker holds; false when it lost it. */
  boolean renewLease(String taskId, String workerId, Instant until);

  /** Hands PROCESSING tasks whose lease ran out back to the queue; returns how many. */
  int requeueExpired(Instant now);

  /** How many tasks are QUEUED and PROCESSING. */
  record Depth(int queued, int processing) {}

  Depth depth();
}

package io.reelgate.server.store;

import io.reelgate.core.task.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tasks and their queue. Every change is a compare-and-set on the task's {@code version}, so two
 * workers (or instances) can never both finish or fail the same task. Times are kept to the
 * millisecond. Errors of the database itself are thrown as {@link StoreException}.
 */
public interface TaskStore {
  /** Adds a new task; {@link IllegalStateException} when a task with its id exists. */
  default void insert(Task task) {
    insert(task, WrittenWithTask.NOTHING);
  }

  /** As {@link #insert(Task)}, writing {@code alongside} in the same transaction. */
  void insert(Task task, WrittenWithTask alongside);

  Optional<Task> find(String id);

  /** The key's tasks, newest first. */
  List<Task> listByKey(String keyId, int limit, int offset);

  /**
   * Atomically takes the oldest QUEUED task, moves it to PROCESSING and leases it to {@code
   * workerId} until {@code now + lease}.
   */
  default Optional<Task> claimNext(String workerId, Instant now, Duration lease) {
    return claimNext(workerId, now, lease, ModelFilter.ANY);
  }

  /** As {@link #claimNext(String, Instant, Duration)}, among the tasks of the models {@code models} lets through. */
  Optional<Task> claimNext(String workerId, Instant now, Duration lease, ModelFilter models);

  /**
   * Writes {@code next} (with version {@code expected.version() + 1}) only if the stored task
   * still has {@code expected.version()}; returns the stored task when it did. A change of status
   * that {@link io.reelgate.core.task.TaskTransitions} does not allow is refused with {@link
   * IllegalStateException}. Leaving PROCESSING releases the lease.
   */
  Optional<Task> update(Task expected, Task next);

  /**
   * Removes {@code expected}, an ended task, only if the stored task still has its version; false
   * when it changed meanwhile or is gone. Its credit ledger and delivered webhooks stay, as history.
   */
  boolean delete(Task expected);

  /** Extends the lease of a task this worker holds; false when it lost it. */
  boolean renewLease(String taskId, String workerId, Instant until);

  /** Hands PROCESSING tasks whose lease ran out back to the queue; returns how many. */
  default int requeueExpired(Instant now) {
    return requeueExpired(now, ModelFilter.ANY);
  }

  /**
   * As {@link #requeueExpired(Instant)}, for the tasks of the models {@code models} lets through:
   * at start a pool hands back what a previous run left of its own tasks, not those another pool
   * of the same process has just claimed.
   */
  int requeueExpired(Instant now, ModelFilter models);

  /** How many tasks are QUEUED and PROCESSING. */
  record Depth(int queued, int processing) {}

  Depth depth();

  /**
   * How many QUEUED tasks a worker would take before {@code task}: those created before it. The
   * claim is fair between keys, so this is an approximation, but one indexed count; call it only
   * for a queued task, so that polls of running and ended tasks cost no more than one read.
   */
  int queuedBefore(Task task);

  /**
   * True when one server process alone uses this store (the embedded SQLite file, whose data
   * folder the server locks with {@link io.reelgate.server.store.sqlite.DataFolderLock}). A task
   * found PROCESSING at start was then left by a process that died, and can be handed back at
   * once instead of when its lease runs out. A store shared by several instances says false.
   */
  default boolean exclusiveToOneProcess() {
    return false;
  }

  /**
   * Calls {@code wake} whenever a task may have been queued, by this instance or another, so that
   * idle workers need not wait for their next poll; closing the subscription stops it. A store
   * that cannot tell does nothing here, and the workers' polling finds the task all the same.
   */
  default Subscription onTaskQueued(Runnable wake) {
    return () -> {};
  }

  /** Stops what {@link #onTaskQueued} started. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}

package io.reelgate.server.task;

import io.reelgate.core.task.Task;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tasks read lately that had ended. An ended task never changes again (the transitions table
 * allows no way out of SUCCEEDED, FAILED or CANCELLED), so polls of it need not read the store;
 * a task still queued or running is always read afresh, so a cancel or an end shows at the next
 * poll. Bounded: past {@link #MAX_ENTRIES} the map is emptied and fills again from the store.
 */
final class FinishedTasks {
  private static final int MAX_ENTRIES = 10_000;

  private final ConcurrentHashMap<String, Task> ended = new ConcurrentHashMap<>();

  /** The task {@code id}: from memory once it has ended, otherwise through {@code read}. */
  Optional<Task> find(String id, Function<String, Optional<Task>> read) {
    Task known = ended.get(id);
    if (known != null) return Optional.of(known);
    Optional<Task> task = read.apply(id);
    task.filter(t -> t.state().status().isTerminal()).ifPresent(this::remember);
    return task;
  }

  private void remember(Task task) {
    if (ended.size() >= MAX_ENTRIES) ended.clear();
    ended.put(task.id(), task);
  }
}

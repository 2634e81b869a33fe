package io.reelgate.server.store.jdbc;

import io.reelgate.server.store.QueueTime;
import java.util.List;
import java.util.Objects;

/**
 * What a task store does beside its own rows, fixed when it is made: the hooks that write in the
 * transaction of every insert, claim and compare-and-set (the credit ledger, the webhook outbox),
 * in this order, how many tasks of one key may run at once (0: no limit), and how long a new task
 * waits in the queue.
 */
public record TaskStoreRules(List<TaskChangeHook> hooks, int maxRunningPerKey, QueueTime queueTime) {
  /** No hooks, no limit: a store for tools and tests of the store alone. */
  public static final TaskStoreRules NONE = new TaskStoreRules(List.of(), 0);

  /** Tasks queued as long as their scenario asks ({@link QueueTime#OF_SCENARIO}). */
  public TaskStoreRules(List<TaskChangeHook> hooks, int maxRunningPerKey) {
    this(hooks, maxRunningPerKey, QueueTime.OF_SCENARIO);
  }

  public TaskStoreRules {
    hooks = List.copyOf(hooks);
    Objects.requireNonNull(queueTime, "queueTime");
    if (maxRunningPerKey < 0) {
      throw new IllegalArgumentException("the running tasks per key must be 0 (no limit) or more: " + maxRunningPerKey);
    }
  }
}

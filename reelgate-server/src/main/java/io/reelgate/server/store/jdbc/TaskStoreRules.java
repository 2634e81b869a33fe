package io.reelgate.server.store.jdbc;

import java.util.List;

/**
 * What a task store does beside its own rows, fixed when it is made: the hooks that write in the
 * transaction of every insert, claim and compare-and-set (the credit ledger, the webhook outbox),
 * in this order, and how many tasks of one key may run at once (0: no limit).
 */
public record TaskStoreRules(List<TaskChangeHook> hooks, int maxRunningPerKey) {
  /** No hooks, no limit: a store for tools and tests of the store alone. */
  public static final TaskStoreRules NONE = new TaskStoreRules(List.of(), 0);

  public TaskStoreRules {
    hooks = List.copyOf(hooks);
    if (maxRunningPerKey < 0) {
      throw new IllegalArgumentException("the running tasks per key must be 0 (no limit) or more: " + maxRunningPerKey);
    }
  }
}

package io.reelgate.server.store.jdbc;

import io.reelgate.core.task.Task;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work that must commit together with a change of a task, or not at all: a credit reserved when
 * the task is accepted and settled or given back when it ends, a webhook delivery queued when its
 * status changes. The hook writes through {@code connection}, inside the transaction of the
 * change, so a crash leaves both done or neither; an exception rolls the change back.
 */
public interface TaskChangeHook {
  /** {@code task} was just inserted (QUEUED). */
  default void inserted(Connection connection, Task task) throws SQLException {}

  /** A worker claimed the task: it went from QUEUED to {@code claimed} (PROCESSING). */
  default void claimed(Connection connection, Task claimed) throws SQLException {}

  /** The compare-and-set of {@code before} succeeded and wrote {@code after}. */
  default void changed(Connection connection, Task before, Task after) throws SQLException {}
}

package io.reelgate.server.store;

import io.reelgate.core.task.Task;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows a create writes in the transaction that inserts its task, so that both commit or neither
 * does: the task's webhook target, the idempotency record that names the task. They are written
 * right after the task's row, before the store's hooks run. An exception rolls the insert back.
 */
@FunctionalInterface
public interface WrittenWithTask {
  WrittenWithTask NOTHING = (connection, task) -> {};

  void write(Connection connection, Task task) throws SQLException;

  /** This, then {@code next}, in the same transaction. */
  default WrittenWithTask andThen(WrittenWithTask next) {
    if (next == NOTHING) return this;
    if (this == NOTHING) return next;
    return (connection, task) -> {
      write(connection, task);
      next.write(connection, task);
    };
  }
}

package io.reelgate.server.store;

import io.reelgate.core.task.Task;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows a create writes in the transaction that inserts its task, so that both commit or neither
 * does: the idempotency record that names the task. An exception rolls the insert back.
 */
@FunctionalInterface
public interface WrittenWithTask {
  WrittenWithTask NOTHING = (connection, task) -> {};

  void write(Connection connection, Task task) throws SQLException;
}

package io.reelgate.server.task;

import io.reelgate.core.task.Failure;

/**
 * Thrown by a {@link TaskEngine} that knows why the task cannot be made: the task fails at once
 * with {@link #failure()}, kept as data, and is never tried again.
 */
public class TaskFailedException extends RuntimeException {
  private final transient Failure failure;

  public TaskFailedException(Failure failure) {
    super(failure.message());
    this.failure = failure;
  }

  public Failure failure() {
    return failure;
  }
}

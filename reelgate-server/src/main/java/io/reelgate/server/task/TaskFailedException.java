package io.reelgate.server.task;

import io.reelgate.core.task.TaskFailure;

/**
 * Thrown by a {@link TaskEngine} that knows why the task cannot be made: the task fails at once
 * with {@link #failure()}, kept as data, and is never tried again.
 */
public class TaskFailedException extends RuntimeException {
  private final transient TaskFailure failure;

  public TaskFailedException(TaskFailure failure) {
    super(failure.message());
    this.failure = failure;
  }

  public TaskFailure failure() {
    return failure;
  }
}

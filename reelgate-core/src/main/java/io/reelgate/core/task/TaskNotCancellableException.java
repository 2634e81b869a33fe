package io.reelgate.core.task;

import io.reelgate.core.error.ConflictException;

/** A cancel asked for a task that has already ended. */
public final class TaskNotCancellableException extends ConflictException {
  private final String taskId;
  private final Status status;

  public TaskNotCancellableException(String taskId, Status status) {
    super("task " + taskId + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
        + " and can no longer be cancelled");
    this.taskId = taskId;
    this.status = status;
  }

  public String taskId() {
    return taskId;
  }

  public Status status() {
    return status;
  }
}

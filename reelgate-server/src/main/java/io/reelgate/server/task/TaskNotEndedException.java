package io.reelgate.server.task;

import io.reelgate.core.error.ConflictException;
import io.reelgate.core.task.Status;
import java.util.Locale;

/** A task still queued or processing was asked for what only an ended one allows: to be deleted. */
public final class TaskNotEndedException extends ConflictException {
  public TaskNotEndedException(String taskId, Status status) {
    super("task " + taskId + " is " + status.name().toLowerCase(Locale.ROOT) + " and cannot be deleted until it ends; cancel it first");
  }
}

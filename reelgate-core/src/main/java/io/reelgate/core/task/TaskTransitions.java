package io.reelgate.core.task;

import static io.reelgate.core.task.TaskStatus.CANCELLED;
import static io.reelgate.core.task.TaskStatus.FAILED;
import static io.reelgate.core.task.TaskStatus.PROCESSING;
import static io.reelgate.core.task.TaskStatus.QUEUED;
import static io.reelgate.core.task.TaskStatus.SUCCEEDED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of allowed state changes. PROCESSING back to QUEUED is how a task whose worker
 * died (a crash, a restart) is handed back: it is never failed for that.
 */
public final class TaskTransitions {
  private static final Map<TaskStatus, Set<TaskStatus>> ALLOWED =
      Map.of(
          QUEUED, EnumSet.of(PROCESSING, CANCELLED, FAILED),
          PROCESSING, EnumSet.of(SUCCEEDED, FAILED, CANCELLED, QUEUED),
          SUCCEEDED, EnumSet.noneOf(TaskStatus.class),
          FAILED, EnumSet.noneOf(TaskStatus.class),
          CANCELLED, EnumSet.noneOf(TaskStatus.class));

  private TaskTransitions() {}

  public static boolean allowed(TaskStatus from, TaskStatus to) {
    return ALLOWED.get(from).contains(to);
  }

  /** @throws IllegalStateException naming the task when the change is not in the table */
  public static void check(String taskId, TaskStatus from, TaskStatus to) {
    if (!allowed(from, to)) {
      throw new IllegalStateException("task " + taskId + ": " + from + " -> " + to + " is not allowed");
    }
  }
}

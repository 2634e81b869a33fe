package io.reelgate.core.task;

import static io.reelgate.core.task.Status.CANCELLED;
import static io.reelgate.core.task.Status.FAILED;
import static io.reelgate.core.task.Status.PROCESSING;
import static io.reelgate.core.task.Status.QUEUED;
import static io.reelgate.core.task.Status.SUCCEEDED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of allowed state changes. PROCESSING back to QUEUED is how a task whose worker
 * died (a crash, a restart) is handed back: it is never failed for that.
 */
public final class TaskTransitions {
  private static final Map<Status, Set<Status>> ALLOWED =
      Map.of(
          QUEUED, EnumSet.of(PROCESSING, CANCELLED, FAILED),
          PROCESSING, EnumSet.of(SUCCEEDED, FAILED, CANCELLED, QUEUED),
          SUCCEEDED, EnumSet.noneOf(Status.class),
          FAILED, EnumSet.noneOf(Status.class),
          CANCELLED, EnumSet.noneOf(Status.class));

  private TaskTransitions() {}

  public static boolean allowed(Status from, Status to) {
    return ALLOWED.get(from).contains(to);
  }

  /** @throws IllegalStateException naming the task when the change is not in the table */
  public static void check(String taskId, Status from, Status to) {
    if (!allowed(from, to)) {
      throw new IllegalStateException("task " + taskId + ": " + from + " -> " + to + " is not allowed");
    }
  }
}

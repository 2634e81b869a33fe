package io.reelgate.server.dialect.novita;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.links.LinkSigner;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code GET /v3/async/task-result}, field for field as Novita's page shows it
 * (written in snake_case): note that {@code video_url_ttl}, {@code seed} and the debug timings are
 * strings there, while {@code eta} and {@code progress_percent} are numbers.
 */
record NovitaTaskResult(Extra extra, TaskInfo task, List<Object> images, List<Video> videos, List<Object> audios) {

  record Extra(String seed, DebugInfo debugInfo) {}

  /** Epoch milliseconds as strings, {@code "0"} for what has not happened yet. */
  record DebugInfo(String requestInfo, String submitTimeMs, String executeTimeMs, String completeTimeMs) {}

  record TaskInfo(String taskId, String taskType, String status, String reason, long eta, int progressPercent) {}

  record Video(String videoUrl, String videoUrlTtl, String videoType) {}

  static NovitaTaskResult of(Task task, LinkSigner links, long eta) {
    List<Video> videos =
        task.state().status() == Status.SUCCEEDED && task.state().resultKey() != null
            ? List.of(new Video(links.resultLink(task), String.valueOf(links.ttl().toSeconds()), "mp4"))
            : List.of();
    TaskInfo info =
        new TaskInfo(
            task.id(),
            NovitaEndpoint.of(task).taskType(),
            status(task.state().status()),
            reason(task),
            eta,
            task.state().progressPercent());
    DebugInfo debug = new DebugInfo("", millis(task.createdAt()), millis(task.state().startedAt()), millis(task.state().finishedAt()));
    return new NovitaTaskResult(new Extra(seed(task), debug), info, List.of(), videos, List.of());
  }

  private static String status(Status status) {
    return switch (status) {
      case QUEUED -> "TASK_STATUS_QUEUED";
      case PROCESSING -> "TASK_STATUS_PROCESSING";
      case SUCCEEDED -> "TASK_STATUS_SUCCEED";
      // Novita has no cancelled state; a cancelled task did not succeed and says why in reason.
      case FAILED, CANCELLED -> "TASK_STATUS_FAILED";
    };
  }

  private static String reason(Task task) {
    return task.state().status() == Status.CANCELLED ? "cancelled" : task.state().failureMessage("");
  }

  /**
   * The local engine draws no random numbers, so there is no real seed; a number derived from
   * the task id keeps the field's type and stays the same across polls.
   */
  private static String seed(Task task) {
    return Integer.toUnsignedString(task.id().hashCode());
  }

  private static String millis(Instant at) {
    return at == null ? "0" : String.valueOf(at.toEpochMilli());
  }
}

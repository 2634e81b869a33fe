package io.reelgate.server.dialect.evolink;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskStatus;
import io.reelgate.server.http.LinkSigner;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code GET /v1/tasks/{task_id}}, field for field as Evolink's page shows it (written
 * in snake_case). {@code results} holds the signed link to the video once the task is completed
 * and is empty before; {@code error} is present only when the task failed.
 */
record EvolinkTaskDetail(
    long created,
    String id,
    String model,
    String object,
    int progress,
    List<String> results,
    String status,
    TaskInfo taskInfo,
    String type,
    Error error) {

  static final String OBJECT = "video.generation.task";
  static final String TYPE = "video";

  /** A task can be cancelled until it ends (cancellation itself comes with a later endpoint). */
  record TaskInfo(boolean canCancel) {}

  record Error(String code, String message) {}

  static EvolinkTaskDetail of(Task task, LinkSigner links) {
    List<String> results =
        task.status() == TaskStatus.SUCCEEDED && task.resultKey() != null
            ? List.of(links.link(task.resultKey()))
            : List.of();
    return new EvolinkTaskDetail(
        task.createdAt().getEpochSecond(),
        task.id(),
        task.model(),
        OBJECT,
        task.progressPercent(),
        results,
        status(task.status()),
        new TaskInfo(!task.status().isTerminal()),
        TYPE,
        error(task));
  }

  static String status(TaskStatus status) {
    return switch (status) {
      case QUEUED -> "pending";
      case PROCESSING -> "processing";
      case SUCCEEDED -> "completed";
      // Evolink has no cancelled state: a cancelled task is failed with request_cancelled.
      case FAILED, CANCELLED -> "failed";
    };
  }

  private static Error error(Task task) {
    return switch (task.status()) {
      case CANCELLED -> new Error("request_cancelled", task.reason() != null ? task.reason() : "the task was cancelled");
      case FAILED -> new Error(errorCode(task.reason()), task.reason() != null ? task.reason() : "the task failed");
      default -> null;
    };
  }

  /**
   * Evolink's code for a failure reason. The reasons are the core's messages: a picture that
   * would not load names {@code image} or {@code end_image}; a request the engine refused names
   * its field; the server's own trouble says {@code internal error}. Anything else is {@code
   * service_error}, Evolink's code for a failure on its side.
   */
  static String errorCode(String reason) {
    if (reason == null) return "service_error";
    String text = reason.toLowerCase(Locale.ROOT);
    if (text.startsWith("image") || text.startsWith("end_image") || text.contains("picture")) {
      return "image_processing_error";
    }
    if (text.contains("timed out") || text.contains("timeout")) return "generation_timeout";
    if (text.startsWith("internal error")) return "service_error";
    if (text.matches("^(model|prompt|duration|resolution)\\b.*")) return "invalid_parameters";
    return "service_error";
  }
}

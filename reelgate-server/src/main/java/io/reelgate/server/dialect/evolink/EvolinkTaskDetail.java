package io.reelgate.server.dialect.evolink;

import io.reelgate.core.task.TaskFailure;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.links.LinkSigner;
import java.util.List;

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

  /**
   * A task can be cancelled until it ends; {@code estimated_time} is the seconds it still needs,
   * from the real queue as the create's is (0 once it ended).
   */
  record TaskInfo(boolean canCancel, long estimatedTime) {}

  record Error(String code, String message) {}

  /** An ended task's detail (a webhook, a cancel): nothing left to wait for. */
  static EvolinkTaskDetail of(Task task, LinkSigner links) {
    return of(task, links, 0);
  }

  /** @param estimatedTime the seconds the task still needs ({@code TaskEta}) */
  static EvolinkTaskDetail of(Task task, LinkSigner links, long estimatedTime) {
    List<String> results =
        task.state().status() == Status.SUCCEEDED && task.state().resultKey() != null
            ? List.of(links.resultLink(task))
            : List.of();
    return new EvolinkTaskDetail(
        task.createdAt().getEpochSecond(),
        task.id(),
        task.request().model(),
        OBJECT,
        task.state().progressPercent(),
        results,
        status(task.state().status()),
        new TaskInfo(!task.state().status().isTerminal(), estimatedTime),
        TYPE,
        error(task));
  }

  static String status(Status status) {
    return switch (status) {
      case QUEUED -> "pending";
      case PROCESSING -> "processing";
      case SUCCEEDED -> "completed";
      // Evolink has no cancelled state: a cancelled task is failed with request_cancelled.
      case FAILED, CANCELLED -> "failed";
    };
  }

  private static Error error(Task task) {
    return switch (task.state().status()) {
      case CANCELLED -> new Error("request_cancelled", "the task was cancelled");
      case FAILED -> new Error(errorCode(task.state().failure()), task.state().failureMessage("the task failed"));
      default -> null;
    };
  }

  /**
   * Evolink's code for a failure: a picture that would not load is {@code image_processing_error},
   * another field the engine could not use {@code invalid_parameters}, a render out of time {@code
   * generation_timeout}, a content rejection {@code content_policy_violation}; the provider's or
   * the server's own trouble is {@code service_error}, Evolink's code for a failure on its side.
   */
  static String errorCode(TaskFailure failure) {
    if (failure == null) return "service_error";
    return switch (failure.kind()) {
      case INVALID_INPUT -> failure.isPicture() ? "image_processing_error" : "invalid_parameters";
      case TIMED_OUT -> "generation_timeout";
      case CONTENT_POLICY -> "content_policy_violation";
      case PROVIDER, INTERNAL -> "service_error";
    };
  }
}

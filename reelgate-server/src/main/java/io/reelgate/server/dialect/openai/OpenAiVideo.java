package io.reelgate.server.dialect.openai;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.reelgate.core.task.Status;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskFailure;
import java.time.Instant;

/**
 * OpenAI's Video object, field for field as the SDK's {@code types/video.py} has it, every
 * nullable field written. Choices where OpenAI's reference is silent or does not fit:
 *
 * <ul>
 *   <li>{@code model} is the model that makes the video: a {@code sora-2} name is answered with
 *       the model it maps to ({@link OpenAiModels});
 *   <li>{@code seconds} and {@code size} are what is made, not what OpenAI would have made;
 *   <li>{@code completed_at} is set once the video has ended, completed or failed;
 *   <li>{@code expires_at} is null: Reelgate keeps its videos until they are deleted;
 *   <li>a cancelled video (Reelgate's extension) is {@code failed} with error {@code cancelled}.
 * </ul>
 */
@JsonPropertyOrder({"id", "object", "model", "status", "progress", "created_at", "completed_at", "expires_at", "prompt",
    "remixed_from_video_id", "seconds", "size", "error"})
record OpenAiVideo(
    String id,
    String object,
    String model,
    String status,
    int progress,
    long createdAt,
    Long completedAt,
    Long expiresAt,
    String prompt,
    String remixedFromVideoId,
    String seconds,
    String size,
    Error error) {

  static final String OBJECT = "video";

  record Error(String code, String message) {}

  static OpenAiVideo of(Task task) {
    Status status = task.state().status();
    Instant finished = task.state().finishedAt();
    return new OpenAiVideo(
        task.id(),
        OBJECT,
        task.request().model(),
        status(status),
        status == Status.SUCCEEDED ? 100 : task.state().progressPercent(),
        task.createdAt().getEpochSecond(),
        status.isTerminal() && finished != null ? finished.getEpochSecond() : null,
        null,
        task.request().prompt(),
        VideoIds.remixedFrom(task.id()),
        Integer.toString(task.request().durationSeconds()),
        OpenAiSize.of(task.request()).wireName(),
        error(task));
  }

  static String status(Status status) {
    return switch (status) {
      case QUEUED -> "queued";
      case PROCESSING -> "in_progress";
      case SUCCEEDED -> "completed";
      // OpenAI has no cancelled state: a cancelled video failed, and says so in its error.
      case FAILED, CANCELLED -> "failed";
    };
  }

  private static Error error(Task task) {
    return switch (task.state().status()) {
      case CANCELLED -> new Error("cancelled", "the video was cancelled");
      case FAILED -> new Error(code(task.state().failure()), task.state().failureMessage("the video failed"));
      default -> null;
    };
  }

  /**
   * OpenAI's code for a failure: input the engine could not use is {@code invalid_input}, a
   * render out of time {@code timeout}, a content rejection {@code moderation_blocked}; the
   * provider's or the server's own trouble is {@code internal_error}.
   */
  static String code(TaskFailure failure) {
    if (failure == null) return "internal_error";
    return switch (failure.kind()) {
      case INVALID_INPUT -> "invalid_input";
      case TIMED_OUT -> "timeout";
      case CONTENT_POLICY -> "moderation_blocked";
      case PROVIDER, INTERNAL -> "internal_error";
    };
  }
}

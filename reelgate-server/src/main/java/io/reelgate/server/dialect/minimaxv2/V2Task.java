package io.reelgate.server.dialect.minimaxv2;

import io.reelgate.core.media.ReferenceRole;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Ratio;
import io.reelgate.core.task.Status;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.server.links.LinkSigner;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code task} object of {@code GET /v2/query/video_generation/{task_id}}: {@code id, model,
 * status, created_at, updated_at, content: {url, prompt}, resolution, duration, ratio, usage}, and
 * {@code error: {code, message}} for a failed task.
 *
 * <p>Choices, where MiniMax's pages leave it open: times are epoch seconds; {@code ratio} is the
 * ratio the video has (for an adaptive task that has ended, the named ratio nearest its size;
 * {@code adaptive} before); {@code content.url} is a signed download link, present once the task
 * succeeded; {@code usage} has only what Reelgate knows: {@code output_seconds} (the duration, once
 * the video exists) and {@code input_image_count} (its frames or reference pictures). A failed task's {@code error.code} is {@code
 * "1026"} when the content policy refused it, else {@code "1000"}; a cancelled one has none.
 */
final class V2Task {
  private V2Task() {}

  static Map<String, Object> of(Task task, LinkSigner links) {
    Status status = task.state().status();
    boolean done = status == Status.SUCCEEDED && task.state().resultKey() != null;
    Map<String, Object> content = new LinkedHashMap<>();
    if (done) content.put("url", links.resultLink(task));
    content.put("prompt", task.request().prompt());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", task.id());
    body.put("model", task.request().model());
    body.put("status", status(status));
    if (status == Status.FAILED) body.put("error", error(task));
    body.put("created_at", task.createdAt().getEpochSecond());
    body.put("updated_at", updatedAt(task).getEpochSecond());
    body.put("content", content);
    body.put("resolution", task.request().resolution().wireName());
    body.put("duration", task.request().durationSeconds());
    body.put("ratio", ratio(task, done).wireName());
    body.put("usage", usage(task, done));
    return body;
  }

  static String status(Status status) {
    return switch (status) {
      case QUEUED -> "queued";
      case PROCESSING -> "running";
      case SUCCEEDED -> "succeeded";
      case FAILED -> "failed";
      case CANCELLED -> "cancelled";
    };
  }

  private static Map<String, Object> error(Task task) {
    TaskFailure failure = task.state().failure();
    boolean refused = failure != null && failure.kind() == TaskFailure.Kind.CONTENT_POLICY;
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", refused ? "1026" : "1000");
    error.put("message", task.state().failureMessage("the task failed"));
    return error;
  }

  private static Instant updatedAt(Task task) {
    if (task.state().finishedAt() != null) return task.state().finishedAt();
    return task.state().startedAt() != null ? task.state().startedAt() : task.createdAt();
  }

  private static Ratio ratio(Task task, boolean done) {
    Ratio asked = task.request().format().ratio();
    if (asked != Ratio.ADAPTIVE || !done || task.state().videoWidth() == null) return asked;
    double shape = (double) task.state().videoWidth() / task.state().videoHeight();
    return Arrays.stream(Ratio.values())
        .filter(r -> r != Ratio.ADAPTIVE)
        .min(Comparator.comparingDouble(r -> Math.abs(Math.log(shape * r.height() / r.width()))))
        .orElseThrow();
  }

  private static Map<String, Object> usage(Task task, boolean done) {
    Map<String, Object> usage = new LinkedHashMap<>();
    if (done) usage.put("output_seconds", task.request().durationSeconds());
    usage.put("input_image_count", imageCount(task));
    return usage;
  }

  /** The pictures the task was given: its frames, or its reference pictures. */
  private static int imageCount(Task task) {
    if (task.request().mode() == Mode.REFERENCE_TO_VIDEO) return task.request().referenceKeys(ReferenceRole.IMAGE).size();
    int frames = task.request().firstFrameKey() == null ? 0 : 1;
    return task.request().mode() == Mode.FIRST_LAST_FRAME ? frames + 1 : frames;
  }
}

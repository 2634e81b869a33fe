package io.reelgate.server.dialect.gptproto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.links.LinkSigner;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;

/**
 * The {@code data} of GPTProto's answers, field for field as its response example shows it (note
 * the mixed naming: {@code executionTime} next to {@code has_nsfw_contents}). Choices where the
 * document is silent:
 *
 * <ul>
 *   <li>{@code model} is the path the task was created through below {@code /api/v3/}, e.g. {@code
 *       minimax/hailuo-2.3-fast/text-to-video} (the example only says {@code model_name});
 *   <li>{@code urls} is an object, as in the example, although the text says {@code data.urls[0].get};
 *   <li>{@code created_at} is UTC;
 *   <li>{@code executionTime} is the milliseconds from submission to the end (queue included) and
 *       {@code timings.inference} those of the rendering; both are 0 until the task has ended;
 *   <li>{@code has_nsfw_contents} holds one {@code false} per output (nothing is classified);
 *   <li>{@code error} is null unless the task failed; a cancelled task is {@code failed} with
 *       error {@code cancelled}.
 * </ul>
 */
@JsonPropertyOrder({"id", "model", "outputs", "urls", "status", "error", "executionTime", "timings", "has_nsfw_contents", "created_at"})
record GptprotoPrediction(
    String id,
    String model,
    List<String> outputs,
    Urls urls,
    String status,
    String error,
    long executionTime,
    Timings timings,
    @JsonProperty("has_nsfw_contents") List<Boolean> hasNsfwContents,
    @JsonProperty("created_at") String createdAt) {

  record Urls(String get) {}

  record Timings(long inference) {}

  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** {@code resultUrl} is the absolute URL of this task's {@code GET .../result}. */
  static GptprotoPrediction of(Task task, String resultUrl, LinkSigner links) {
    List<String> outputs =
        task.state().status() == Status.SUCCEEDED && task.state().resultKey() != null
            ? List.of(links.resultLink(task))
            : List.of();
    Scene scene = Scene.of(task.request().mode());
    return new GptprotoPrediction(
        task.id(),
        "minimax/" + GptprotoModel.ofCatalogId(task.request().model()).wireName() + "/" + scene.wireName(),
        outputs,
        new Urls(resultUrl),
        status(task.state().status()),
        error(task),
        millisToEnd(task.createdAt(), task),
        new Timings(millisToEnd(task.state().startedAt(), task)),
        Collections.nCopies(outputs.size(), false),
        CREATED_AT.format(task.createdAt()));
  }

  static String status(Status status) {
    return switch (status) {
      case QUEUED -> "created";
      case PROCESSING -> "processing";
      case SUCCEEDED -> "completed";
      // GPTProto has no cancelled state; a cancelled task did not complete and says why in error.
      case FAILED, CANCELLED -> "failed";
    };
  }

  private static String error(Task task) {
    return switch (task.state().status()) {
      case FAILED -> task.state().failureMessage("failed");
      case CANCELLED -> "cancelled";
      default -> null;
    };
  }

  private static long millisToEnd(Instant from, Task task) {
    if (from == null || task.state().finishedAt() == null || !task.state().status().isTerminal()) return 0;
    return Math.max(0, Duration.between(from, task.state().finishedAt()).toMillis());
  }
}

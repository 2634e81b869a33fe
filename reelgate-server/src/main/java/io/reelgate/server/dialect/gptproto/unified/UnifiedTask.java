package io.reelgate.server.dialect.gptproto.unified;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.dialect.gptproto.GptprotoModel;
import io.reelgate.server.links.LinkSigner;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * GPTProto's unified task object, the answer of the create (202) and of both polls (200), as its
 * reference's {@code UnifiedTaskResult} has it; optional fields with nothing to say are left out,
 * as the reference leaves them out. Choices where it is silent:
 *
 * <ul>
 *   <li>{@code generation_id} repeats {@code id}: Reelgate has one id per task;
 *   <li>{@code polling_url} is relative, {@code /api/v3/tasks/result/{id}}, as in the reference;
 *   <li>{@code native_status} is the core's own state in lower case ({@code queued}, {@code
 *       processing}, {@code succeeded}, {@code failed}, {@code cancelled}), the raw status under
 *       the unified one;
 *   <li>{@code unsigned_urls} holds the video's link (plain to download, no key needed) once
 *       {@code completed}; {@code error} says why a task {@code failed} or was {@code cancelled};
 *   <li>{@code expired} never occurs: a task never times out before completion;
 *   <li>{@code created_at} and {@code completed_at} (once the task has ended) are ISO-8601 UTC.
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "generation_id", "status", "polling_url", "model", "native_status", "unsigned_urls", "error", "created_at", "completed_at"})
record UnifiedTask(
    String id,
    @JsonProperty("generation_id") String generationId,
    String status,
    @JsonProperty("polling_url") String pollingUrl,
    String model,
    @JsonProperty("native_status") String nativeStatus,
    @JsonProperty("unsigned_urls") List<String> unsignedUrls,
    String error,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("completed_at") String completedAt) {

  static final String POLLING_PATH = "/api/v3/tasks/result/{id}";

  static UnifiedTask of(Task task, LinkSigner links) {
    boolean done = task.state().status() == Status.SUCCEEDED && task.state().resultKey() != null;
    return new UnifiedTask(
        task.id(),
        task.id(),
        status(task.state().status()),
        POLLING_PATH.replace("{id}", task.id()),
        UnifiedVideoRequest.PROVIDER + GptprotoModel.ofCatalogId(task.request().model()).wireName(),
        task.state().status().name().toLowerCase(Locale.ROOT),
        done ? List.of(links.resultLink(task)) : null,
        error(task),
        task.createdAt().toString(),
        task.state().status().isTerminal() ? time(task.state().finishedAt()) : null);
  }

  static String status(Status status) {
    return switch (status) {
      case QUEUED -> "pending";
      case PROCESSING -> "in_progress";
      case SUCCEEDED -> "completed";
      case FAILED -> "failed";
      case CANCELLED -> "cancelled";
    };
  }

  private static String error(Task task) {
    return switch (task.state().status()) {
      case FAILED -> task.state().failureMessage("failed");
      case CANCELLED -> "cancelled";
      default -> null;
    };
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}

package io.reelgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Novita AI / HighwayAPI: one create endpoint per model and mode, {@code task-result}, {@code task-cancel}. */
final class NovitaClient extends AbstractVideoClient {
  NovitaClient(Transport transport, VideoClient.Builder settings) {
    super(transport, settings);
  }

  @Override
  public String create(VideoRequest request) {
    return text(create("/v3/async/" + endpoint(request), createBody(request), request).path("task_id"));
  }

  /** The create body with Novita's field names, which GPTProto uses too; the model is in the path. */
  static ObjectNode createBody(VideoRequest request) {
    ObjectNode body = object();
    put(body, "prompt", request.prompt());
    put(body, "image", request.image());
    put(body, "end_image", request.endImage());
    put(body, "duration", request.duration());
    put(body, "resolution", request.resolution());
    put(body, "enable_prompt_expansion", request.promptExpansion());
    return body;
  }

  static String endpoint(VideoRequest request) {
    return switch (request.modelOrDefault()) {
      case "MiniMax-Hailuo-2.3-Fast" -> "minimax-hailuo-2.3-fast-i2v";
      case "MiniMax-Hailuo-02" -> "minimax-hailuo-02";
      case "MiniMax-Hailuo-2.3" -> request.image() != null ? "minimax-hailuo-2.3-i2v" : "minimax-hailuo-2.3-t2v";
      default -> request.model();
    };
  }

  @Override
  public VideoTask get(String taskId) {
    return task(getJson("/v3/async/task-result?task_id=" + enc(taskId)));
  }

  @Override
  public VideoTask cancel(String taskId) {
    ObjectNode body = object();
    body.put("task_id", taskId);
    return task(post("/v3/async/task-cancel", body, null));
  }

  private static VideoTask task(JsonNode result) {
    JsonNode t = result.path("task");
    String reason = text(t.path("reason"));
    if (reason != null && reason.isEmpty()) reason = null;
    TaskStatus status = switch (t.path("status").asText()) {
      case "TASK_STATUS_QUEUED" -> TaskStatus.QUEUED;
      case "TASK_STATUS_PROCESSING" -> TaskStatus.PROCESSING;
      case "TASK_STATUS_SUCCEED" -> TaskStatus.SUCCEEDED;
      case "TASK_STATUS_FAILED" -> "cancelled".equals(reason) ? TaskStatus.CANCELLED : TaskStatus.FAILED;
      default -> throw unknownStatus(t.path("status"));
    };
    return new VideoTask(text(t.path("task_id")), status, t.path("progress_percent").asInt(0), reason,
        text(result.path("videos").path(0).path("video_url")));
  }

  @Override
  Failure failure(int status, JsonNode body) {
    if (status / 100 == 2) return null;
    String reason = text(body.path("reason"));
    Failure.Kind kind = "NOT_ENOUGH_BALANCE".equals(reason) ? Failure.Kind.BALANCE : Failure.kindOf(status);
    return new Failure(status, kind, reason, text(body.path("message")), text(body.path("metadata").path("field")));
  }
}

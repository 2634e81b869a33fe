package io.reelgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Evolink: {@code /v1/videos/generations}, {@code /v1/tasks/{id}} and its cancel. */
final class EvolinkClient extends AbstractVideoClient {
  EvolinkClient(Transport transport, VideoClient.Builder settings) {
    super(transport, settings);
  }

  @Override
  public String create(VideoRequest request) {
    ObjectNode body = modelAndPrompt(request);
    if (request.image() != null) {
      var images = body.putArray("image_urls").add(request.image());
      if (request.endImage() != null) images.add(request.endImage());
    }
    put(body, "quality", request.resolution() == null ? null : request.resolution().toLowerCase(java.util.Locale.ROOT));
    put(body, "duration", request.duration());
    if (request.promptExpansion() != null) body.putObject("model_params").put("prompt_optimizer", request.promptExpansion());
    return text(create("/v1/videos/generations", body, request).path("id"));
  }

  @Override
  public VideoTask get(String taskId) {
    return task(getJson("/v1/tasks/" + enc(taskId)));
  }

  @Override
  public VideoTask cancel(String taskId) {
    return task(post("/v1/tasks/" + enc(taskId) + "/cancel", null, null));
  }

  private static VideoTask task(JsonNode t) {
    String code = text(t.path("error").path("code"));
    TaskStatus status = switch (t.path("status").asText()) {
      case "pending" -> TaskStatus.QUEUED;
      case "processing" -> TaskStatus.PROCESSING;
      case "completed" -> TaskStatus.SUCCEEDED;
      case "failed", "cancelled" -> "request_cancelled".equals(code) || "cancelled".equals(t.path("status").asText())
          ? TaskStatus.CANCELLED : TaskStatus.FAILED;
      default -> throw unknownStatus(t.path("status"));
    };
    String reason = code == null ? null : code + ": " + t.path("error").path("message").asText();
    return new VideoTask(text(t.path("id")), status, t.path("progress").asInt(0), reason, text(t.path("results").path(0)));
  }

  @Override
  Failure failure(int status, JsonNode body) {
    if (status / 100 == 2) return null;
    JsonNode e = body.path("error");
    String type = text(e.path("type"));
    Failure.Kind kind = "insufficient_quota_error".equals(type) ? Failure.Kind.BALANCE : Failure.kindOf(status);
    return new Failure(status, kind, type, text(e.path("message")), text(e.path("param")));
  }
}

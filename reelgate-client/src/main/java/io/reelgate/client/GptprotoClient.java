package io.reelgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** GPTProto: {@code /api/v3/minimax/{model}/{scene}}, predictions, the bare key as Authorization. */
final class GptprotoClient extends AbstractVideoClient {
  GptprotoClient(Transport transport, VideoClient.Builder settings) {
    super(transport, settings);
  }

  @Override
  String authorization() {
    return apiKey;
  }

  @Override
  public String create(VideoRequest request) {
    ObjectNode body = NovitaClient.createBody(request);
    String scene = request.image() != null ? "image-to-video" : "text-to-video";
    return text(create("/api/v3/minimax/" + model(request.modelOrDefault()) + "/" + scene, body, request).path("data").path("id"));
  }

  static String model(String model) {
    return switch (model) {
      case "MiniMax-Hailuo-2.3" -> "hailuo-2.3-standard";
      case "MiniMax-Hailuo-2.3-Fast" -> "hailuo-2.3-fast";
      case "MiniMax-Hailuo-02" -> "hailuo-02-standard";
      default -> model;
    };
  }

  @Override
  public VideoTask get(String taskId) {
    return task(getJson("/api/v3/predictions/" + enc(taskId) + "/result"));
  }

  @Override
  public VideoTask cancel(String taskId) {
    return task(post("/api/v3/predictions/" + enc(taskId) + "/cancel", null, null));
  }

  private static VideoTask task(JsonNode answer) {
    JsonNode d = answer.path("data");
    String error = text(d.path("error"));
    TaskStatus status = switch (d.path("status").asText()) {
      case "created" -> TaskStatus.QUEUED;
      case "processing" -> TaskStatus.PROCESSING;
      case "completed" -> TaskStatus.SUCCEEDED;
      case "failed", "cancelled" -> "cancelled".equals(error) || "cancelled".equals(d.path("status").asText())
          ? TaskStatus.CANCELLED : TaskStatus.FAILED;
      default -> throw unknownStatus(d.path("status"));
    };
    return new VideoTask(text(d.path("id")), status, status == TaskStatus.SUCCEEDED ? 100 : 0, error,
        text(d.path("outputs").path(0)));
  }

  @Override
  Failure failure(int status, JsonNode body) {
    int code = body.path("code").asInt(status);
    if (status / 100 == 2 && (code == 200 || code == 0)) return null;
    int effective = status / 100 == 2 ? code : status;
    String message = text(body.path("message"));
    String field = null;
    if (message != null && Failure.kindOf(effective) == Failure.Kind.INVALID) {
      int colon = message.indexOf(": ");
      if (colon > 0 && !message.substring(0, colon).contains(" ")) field = message.substring(0, colon);
    }
    return new Failure(effective, Failure.kindOf(effective), Integer.toString(code), message, field);
  }
}

package io.reelgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** MiniMax's own API: every answer is HTTP 200 with {@code base_resp}; the video comes through {@code files/retrieve}. */
final class MinimaxClient extends AbstractVideoClient {
  MinimaxClient(Transport transport, VideoClient.Builder settings) {
    super(transport, settings);
  }

  @Override
  public String create(VideoRequest request) {
    ObjectNode body = modelAndPrompt(request);
    put(body, "first_frame_image", request.image());
    put(body, "last_frame_image", request.endImage());
    put(body, "duration", request.duration());
    put(body, "resolution", request.resolution());
    put(body, "prompt_optimizer", request.promptExpansion());
    return text(create("/v1/video_generation", body, request).path("task_id"));
  }

  @Override
  public VideoTask get(String taskId) {
    return task(getJson("/v1/query/video_generation?task_id=" + enc(taskId)));
  }

  @Override
  public VideoTask cancel(String taskId) {
    ObjectNode body = object();
    body.put("task_id", taskId);
    return task(post("/v1/cancel/video_generation", body, null));
  }

  private VideoTask task(JsonNode q) {
    String id = text(q.path("task_id"));
    return switch (q.path("status").asText()) {
      case "Queueing", "Preparing" -> new VideoTask(id, TaskStatus.QUEUED, 0, null, null);
      case "Processing" -> new VideoTask(id, TaskStatus.PROCESSING, 0, null, null);
      case "Success" -> {
        String fileId = text(q.path("file_id"));
        String url = fileId == null ? null
            : text(getJson("/v1/files/retrieve?file_id=" + enc(fileId)).path("file").path("download_url"));
        yield new VideoTask(id, TaskStatus.SUCCEEDED, 100, null, url);
      }
      case "Fail" -> {
        String msg = text(q.path("base_resp").path("status_msg"));
        yield new VideoTask(id, "cancelled".equals(msg) ? TaskStatus.CANCELLED : TaskStatus.FAILED, 0, msg, null);
      }
      default -> throw unknownStatus(q.path("status"));
    };
  }

  @Override
  Failure failure(int status, JsonNode body) {
    JsonNode base = body.path("base_resp");
    int code = base.path("status_code").asInt(-1);
    if (status / 100 == 2 && code == 0) return null;
    // A query of a failed task carries its failure's code (1000, 1026 sensitive content, ...)
    // beside its task and status: that is an answer about the task, not an error of the call.
    if (status / 100 == 2 && body.has("task_id") && "Fail".equals(body.path("status").asText())) return null;
    String message = text(base.path("status_msg"));
    if (status / 100 != 2) return new Failure(status, Failure.kindOf(status), code < 0 ? null : Integer.toString(code), message, null);
    Failure.Kind kind = switch (code) {
      case 1004, 2049 -> Failure.Kind.AUTH;
      case 1002 -> Failure.Kind.RATE_LIMITED;
      case 1008 -> Failure.Kind.BALANCE;
      case 1024, 1001 -> Failure.Kind.SERVER;
      case 2013 -> message != null && message.contains(" not found") ? Failure.Kind.NOT_FOUND : Failure.Kind.INVALID;
      default -> Failure.Kind.OTHER;
    };
    String field = null;
    String prefix = "invalid params, ";
    if (kind == Failure.Kind.INVALID && message != null && message.startsWith(prefix)) {
      String rest = message.substring(prefix.length());
      int colon = rest.indexOf(':');
      if (colon > 0 && !rest.substring(0, colon).contains(" ")) field = rest.substring(0, colon);
    }
    return new Failure(status, kind, Integer.toString(code), message, field);
  }
}

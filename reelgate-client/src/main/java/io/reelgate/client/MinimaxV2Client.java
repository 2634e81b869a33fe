package io.reelgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MiniMax's V2 API (MiniMax-H3): a {@code content} array of text and media items with roles, the
 * task under {@code task} with its video at {@code task.content.url}, errors as {@code {type:
 * "error", error: {type, message: "... (code)", http_code}}} beside the HTTP status. Novita's H3
 * is the same API under {@code /v3/minimax}: give that as the base URL's path.
 */
final class MinimaxV2Client extends AbstractVideoClient {
  /** The model V2 makes when none is named. */
  static final String DEFAULT_MODEL = "MiniMax-H3";

  private static final Pattern CODE_AT_END = Pattern.compile("\\((\\d+)\\)\\s*$");
  /** The field an invalid-params message names first: {@code invalid params, content[2].video_url: ...}. */
  private static final Pattern FIELD_FIRST = Pattern.compile("^invalid params, ([A-Za-z_][\\w.\\[\\]]*): ");

  MinimaxV2Client(Transport transport, VideoClient.Builder settings) {
    super(transport, settings);
  }

  @Override
  public String create(VideoRequest request) {
    ObjectNode body = object();
    body.put("model", request.modelOr(DEFAULT_MODEL));
    body.set("content", content(request));
    put(body, "duration", request.duration());
    put(body, "resolution", request.resolution());
    put(body, "ratio", request.ratio());
    if (request.watermark() != null) body.put("aigc_watermark", request.watermark());
    return text(create("/v2/video_generation", body, request).path("task_id"));
  }

  private static ArrayNode content(VideoRequest request) {
    ArrayNode content = Transport.JSON.createArrayNode();
    if (request.prompt() != null) content.addObject().put("type", "text").put("text", request.prompt());
    addMedia(content, "image_url", "first_frame", request.image() == null ? List.of() : List.of(request.image()));
    addMedia(content, "image_url", "last_frame", request.endImage() == null ? List.of() : List.of(request.endImage()));
    VideoRequest.References references = request.references();
    if (references != null) {
      addMedia(content, "image_url", "reference_image", references.images());
      addMedia(content, "video_url", "reference_video", references.videos());
      addMedia(content, "audio_url", "reference_audio", references.audios());
    }
    return content;
  }

  private static void addMedia(ArrayNode content, String type, String role, List<String> urls) {
    for (String url : urls) {
      ObjectNode item = content.addObject().put("type", type);
      item.putObject(type).put("url", url);
      item.put("role", role);
    }
  }

  @Override
  public VideoTask get(String taskId) {
    return task(getJson("/v2/query/video_generation/" + enc(taskId)).path("task"));
  }

  /** Reelgate's extension: {@code POST /v2/cancel/video_generation/{task_id}}, answered with the task. */
  @Override
  public VideoTask cancel(String taskId) {
    return task(post("/v2/cancel/video_generation/" + enc(taskId), null, null).path("task"));
  }

  private static VideoTask task(JsonNode task) {
    String id = text(task.path("id"));
    String error = text(task.path("error").path("message"));
    return switch (task.path("status").asText()) {
      case "queued" -> new VideoTask(id, TaskStatus.QUEUED, 0, null, null);
      case "running" -> new VideoTask(id, TaskStatus.PROCESSING, 0, null, null);
      case "succeeded" -> new VideoTask(id, TaskStatus.SUCCEEDED, 100, null, text(task.path("content").path("url")));
      case "failed", "expired" -> new VideoTask(id, TaskStatus.FAILED, 0, error, null);
      case "cancelled" -> new VideoTask(id, TaskStatus.CANCELLED, 0, error != null ? error : "the task was cancelled", null);
      default -> throw unknownStatus(task.path("status"));
    };
  }

  @Override
  Failure failure(int status, JsonNode body) {
    if (status / 100 == 2 && !"error".equals(body.path("type").asText())) return null;
    JsonNode error = body.path("error");
    String message = text(error.path("message"));
    Matcher code = message == null ? null : CODE_AT_END.matcher(message);
    String codeText = code != null && code.find() ? code.group(1) : null;
    Failure.Kind kind = switch (error.path("type").asText()) {
      case "authorized_error" -> Failure.Kind.AUTH;
      case "insufficient_balance_error" -> Failure.Kind.BALANCE;
      case "rate_limit_error" -> Failure.Kind.RATE_LIMITED;
      case "server_error" -> Failure.Kind.SERVER;
      // An unknown task id is a 400 of invalid params, as MiniMax answers an id older than its 7 days.
      case "bad_request_error", "unprocessable_entity_error" -> status == 404 || unknownTask(message) ? Failure.Kind.NOT_FOUND
          : Failure.Kind.INVALID;
      default -> Failure.kindOf(status);
    };
    Matcher field = message == null ? null : FIELD_FIRST.matcher(message);
    return new Failure(status, kind, codeText, message, field != null && field.find() ? field.group(1) : null);
  }

  private static boolean unknownTask(String message) {
    return message != null && (message.contains("invalid task_id") || message.contains("task not found"));
  }
}

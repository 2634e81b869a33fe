package io.reelgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * The OpenAI Videos API shape ({@code /v1/videos}), as LiteLLM, new-api and Reelgate serve it:
 * {@code seconds} and {@code size} instead of duration and resolution, the video behind the API
 * key at {@code /v1/videos/{id}/content}, errors as {@code {error: {message, type, param, code}}}.
 * Its cancel is Reelgate's extension, {@code POST /v1/videos/{id}/cancel}.
 */
final class OpenAiClient extends AbstractVideoClient {
  OpenAiClient(Transport transport, VideoClient.Builder settings) {
    super(transport, settings);
  }

  @Override
  public String create(VideoRequest request) {
    ObjectNode body = object();
    put(body, "model", request.model());
    put(body, "prompt", request.prompt());
    if (request.duration() != null) body.put("seconds", Integer.toString(request.duration()));
    put(body, "size", size(request));
    if (request.image() != null) body.putObject("input_reference").put("image_url", request.image());
    return text(create("/v1/videos", body, request).path("id"));
  }

  /**
   * The {@code size} for a request: a resolution given as {@code WIDTHxHEIGHT} is sent as it is; a
   * {@code 720P}-style one becomes the 16:9 frame of that height (9:16 when the ratio says so).
   */
  static String size(VideoRequest request) {
    String resolution = request.resolution();
    if (resolution == null || resolution.contains("x")) return resolution;
    int shortSide = Integer.parseInt(resolution.replaceAll("[^0-9]", ""));
    int longSide = 2 * (int) Math.round(shortSide * 16 / 9.0 / 2);
    return "9:16".equals(request.ratio()) ? shortSide + "x" + longSide : longSide + "x" + shortSide;
  }

  @Override
  public VideoTask get(String taskId) {
    return task(getJson("/v1/videos/" + enc(taskId)));
  }

  /** A Video object as a task; a cancelled one is {@code failed} with the code {@code cancelled}. */
  private VideoTask task(JsonNode video) {
    String id = text(video.path("id"));
    int progress = video.path("progress").asInt(0);
    return switch (video.path("status").asText()) {
      case "queued" -> new VideoTask(id, TaskStatus.QUEUED, progress, null, null);
      case "in_progress" -> new VideoTask(id, TaskStatus.PROCESSING, progress, null, null);
      case "completed" -> new VideoTask(id, TaskStatus.SUCCEEDED, 100, null, baseUrl + "/v1/videos/" + enc(id) + "/content");
      case "failed" -> new VideoTask(id,
          "cancelled".equals(text(video.path("error").path("code"))) ? TaskStatus.CANCELLED : TaskStatus.FAILED,
          progress, text(video.path("error").path("message")), null);
      default -> throw unknownStatus(video.path("status"));
    };
  }

  @Override
  public VideoTask cancel(String taskId) {
    return task(post("/v1/videos/" + enc(taskId) + "/cancel", null, null));
  }

  /** The content route wants the API key, unlike the other dialects' signed links. */
  @Override
  public long download(String videoUrl, Path target) {
    return transport.download(baseUrl.resolve(videoUrl), target, authorization());
  }

  @Override
  Failure failure(int status, JsonNode body) {
    if (status / 100 == 2) return null;
    JsonNode error = body.path("error");
    return new Failure(status, Failure.kindOf(status), text(error.path("code")), text(error.path("message")), text(error.path("param")));
  }
}

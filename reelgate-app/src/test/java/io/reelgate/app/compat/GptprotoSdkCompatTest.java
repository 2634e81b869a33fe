package io.reelgate.app.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GPTProto's SDK, github.com/gptproto-ai/gptproto-sdk at 923e10e (Python package {@code gptproto}
 * 0.1.0, TypeScript {@code gptproto} 0.1.1, not on npm; generated from its {@code
 * openapi/openapi.yaml}), as {@code GptprotoClient.run("video", body)} drives it:
 *
 * <ol>
 *   <li>{@code POST /api/v3/videos} with {@code Authorization: Bearer <key>} and {@code
 *       Content-Type: application/json} (the TypeScript client adds {@code Accept:
 *       application/json}); the Python body always has {@code "mode": "auto"}. Only 202 is a task;
 *       400 and 401 are decoded as {@code {"error": {"code", "message"}}}; any other status, 200
 *       included, is an error;
 *   <li>{@code GET /api/v3/videos/{id}} by {@code id} (not {@code polling_url}) at once, then every 3
 *       s, up to 600 s: only 200 is a task; {@code id}, {@code status} and {@code polling_url} are
 *       required, {@code status} must be one of the six (another raises); {@code completed}
 *       returns, {@code failed}/{@code cancelled}/{@code expired} raise with {@code error};
 *   <li>the caller downloads {@code unsigned_urls[0]}.
 * </ol>
 *
 * The documents' own flow (docs/API.md) polls {@code polling_url}, {@code
 * /api/v3/tasks/result/{id}}, instead; both are replayed.
 */
class GptprotoSdkCompatTest extends CompatServer {
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(3);
  private static final Set<String> STATUSES = Set.of("pending", "in_progress", "completed", "failed", "cancelled", "expired");
  private static final Set<String> FAILED = Set.of("failed", "cancelled", "expired");

  @TempDir Path downloads;

  @Test
  void text_to_video_polled_at_polling_url_as_the_docs_do_yields_an_mp4() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", "minimax/hailuo-2.3-fast");
    body.put("prompt", "A lighthouse at dusk, waves below [Push in]");
    body.put("mode", "auto");
    body.put("duration", 6);
    body.put("resolution", "720p");

    JsonNode created = create(body);
    JsonNode done = awaitTerminal(created.path("polling_url").asText());

    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    VideoInfo video = download(done.path("unsigned_urls").path(0).asText(), downloads.resolve("t2v.mp4"));
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(video.frames()).isEqualTo(150);
    assertThat(Math.min(video.width(), video.height())).isEqualTo(768);
  }

  @Test
  void image_to_video_run_by_the_sdk_polling_videos_id_yields_an_mp4_of_the_photo() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", "minimax/hailuo-02-standard");
    body.put("prompt", "The deep field drifts past [Pan left]");
    body.put("mode", "auto");
    body.put("duration", 6);
    body.put("resolution", "768p");
    body.put("frame_images", List.of(Map.of(
        "type", "image_url", "image_url", Map.of("url", photo("hubble_deep_field.jpg", "image/jpeg")), "frame_type", "first_frame")));
    body.put("provider", Map.of("options", Map.of("minimax", Map.of("parameters", Map.of("enable_prompt_expansion", true)))));

    JsonNode created = create(body);
    JsonNode done = awaitTerminal("/api/v3/videos/" + created.path("id").asText());

    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    VideoInfo video = download(done.path("unsigned_urls").path(0).asText(), downloads.resolve("i2v.mp4"));
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(video.height()).isEqualTo(768); // the photo is 1000x872: landscape
    assertThat((double) video.width() / video.height()).isCloseTo(1000.0 / 872, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void typescript_client_headers_and_a_refused_request_decode_as_the_sdk_expects() {
    HttpResponse<String> refused =
        send("POST", "/api/v3/videos",
            Map.of("Authorization", "Bearer " + KEY, "Content-Type", "application/json", "Accept", "application/json"),
            toJson(Map.of("model", "minimax/hailuo-2.3-pro", "prompt", "a cat", "resolution", "720p")));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("error").path("code").asInt()).isEqualTo(400);
    assertThat(json(refused).path("error").path("message").asText()).startsWith("resolution: ");
  }

  @Test
  void unknown_key_is_a_401_the_sdk_decodes() {
    HttpResponse<String> refused =
        send("POST", "/api/v3/videos", Map.of("Authorization", "Bearer rg_not_a_key", "Content-Type", "application/json"),
            toJson(Map.of("model", "minimax/hailuo-2.3-fast", "prompt", "a cat")));

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(json(refused).path("error").path("code").asInt()).isEqualTo(401);
    assertThat(json(refused).path("error").path("message").isTextual()).isTrue();
  }

  /** {@code create()}: 202 only, with the fields {@code UnifiedTaskResult.from_dict} requires. */
  private static JsonNode create(Map<String, Object> body) {
    HttpResponse<String> response =
        send("POST", "/api/v3/videos", Map.of("Authorization", "Bearer " + KEY, "Content-Type", "application/json"), toJson(body));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonNode task = requiredFields(json(response));
    assertThat(task.path("status").asText()).isEqualTo("pending");
    return task;
  }

  /** {@code run()}'s loop: a GET at once, then one every {@link #POLL_INTERVAL}, until a terminal status. */
  private static JsonNode awaitTerminal(String path) throws InterruptedException {
    Instant deadline = Instant.now().plus(RENDER_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = send("GET", path, Map.of("Authorization", "Bearer " + KEY), null);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode task = requiredFields(json(response));
      String status = task.path("status").asText();
      if (status.equals("completed")) return task;
      if (FAILED.contains(status)) throw new AssertionError("TaskFailedError: " + task.path("error").asText("unknown"));
      pause(POLL_INTERVAL);
    }
    throw new AssertionError("TaskTimeoutError at " + path);
  }

  private static JsonNode requiredFields(JsonNode task) {
    assertThat(task.path("id").isTextual()).as(task.toString()).isTrue();
    assertThat(task.path("polling_url").isTextual()).as(task.toString()).isTrue();
    assertThat(STATUSES).as(task.toString()).contains(task.path("status").asText());
    return task;
  }
}

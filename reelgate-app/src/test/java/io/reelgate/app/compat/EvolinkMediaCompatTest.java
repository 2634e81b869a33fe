package io.reelgate.app.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evolink's media MCP server, github.com/EvoLinkAI/evolink-media-mcp at e988e08 (npm {@code
 * @evolinkai/evolink-media} 1.2.1, the {@code packages/core} tools). Its base URL is one of two
 * constants ({@code https://api.evolink.ai}, {@code https://beta-api.evolink.ai}), so it reaches
 * Reelgate only with that changed; what it sends then is replayed: {@code generate_video}, then
 * {@code check_task} until the task ends.
 *
 * <ul>
 *   <li>{@code fetch} with {@code Authorization: Bearer <key>} and {@code Content-Type:
 *       application/json}; the body is always read as JSON; a status that is not 2xx is an error
 *       formatted from {@code error.message}, {@code error.type} and {@code
 *       error.fallback_suggestion}; 429, 502 and 503 are retried;
 *   <li>{@code POST /v1/videos/generations} with the tool's parameters as given ({@code prompt},
 *       {@code model}, and {@code duration} (3 to 15), {@code quality} (480p, 720p, 1080p, 4k),
 *       {@code aspect_ratio}, {@code image_urls}, {@code generate_audio} when set): reads {@code
 *       id}, {@code task_info.estimated_time}, {@code usage};
 *   <li>{@code GET /v1/tasks/{id}} (the agent calls it every 10 to 15 s): {@code id}, {@code
 *       model}, {@code status} (pending, processing, completed, failed), {@code progress}, {@code
 *       results[]} when completed, {@code error.code}/{@code error.message} when failed.
 * </ul>
 *
 * Its {@code quality} values are the generic ones: for Hailuo, Evolink's page (and so Reelgate)
 * takes 768p and 1080p, so {@code 720p} is refused and {@code 1080p} works for 6 s.
 */
class EvolinkMediaCompatTest extends CompatServer {
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(10);
  private static final Map<String, String> HEADERS = Map.of("Authorization", "Bearer " + KEY, "Content-Type", "application/json");
  private static final Set<String> STATUSES = Set.of("pending", "processing", "completed", "failed");

  @TempDir Path downloads;

  @Test
  void generate_video_then_check_task_yields_the_mp4_at_results() throws Exception {
    HttpResponse<String> created =
        send("POST", "/v1/videos/generations", HEADERS,
            toJson(Map.of("prompt", "A lighthouse at dawn, waves below [Push in]", "model", "MiniMax-Hailuo-2.3", "duration", 6,
                "aspect_ratio", "16:9")));

    assertThat(created.statusCode()).as(created.body()).isBetween(200, 299);
    JsonNode task = json(created);
    assertThat(task.path("id").asText()).isNotEmpty();
    JsonNode done = checkTask(task.path("id").asText());
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    assertThat(done.path("model").asText()).isEqualTo("MiniMax-Hailuo-2.3");
    VideoInfo video = download(done.path("results").path(0).asText(), downloads.resolve("video.mp4"));
    assertThat(video.codec()).isEqualTo("h264");
  }

  @Test
  void quality_720p_of_the_tool_s_list_is_refused_for_hailuo_with_a_readable_error() {
    HttpResponse<String> refused =
        send("POST", "/v1/videos/generations", HEADERS,
            toJson(Map.of("prompt", "a cat", "model", "MiniMax-Hailuo-2.3", "quality", "720p")));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("error").path("message").asText()).contains("quality");
    assertThat(json(refused).path("error").path("type").asText()).isEqualTo("invalid_request_error");
  }

  @Test
  void quality_1080p_of_the_tool_s_list_is_taken_for_6_seconds() {
    HttpResponse<String> created =
        send("POST", "/v1/videos/generations", HEADERS,
            toJson(Map.of("prompt", "a cat", "model", "MiniMax-Hailuo-2.3", "quality", "1080p", "duration", 6)));

    assertThat(created.statusCode()).as(created.body()).isBetween(200, 299);
    // Not the library's call: Reelgate's cancel, so that the suite does not render a 1080P video it does not look at.
    send("POST", "/v1/tasks/" + json(created).path("id").asText() + "/cancel", HEADERS, null);
  }

  private static JsonNode checkTask(String id) throws InterruptedException {
    Instant deadline = Instant.now().plus(RENDER_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      pause(POLL_INTERVAL);
      HttpResponse<String> response = send("GET", "/v1/tasks/" + id, HEADERS, null);
      assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
      JsonNode task = json(response);
      assertThat(STATUSES).as(task.toString()).contains(task.path("status").asText());
      assertThat(task.path("progress").isNumber()).isTrue();
      if (task.path("status").asText().equals("failed")) {
        assertThat(task.path("error").path("message").isTextual()).isTrue();
        return task;
      }
      if (task.path("status").asText().equals("completed")) return task;
    }
    throw new AssertionError("task " + id + " did not end");
  }
}

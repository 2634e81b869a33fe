package io.reelgate.app.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MiniMax's MCP server, github.com/MiniMax-AI/MiniMax-MCP at 2910d66 (PyPI {@code minimax-mcp}
 * 0.0.18), its {@code generate_video} tool, with {@code MINIMAX_API_HOST} pointing at Reelgate:
 *
 * <ul>
 *   <li>one session: {@code Authorization: Bearer <key>}, {@code MM-API-Source: Minimax-MCP} and
 *       {@code Content-Type: application/json} on every request, GETs included; any HTTP error
 *       status raises, and so does a {@code base_resp.status_code} other than 0 in any answer;
 *   <li>{@code POST /v1/video_generation} with {@code model} (default {@code MiniMax-Hailuo-2.3}),
 *       {@code prompt}, and when given {@code first_frame_image} (a local file becomes {@code
 *       data:image/jpeg;base64,...} whatever its type), {@code duration}, {@code resolution}; reads
 *       {@code task_id};
 *   <li>{@code GET /v1/query/video_generation?task_id=} at once, then every 20 s (30 times, 60 for
 *       MiniMax-Hailuo-02): {@code status} {@code Fail} raises, {@code Success} needs {@code
 *       file_id};
 *   <li>{@code GET /v1/files/retrieve?file_id=}: {@code file.download_url}, downloaded with a plain
 *       GET.
 * </ul>
 */
class MiniMaxMcpCompatTest extends CompatServer {
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(20);
  private static final Map<String, String> SESSION =
      Map.of("Authorization", "Bearer " + KEY, "MM-API-Source", "Minimax-MCP", "Content-Type", "application/json");

  @TempDir Path downloads;

  @Test
  void generate_video_with_a_local_first_frame_on_hailuo_02_saves_an_mp4() throws Exception {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("model", "MiniMax-Hailuo-02");
    payload.put("prompt", "An astronaut waves [Pan left]");
    // The tool labels every local file image/jpeg, a PNG included.
    payload.put("first_frame_image", photo("astronaut.png", "image/jpeg"));
    payload.put("duration", 6);
    payload.put("resolution", "512P");

    String taskId = call("POST", "/v1/video_generation", toJson(payload)).path("task_id").asText();
    assertThat(taskId).isNotEmpty();
    String fileId = awaitFileId(taskId);
    String downloadUrl = call("GET", "/v1/files/retrieve?file_id=" + fileId, null).path("file").path("download_url").asText();

    VideoInfo video = download(downloadUrl, downloads.resolve("video.mp4"));
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(video.height()).isEqualTo(512);
  }

  @Test
  void default_model_text_to_video_is_accepted() {
    JsonNode created = call("POST", "/v1/video_generation", toJson(Map.of("model", "MiniMax-Hailuo-2.3", "prompt", "A quiet harbour [Pan left]")));

    assertThat(created.path("task_id").asText()).isNotEmpty();
  }

  /** {@code _make_request}: raise_for_status, then {@code base_resp.status_code} must be 0. */
  private static JsonNode call(String method, String path, String body) {
    HttpResponse<String> response = send(method, path, SESSION, body);
    assertThat(response.statusCode()).as(response.body()).isLessThan(400);
    JsonNode data = json(response);
    assertThat(data.path("base_resp").path("status_code").asInt(-1)).as(response.body()).isZero();
    return data;
  }

  private static String awaitFileId(String taskId) throws InterruptedException {
    long deadline = System.nanoTime() + RENDER_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = call("GET", "/v1/query/video_generation?task_id=" + taskId, null);
      switch (status.path("status").asText()) {
        case "Fail" -> throw new AssertionError("Video generation failed for task_id: " + taskId);
        case "Success" -> {
          assertThat(status.path("file_id").asText()).as("Missing file_id in success response").isNotEmpty();
          return status.path("file_id").asText();
        }
        default -> pause(POLL_INTERVAL);
      }
    }
    throw new AssertionError("Failed to get file_id for task_id: " + taskId);
  }
}

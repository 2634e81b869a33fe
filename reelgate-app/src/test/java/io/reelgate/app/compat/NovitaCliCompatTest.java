package io.reelgate.app.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Novita's command line, github.com/novitalabs/novita-cli at cec096c (PyPI {@code novita} 0.1.0).
 * It has no Hailuo command and its base URL is a constant ({@code https://api.novita.ai}), so it
 * reaches Reelgate only with that constant changed; what it sends then is replayed: {@code novita
 * task wait TASK_ID} after a create.
 *
 * <ul>
 *   <li>one session for every request: {@code Authorization: Bearer <key>} and {@code
 *       Content-Type: application/json}; a status of 400 or more is an error whose message is read
 *       from {@code error.message}, else the body's text;
 *   <li>{@code GET /v3/async/task-result?task_id=} at once, then every 3 s, up to 600 s: {@code
 *       task.status}, {@code task.progress_percent}, {@code task.reason} on failure; when
 *       SUCCEED, each of {@code images}, {@code videos} and {@code audios} is iterated (so each must
 *       be an array when present), and each video's {@code video_url} downloaded with a plain GET
 *       to {@code task_<id>_<i>.<video_type>}.
 * </ul>
 */
class NovitaCliCompatTest extends CompatServer {
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(3);
  private static final Map<String, String> SESSION = Map.of("Authorization", "Bearer " + KEY, "Content-Type", "application/json");

  @TempDir Path downloads;

  @Test
  void task_wait_after_a_hailuo_02_create_downloads_the_mp4() throws Exception {
    HttpResponse<String> created =
        send("POST", "/v3/async/minimax-hailuo-02", SESSION,
            toJson(Map.of("prompt", "An astronaut drifts [Tracking shot]", "image", photo("astronaut.png", "image/png"), "duration", 6,
                "resolution", "512P")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String taskId = json(created).path("task_id").asText();

    JsonNode result = pollTask(taskId);

    for (String list : new String[] {"images", "videos", "audios"}) {
      assertThat(result.path(list).isMissingNode() || result.path(list).isArray()).as(list + " is iterated").isTrue();
    }
    JsonNode video = result.path("videos").path(0);
    VideoInfo info = download(video.path("video_url").asText(), downloads.resolve("task_" + taskId.substring(0, 8) + "_0." + video.path("video_type").asText()));
    assertThat(info.codec()).isEqualTo("h264");
    assertThat(info.frames()).isEqualTo(150);
  }

  @Test
  void task_status_of_an_unknown_task_is_an_error_with_a_message() {
    HttpResponse<String> unknown = send("GET", "/v3/async/task-result?task_id=no-such-task", SESSION, null);

    assertThat(unknown.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(unknown.body()).isNotBlank();
  }

  private static JsonNode pollTask(String taskId) throws InterruptedException {
    Instant deadline = Instant.now().plus(RENDER_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = send("GET", "/v3/async/task-result?task_id=" + taskId, SESSION, null);
      assertThat(response.statusCode()).as(response.body()).isLessThan(400);
      JsonNode result = json(response);
      String status = result.path("task").path("status").asText("");
      assertThat(result.path("task").path("progress_percent").canConvertToInt()).isTrue();
      if (status.equals("TASK_STATUS_SUCCEED")) return result;
      if (status.equals("TASK_STATUS_FAILED")) throw new AssertionError("Task failed: " + result.path("task").path("reason").asText());
      pause(POLL_INTERVAL);
    }
    throw new AssertionError("Task timed out");
  }
}

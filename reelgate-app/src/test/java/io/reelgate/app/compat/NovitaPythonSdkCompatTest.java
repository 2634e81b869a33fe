package io.reelgate.app.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Novita's Python SDK, github.com/novitalabs/python-sdk at 8d98392 (PyPI {@code novita_client}
 * 0.7.1, which sends {@code novita-python-sdk/0.5.0}). It has no Hailuo method: a caller sends the
 * create through {@code NovitaClient._post(path, body)} and waits with {@code
 * wait_for_task_v3(task_id)}, which is what is replayed:
 *
 * <ul>
 *   <li>every request carries {@code Accept: application/json}, {@code Content-Type:
 *       application/json} (GETs too), {@code Authorization: Bearer <key>}, {@code User-Agent:
 *       novita-python-sdk/0.5.0} and {@code Accept-Encoding: gzip, deflate}; any status but 200 is
 *       an error;
 *   <li>{@code GET /v3/async/task-result?task_id=} at once, then every 0.5 s, up to 300 polls; the
 *       answer is decoded as {@code V3TaskResponse}: {@code task.task_id} and {@code task.status}
 *       (one of the four {@code TASK_STATUS_*}, else the decoding fails) required, {@code videos[]}
 *       with {@code video_url}, {@code video_type}, {@code video_url_ttl} (an int; a string of
 *       digits is converted); finished is SUCCEED or FAILED, and then {@code extra.debug_info} is
 *       read for a log line, so {@code extra} must be there.
 * </ul>
 */
class NovitaPythonSdkCompatTest extends CompatServer {
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final Set<String> STATUSES = Set.of("TASK_STATUS_SUCCEED", "TASK_STATUS_PROCESSING", "TASK_STATUS_QUEUED", "TASK_STATUS_FAILED");

  @TempDir Path downloads;

  @Test
  void hailuo_02_image_to_video_through_post_and_wait_for_task_v3_yields_an_mp4() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("prompt", "An astronaut waves [Push in]");
    body.put("image", photo("astronaut.png", "image/png"));
    body.put("duration", 6);
    body.put("resolution", "512P");

    HttpResponse<String> created = send("POST", "/v3/async/minimax-hailuo-02", headers(), toJson(body));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String taskId = json(created).path("task_id").asText();
    JsonNode done = waitForTaskV3(taskId);
    assertThat(done.path("task").path("status").asText()).as(done.toString()).isEqualTo("TASK_STATUS_SUCCEED");
    JsonNode video = done.path("videos").path(0);
    assertThat(video.path("video_type").asText()).isEqualTo("mp4");
    assertThat(video.path("video_url_ttl").asText()).matches("\\d+");
    VideoInfo info = download(video.path("video_url").asText(), downloads.resolve("video.mp4"));
    assertThat(info.codec()).isEqualTo("h264");
    assertThat(info.height()).isEqualTo(512);
  }

  @Test
  void refused_create_is_a_status_other_than_200() {
    HttpResponse<String> refused = send("POST", "/v3/async/minimax-hailuo-02", headers(), toJson(Map.of("prompt", "a cat", "duration", 7)));

    assertThat(refused.statusCode()).isEqualTo(400);
  }

  private static Map<String, String> headers() {
    return Map.of(
        "Accept", "application/json",
        "Content-Type", "application/json",
        "Authorization", "Bearer " + KEY,
        "User-Agent", "novita-python-sdk/0.5.0",
        "Accept-Encoding", "gzip, deflate");
  }

  private static JsonNode waitForTaskV3(String taskId) throws InterruptedException {
    Instant deadline = Instant.now().plus(RENDER_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = send("GET", "/v3/async/task-result?task_id=" + taskId, headers(), null);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode result = json(response);
      JsonNode task = result.path("task");
      assertThat(task.path("task_id").asText()).isEqualTo(taskId);
      assertThat(STATUSES).as(result.toString()).contains(task.path("status").asText());
      assertThat(task.path("progress_percent").isInt()).isTrue();
      assertThat(task.path("eta").isNumber()).isTrue();
      String status = task.path("status").asText();
      if (status.equals("TASK_STATUS_SUCCEED") || status.equals("TASK_STATUS_FAILED")) {
        assertThat(result.path("extra").path("debug_info").isObject()).as("extra.debug_info is read when finished").isTrue();
        return result;
      }
      pause(POLL_INTERVAL);
    }
    throw new AssertionError("NovitaTimeoutError: task " + taskId);
  }
}

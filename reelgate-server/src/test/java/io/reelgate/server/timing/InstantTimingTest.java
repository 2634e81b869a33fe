package io.reelgate.server.timing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --timing instant} over HTTP (the MiniMax dialect): the smallest real video, made at once by the real motion engine. */
class InstantTimingTest extends RunningServer {
  @BeforeAll
  static void instant() {
    server.close();
    server = start(config().timing(Timing.INSTANT));
  }

  @Test
  void an_instant_task_is_a_real_video_at_the_smallest_size_whatever_resolution_was_asked() {
    JsonNode created = json(post("/v1/video_generation", ALICE,
        body("model", "MiniMax-Hailuo-2.3", "prompt", "A lighthouse at dawn [Push in]", "duration", 6, "resolution", "1080P")));
    String taskId = created.path("task_id").asText();

    JsonNode done = awaitSuccess(taskId);
    int[] size = {done.path("video_width").asInt(), done.path("video_height").asInt()};
    JsonNode file = json(get("/v1/files/retrieve?file_id=" + done.path("file_id").asText(), ALICE));
    byte[] video = send(HttpRequest.newBuilder(java.net.URI.create(file.at("/file/download_url").asText())).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();

    assertThat(Arrays.stream(size).min().orElseThrow()).as("the short side").isEqualTo(16);
    assertThat(size[0]).as("16:9 kept").isGreaterThan(size[1]);
    assertThat(new String(video, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).as("an MP4").isEqualTo("ftyp");
  }

  private static JsonNode awaitSuccess(String taskId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      JsonNode task = json(get("/v1/query/video_generation?task_id=" + taskId, ALICE));
      assertThat(task.path("status").asText()).as(task.toString()).isNotEqualTo("Fail");
      if (task.path("status").asText().equals("Success")) return task;
      pause();
    }
    throw new AssertionError("task " + taskId + " did not succeed within a minute");
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

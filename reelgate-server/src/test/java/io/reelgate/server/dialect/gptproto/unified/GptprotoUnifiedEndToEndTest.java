package io.reelgate.server.dialect.gptproto.unified;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first-and-last-frame request through GPTProto's unified API, rendered for real and played back. */
class GptprotoUnifiedEndToEndTest extends GptprotoUnifiedServer {
  @TempDir Path downloads;

  @Test
  void first_and_last_frame_request_is_accepted_pending_and_completes_with_its_video_at_unsigned_urls() throws Exception {
    String body =
        """
        {"model": "minimax/hailuo-02-fast", "prompt": "Sunrise over the bay [Push in]", "mode": "auto", "duration": 6,
         "resolution": "768p", "frame_images": [
           {"type": "image_url", "frame_type": "first_frame", "image_url": {"url": "%s"}},
           {"type": "image_url", "frame_type": "last_frame", "image_url": {"url": "%s"}}]}"""
            .formatted(png(640, 400), png(640, 400));

    HttpResponse<String> created = create(bearer(ALICE), body);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
    JsonNode task = json(created);
    String id = task.path("id").asText();
    assertThat(task.path("status").asText()).isEqualTo("pending");
    assertThat(task.path("generation_id").asText()).isEqualTo(id);
    assertThat(task.path("polling_url").asText()).isEqualTo("/api/v3/tasks/result/" + id);
    assertThat(task.path("model").asText()).isEqualTo("minimax/hailuo-02-fast");
    assertThat(task.has("unsigned_urls")).isFalse();

    JsonNode done = awaitEnd(task.path("polling_url").asText(), bearer(ALICE));

    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    assertThat(done.path("native_status").asText()).isEqualTo("succeeded");
    assertThat(done.has("error")).isFalse();
    assertThat(done.path("completed_at").asText()).isNotEmpty();
    assertThat(json(read("/api/v3/videos/" + id, bearer(ALICE)))).isEqualTo(done);
    VideoInfo video = download(done.path("unsigned_urls").path(0).asText());
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(video.frames()).isEqualTo(150);
    assertThat(video.height()).isEqualTo(768);
  }

  private static JsonNode awaitEnd(String pollingUrl, String authorization) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonNode task = json(read(pollingUrl, authorization));
      if (!Map.of("pending", 0, "in_progress", 0).containsKey(task.path("status").asText())) return task;
      Thread.sleep(100);
    }
    throw new AssertionError(pollingUrl + " did not end in 3 minutes");
  }

  private VideoInfo download(String url) throws Exception {
    Path file = downloads.resolve("video.mp4");
    HttpResponse<Path> response = send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
    assertThat(response.statusCode()).isEqualTo(200);
    return VideoProbe.probe(file);
  }
}

package io.reelgate.server.dialect.novita;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.server.RunningServer;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's journey: the Novita 2.3 Fast I2V request with a real photo, to a playable MP4. */
class NovitaEndToEndTest extends RunningServer {
  private static final String PHOTO = "astronaut.png";

  @TempDir Path downloads;

  @Test
  void photo_becomes_a_768p_h264_video_of_150_frames_at_25_fps() throws Exception {
    HttpResponse<String> created =
        post(
            "/v3/async/minimax-hailuo-2.3-fast-i2v",
            ALICE,
            body(
                "prompt", "An astronaut floats above the Earth [推进]",
                "image", photo(PHOTO),
                "duration", 6,
                "resolution", "768P"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String taskId = json(created).path("task_id").asText();

    List<Integer> progress = new ArrayList<>();
    JsonNode result = pollUntilDone(taskId, progress);

    JsonNode task = result.path("task");
    assertThat(task.path("status").asText()).as(result.toString()).isEqualTo("TASK_STATUS_SUCCEED");
    assertThat(task.path("task_type").asText()).isEqualTo("MINIMAX_HAILUO_2_3_FAST_I2V");
    assertThat(task.path("progress_percent").asInt()).isEqualTo(100);
    assertThat(task.path("eta").asInt()).isZero();
    assertThat(progress).as("progress seen while rendering").anyMatch(p -> p > 0 && p < 100);
    assertThat(result.path("extra").path("debug_info").path("complete_time_ms").isTextual()).isTrue();
    JsonNode video = result.path("videos").path(0);
    assertThat(video.path("video_url_ttl").isTextual()).isTrue();
    assertThat(video.path("video_url_ttl").asText()).isEqualTo("3600");
    assertThat(video.path("video_type").asText()).isEqualTo("mp4");

    Path mp4 = downloads.resolve("result.mp4");
    HttpResponse<Path> download =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(video.path("video_url").asText())).build(),
            HttpResponse.BodyHandlers.ofFile(mp4));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("video/mp4");

    VideoInfo info = VideoProbe.probe(mp4);
    BufferedImage photo = readPhoto();
    assertThat(info.codec()).isEqualTo("h264");
    assertThat(info.fps()).isEqualTo(25.0);
    assertThat(info.frames()).isEqualTo(150);
    assertThat(Math.min(info.width(), info.height())).isEqualTo(768);
    assertThat((double) info.width() / info.height())
        .isCloseTo((double) photo.getWidth() / photo.getHeight(), org.assertj.core.data.Offset.offset(0.01));
  }

  private static JsonNode pollUntilDone(String taskId, List<Integer> progress) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = get("/v3/async/task-result?task_id=" + taskId, ALICE);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode result = json(response);
      String status = result.path("task").path("status").asText();
      progress.add(result.path("task").path("progress_percent").asInt());
      if (status.equals("TASK_STATUS_SUCCEED") || status.equals("TASK_STATUS_FAILED")) return result;
      Thread.sleep(100);
    }
    throw new AssertionError("task " + taskId + " did not finish in 5 minutes; progress " + progress);
  }

  private static BufferedImage readPhoto() throws Exception {
    try (InputStream in = NovitaEndToEndTest.class.getResourceAsStream("/photos/" + PHOTO)) {
      return ImageIO.read(in);
    }
  }
}

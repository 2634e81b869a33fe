package io.reelgate.server.dialect.minimax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each MiniMax operation end to end with real photos: create, query until {@code Success},
 * retrieve the file, download it from its {@code download_url} and read the MP4 back.
 */
class MiniMaxEndToEndTest extends MiniMaxServer {
  @TempDir Path downloads;

  @Test
  void image_to_video_on_hailuo_23_fast_keeps_the_photo_square_at_768p() throws Exception {
    String taskId =
        accepted(
            ALICE,
            body(
                "model", "MiniMax-Hailuo-2.3-Fast",
                "prompt", "An astronaut floats above the Earth [Push in]",
                "first_frame_image", photo("astronaut.png"),
                "duration", 6,
                "resolution", "768P"));

    Finished done = finish(taskId);

    assertThat(done.video.width()).isEqualTo(768);
    assertThat(done.video.height()).isEqualTo(768);
    assertThat(done.video.frames()).isEqualTo(150);
    assertThat(done.video.fps()).isEqualTo(25.0);
  }

  @Test
  void text_to_video_on_hailuo_23_is_1366_by_768() throws Exception {
    String taskId =
        accepted(ALICE, body("model", "MiniMax-Hailuo-2.3", "prompt", "A lighthouse at dawn, waves below [Truck left]"));

    Finished done = finish(taskId);

    assertThat(done.video.width()).isEqualTo(1366);
    assertThat(done.video.height()).isEqualTo(768);
    assertThat(done.video.frames()).as("6 s by default").isEqualTo(150);
  }

  @Test
  void first_and_last_frame_on_hailuo_02_takes_its_size_from_the_first_frame() throws Exception {
    String taskId =
        accepted(
            ALICE,
            body(
                "model", "MiniMax-Hailuo-02",
                "prompt", "The galaxies drift [Zoom in]",
                "first_frame_image", photo("hubble_deep_field.jpg"),
                "last_frame_image", photo("retina.jpg"),
                "duration", 6,
                "resolution", "768P",
                "prompt_optimizer", false,
                "fast_pretreatment", true));

    Finished done = finish(taskId);

    assertThat(Math.min(done.video.width(), done.video.height())).isEqualTo(768);
    assertThat(aspect(done.video)).isCloseTo(aspectOfPhoto("hubble_deep_field.jpg"), within(0.01));
  }

  @Test
  void image_to_video_at_512p_on_hailuo_02_has_a_short_side_of_512() throws Exception {
    String taskId =
        accepted(
            ALICE,
            body(
                "model", "MiniMax-Hailuo-02",
                "prompt", "Deep space, slowly [Pan right]",
                "first_frame_image", photo("hubble_deep_field.jpg"),
                "duration", 6,
                "resolution", "512P"));

    Finished done = finish(taskId);

    assertThat(Math.min(done.video.width(), done.video.height())).isEqualTo(512);
    assertThat(aspect(done.video)).isCloseTo(aspectOfPhoto("hubble_deep_field.jpg"), within(0.01));
  }

  /** A task seen through to its MP4, with what every MiniMax success has in common checked. */
  private record Finished(JsonNode query, JsonNode file, VideoInfo video) {}

  private Finished finish(String taskId) throws Exception {
    assertThat(taskId).matches("[0-9]{19}");
    List<String> seen = new ArrayList<>();
    JsonNode query = awaitEnd(taskId, ALICE, seen);
    assertThat(query.path("status").asText()).as(query.toString()).isEqualTo("Success");
    assertThat(query.path("task_id").asText()).isEqualTo(taskId);
    assertThat(seen).as("statuses before Success").allMatch(s -> s.equals("Queueing") || s.equals("Processing") || s.equals("Success"));
    String fileId = query.path("file_id").asText();
    assertThat(fileId).matches("[0-9]+");
    assertThat(json(query(taskId, ALICE)).path("file_id").asText()).as("stable across queries").isEqualTo(fileId);

    Instant beforeRetrieve = Instant.now();
    JsonNode file = json(retrieve(fileId, ALICE)).path("file");
    assertThat(file.path("file_id").asText()).isEqualTo(fileId);
    assertThat(file.path("purpose").asText()).isEqualTo("video_generation");
    assertThat(file.path("created_at").asLong()).isBetween(beforeRetrieve.getEpochSecond() - 600, beforeRetrieve.getEpochSecond());

    Path mp4 = downloads.resolve(fileId + ".mp4");
    HttpResponse<Path> download =
        send(HttpRequest.newBuilder(URI.create(file.path("download_url").asText())).build(), HttpResponse.BodyHandlers.ofFile(mp4));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("video/mp4");
    assertThat(Files.size(mp4)).isEqualTo(file.path("bytes").asLong());

    VideoInfo video = VideoProbe.probe(mp4);
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(query.path("video_width").asInt()).isEqualTo(video.width());
    assertThat(query.path("video_height").asInt()).isEqualTo(video.height());
    return new Finished(query, file, video);
  }

  private static double aspect(VideoInfo video) {
    return (double) video.width() / video.height();
  }

  private static double aspectOfPhoto(String name) {
    try {
      var image = ImageIO.read(new ByteArrayInputStream(TestPhotos.bytes(name)));
      return (double) image.getWidth() / image.getHeight();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

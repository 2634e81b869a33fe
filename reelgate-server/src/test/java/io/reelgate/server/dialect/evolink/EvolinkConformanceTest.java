package io.reelgate.server.dialect.evolink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evolink's documented requests, each accepted as Evolink documents it and its task finished to a
 * playable video; every answer has exactly the documented fields and types (checked against the
 * OpenAPI document by {@link EvolinkServer}, and spelled out here for the create answer).
 */
class EvolinkConformanceTest extends EvolinkServer {
  private static final List<String> CREATED_FIELDS =
      List.of("created", "id", "model", "object", "progress", "status", "task_info", "type", "usage");

  @TempDir Path downloads;

  @Test
  void image_to_video_example_on_hailuo_23_fast_with_a_photo_finishes_with_a_downloadable_video() throws Exception {
    // Evolink's image_to_video example, with the one image its schema requires.
    String photo = "hubble_deep_field.jpg";
    long before = Instant.now().getEpochSecond();
    HttpResponse<String> response =
        create(
            ALICE,
            body(
                "model", "MiniMax-Hailuo-2.3-Fast",
                "prompt", "A cat slowly opens its eyes and looks around [Pan left]",
                "image_urls", List.of(photo(photo))));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode created = json(response);
    assertThat(fieldNames(created)).containsExactlyInAnyOrderElementsOf(CREATED_FIELDS);
    assertThat(created.path("id").asText()).matches("task-unified-\\d{10}-[a-z0-9]{8}");
    assertThat(created.path("created").isIntegralNumber()).isTrue();
    assertThat(created.path("created").asLong()).isBetween(before, Instant.now().getEpochSecond());
    assertThat(created.path("model").asText()).isEqualTo("MiniMax-Hailuo-2.3-Fast");
    assertThat(created.path("object").asText()).isEqualTo("video.generation.task");
    assertThat(created.path("progress").asInt()).isZero();
    assertThat(created.path("status").asText()).isEqualTo("pending");
    assertThat(created.path("type").asText()).isEqualTo("video");
    JsonNode info = created.path("task_info");
    assertThat(info.path("can_cancel").asBoolean()).isTrue();
    assertThat(info.path("estimated_time").isIntegralNumber()).isTrue();
    assertThat(info.path("estimated_time").asLong()).isPositive();
    assertThat(info.path("video_duration").asInt()).isEqualTo(6);
    assertThat(created.path("usage").path("credits_reserved").asInt()).isZero();

    JsonNode done = awaitEnd(created.path("id").asText(), ALICE);

    assertThat(fieldNames(done)).containsExactlyInAnyOrderElementsOf(DETAIL_FIELDS);
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    assertThat(done.path("id").asText()).isEqualTo(created.path("id").asText());
    assertThat(done.path("created").asLong()).isEqualTo(created.path("created").asLong());
    assertThat(done.path("progress").asInt()).isEqualTo(100);
    assertThat(done.path("task_info").path("can_cancel").asBoolean()).isFalse();
    assertThat(done.path("results")).hasSize(1);
    VideoInfo video = download(done.path("results").path(0).asText());
    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(TestPhotos.bytes(photo)));
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(video.frames()).isEqualTo(150);
    assertThat(Math.min(video.width(), video.height())).isEqualTo(768);
    assertThat((double) video.width() / video.height())
        .isCloseTo((double) picture.getWidth() / picture.getHeight(), offset(0.01));
  }

  @Test
  void text_to_video_example_on_hailuo_23_finishes_as_a_768p_landscape_video() throws Exception {
    // Evolink's Hailuo 2.3 example: a prompt and nothing else.
    HttpResponse<String> response =
        create(ALICE, body("model", "MiniMax-Hailuo-2.3", "prompt", "A beautiful sunset over the ocean [Static shot]"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode done = awaitEnd(json(response).path("id").asText(), ALICE);

    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    assertThat(done.path("model").asText()).isEqualTo("MiniMax-Hailuo-2.3");
    VideoInfo video = download(done.path("results").path(0).asText());
    assertThat(video.width()).isEqualTo(1366);
    assertThat(video.height()).isEqualTo(768);
    assertThat(video.frames()).isEqualTo(150);
  }

  @Test
  void first_and_last_frame_on_hailuo_02_finishes_framed_by_the_first_image() throws Exception {
    String first = "hubble_deep_field.jpg";
    HttpResponse<String> response =
        create(
            ALICE,
            body(
                "model", "MiniMax-Hailuo-02",
                "prompt", "A young girl gradually grows into an adult woman",
                "image_urls", List.of(photo(first), photo("retina.jpg")),
                "quality", "768p",
                "duration", 6));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode done = awaitEnd(json(response).path("id").asText(), ALICE);

    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    VideoInfo video = download(done.path("results").path(0).asText());
    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(TestPhotos.bytes(first)));
    assertThat(Math.min(video.width(), video.height())).isEqualTo(768);
    assertThat((double) video.width() / video.height())
        .isCloseTo((double) picture.getWidth() / picture.getHeight(), offset(0.01));
  }

  private VideoInfo download(String url) throws Exception {
    Path mp4 = downloads.resolve("result-" + System.nanoTime() + ".mp4");
    HttpResponse<Path> download =
        send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofFile(mp4));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("video/mp4");
    return VideoProbe.probe(mp4);
  }
}

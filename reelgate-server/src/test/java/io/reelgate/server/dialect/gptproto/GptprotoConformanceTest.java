package io.reelgate.server.dialect.gptproto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GPTProto's documented requests, rendered for real and read back as its document shows them. */
class GptprotoConformanceTest extends GptprotoServer {
  /** The body of GPTProto's text-to-video example, as its curl example sends it. */
  private static final String DOCUMENTED_EXAMPLE =
      """
      {
          "duration": 6,
          "enable_prompt_expansion": true,
          "prompt": "a act"
        }""";

  @TempDir Path downloads;

  @Test
  void documented_text_to_video_example_on_hailuo_2_3_fast_completes_with_a_downloadable_video() throws Exception {
    HttpResponse<String> created = create("hailuo-2.3-fast", "text-to-video", ALICE, DOCUMENTED_EXAMPLE);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode answer = json(created);
    assertThat(answer.path("message").asText()).isEqualTo("success");
    assertThat(answer.path("code").asInt()).isEqualTo(200);
    JsonNode data = answer.path("data");
    String id = data.path("id").asText();
    assertThat(data.path("model").asText()).isEqualTo("minimax/hailuo-2.3-fast/text-to-video");
    assertThat(data.path("status").asText()).isIn("created", "processing");
    assertThat(data.path("outputs")).isEmpty();
    assertThat(data.path("error").isNull()).isTrue();
    assertThat(data.path("urls").path("get").asText()).isEqualTo(server.publicUrl() + "/api/v3/predictions/" + id + "/result");

    JsonNode done = awaitEnd(data.path("urls").path("get").asText(), ALICE);

    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    assertThat(done.path("id").asText()).isEqualTo(id);
    assertThat(done.path("error").isNull()).isTrue();
    assertThat(done.path("outputs")).hasSize(1);
    assertThat(done.path("has_nsfw_contents").toString()).isEqualTo("[false]");
    assertThat(done.path("timings").path("inference").asLong()).isPositive();
    assertThat(done.path("executionTime").asLong()).isGreaterThanOrEqualTo(done.path("timings").path("inference").asLong());
    assertThat(done.path("created_at").asText()).isEqualTo(data.path("created_at").asText());
    VideoInfo video = download(done.path("outputs").path(0).asText());
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(video.frames()).isEqualTo(150);
    assertThat(video.height()).isEqualTo(768);
  }

  @Test
  void photo_on_hailuo_02_standard_becomes_a_video_of_the_photo_s_shape() throws Exception {
    HttpResponse<String> created =
        create(
            "hailuo-02-standard",
            "image-to-video",
            ALICE,
            body("prompt", "The deep field drifts past [Pan left]", "image", photo("hubble_deep_field.jpg"), "duration", 6));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode data = json(created).path("data");
    assertThat(data.path("model").asText()).isEqualTo("minimax/hailuo-02-standard/image-to-video");

    JsonNode done = awaitEnd(data.path("urls").path("get").asText(), ALICE);

    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    VideoInfo video = download(done.path("outputs").path(0).asText());
    BufferedImage photo = ImageIO.read(new ByteArrayInputStream(TestPhotos.bytes("hubble_deep_field.jpg")));
    assertThat(Math.min(video.width(), video.height())).isEqualTo(768);
    assertThat((double) video.width() / video.height())
        .isCloseTo((double) photo.getWidth() / photo.getHeight(), within(0.01));
  }

  private VideoInfo download(String link) throws Exception {
    Path mp4 = downloads.resolve("result.mp4");
    HttpResponse<Path> download = send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofFile(mp4));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("video/mp4");
    return VideoProbe.probe(mp4);
  }
}

package io.reelgate.server.dialect.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request sequence of openai-python's {@code videos.create_and_poll(...)} and {@code
 * videos.download_content(...)} (resources/videos.py), replayed over real HTTP: the multipart
 * create, the polls with {@code X-Stainless-Poll-Helper} honouring {@code openai-poll-after-ms},
 * then the content with {@code Accept: application/binary}, redirects followed as httpx does
 * ({@code follow_redirects=True}); the MP4 and the stills are decoded.
 */
class OpenAiSdkReplayTest extends OpenAiServer {
  private static final HttpClient FOLLOWING = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  @TempDir Path downloads;

  @Test
  void create_and_poll_then_download_content_gives_a_real_mp4_of_what_the_video_says() throws Exception {
    HttpResponse<String> created =
        multipart("/v1/videos", ALICE, Map.of("prompt", "A lighthouse at dawn [Push in]", "model", "sora-2", "size", "1280x720", "seconds", "6"),
            null, null, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode queued = json(created);
    assertThat(queued.path("id").asText()).matches("video_[0-9a-f]{32}");
    assertThat(queued.path("model").asText()).as("sora-2 is made by reelgate-motion, and says so").isEqualTo("reelgate-motion");

    JsonNode done = pollToEnd(queued.path("id").asText(), ALICE);

    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    assertThat(done.path("progress").asInt()).isEqualTo(100);
    assertThat(done.path("seconds").asText()).isEqualTo("6");
    assertThat(done.path("size").asText()).isEqualTo("1280x720");
    assertThat(done.path("completed_at").asLong()).isGreaterThanOrEqualTo(done.path("created_at").asLong());
    VideoInfo video = VideoProbe.probe(download(done.path("id").asText(), null, "video.mp4"));
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(video.frames()).as("6 s at 25 fps").isEqualTo(150);
    assertThat((double) video.width() / video.height()).as("16:9").isCloseTo(16.0 / 9, org.assertj.core.data.Offset.offset(0.05));

    BufferedImage thumbnail = ImageIO.read(download(done.path("id").asText(), "thumbnail", "thumbnail.jpg").toFile());
    assertThat(thumbnail.getWidth()).isEqualTo(video.width() - video.width() % 2);
    BufferedImage sheet = ImageIO.read(download(done.path("id").asText(), "spritesheet", "sheet.jpg").toFile());
    assertThat(sheet.getWidth()).as("3 columns of 256 px").isEqualTo(3 * 256);
    assertThat(sheet.getHeight()).as("3 rows").isEqualTo(3 * (int) Math.round(256.0 * video.height() / video.width() / 2) * 2);
  }

  @Test
  void an_uploaded_input_reference_is_the_first_frame_and_a_remix_keeps_it() throws Exception {
    HttpResponse<String> created =
        multipart("/v1/videos", ALICE, Map.of("prompt", "A red square [Zoom in]", "size", "720x1280"), "input_reference", redPng(400, 400), "image/png");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String id = json(created).path("id").asText();
    JsonNode done = pollToEnd(id, ALICE);
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    assertThat(done.path("size").asText()).isEqualTo("720x1280");

    HttpResponse<String> remix = conforming("POST", "/v1/videos/" + id + "/remix",
        send(jsonPost("/v1/videos/" + id + "/remix", body("prompt", "A red square [Pull out]")), bearer(ALICE)));
    assertThat(remix.statusCode()).as(remix.body()).isEqualTo(200);
    JsonNode remixed = pollToEnd(json(remix).path("id").asText(), ALICE);

    assertThat(remixed.path("remixed_from_video_id").asText()).isEqualTo(id);
    assertThat(remixed.path("prompt").asText()).isEqualTo("A red square [Pull out]");
    assertThat(remixed.path("size").asText()).isEqualTo("720x1280");
    assertThat(remixed.path("status").asText()).as(remixed.toString()).isEqualTo("completed");
    BufferedImage first = ImageIO.read(download(remixed.path("id").asText(), "thumbnail", "remix.jpg").toFile());
    int rgb = first.getRGB(first.getWidth() / 2, first.getHeight() / 2);
    assertThat((rgb >> 16) & 0xff).as("the picture is red").isGreaterThan(150);
    assertThat(rgb & 0xff).isLessThan(100);
  }

  @Test
  void list_pages_with_after_and_delete_removes_the_video() throws Exception {
    String[] ids = new String[3];
    for (int i = 0; i < ids.length; i++) {
      HttpResponse<String> created = send(jsonPost("/v1/videos", body("prompt", "Waves " + i, "seconds", 6)), bearer(BOB));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
      ids[i] = json(created).path("id").asText();
    }
    JsonNode first = json(conforming("GET", "/v1/videos", get("/v1/videos?limit=2", BOB)));
    assertThat(first.path("data").findValuesAsText("id")).containsExactly(ids[2], ids[1]);
    assertThat(first.path("has_more").asBoolean()).isTrue();
    JsonNode next = json(get("/v1/videos?limit=2&after=" + first.path("last_id").asText(), BOB));
    assertThat(next.path("data").findValuesAsText("id")).containsExactly(ids[0]);
    assertThat(next.path("has_more").asBoolean()).isFalse();
    assertThat(json(get("/v1/videos?order=asc&limit=1", BOB)).path("first_id").asText()).isEqualTo(ids[0]);

    for (String id : ids) pollToEnd(id, BOB);
    HttpRequest delete = HttpRequest.newBuilder(uri("/v1/videos/" + ids[0])).DELETE().header("Authorization", bearer(BOB)).build();
    HttpResponse<String> deleted = conforming("DELETE", "/v1/videos/" + ids[0], send(delete));

    assertThat(json(deleted).path("deleted").asBoolean()).as(deleted.body()).isTrue();
    assertThat(json(deleted).path("object").asText()).isEqualTo("video.deleted");
    assertThat(poll(ids[0], BOB).statusCode()).isEqualTo(404);
    assertThat(send(delete).statusCode()).as("deleted once").isEqualTo(404);
  }

  /** download_content: Accept application/binary, the variant in the query, redirects followed. */
  private Path download(String id, String variant, String name) throws Exception {
    String path = "/v1/videos/" + id + "/content" + (variant == null ? "" : "?variant=" + variant);
    HttpResponse<byte[]> response = FOLLOWING.send(sdk(path, ALICE, "application/binary").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Files.write(downloads.resolve(name), response.body());
  }

  private static byte[] redPng(int width, int height) throws Exception {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) picture.setRGB(x, y, 0xd02020);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", png);
    return png.toByteArray();
  }
}

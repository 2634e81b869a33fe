package io.reelgate.app.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenAI's own SDK for JavaScript, the npm package {@code openai} 7.60.0 (generated like the Python
 * one, by Stainless, from the same API description), run under Node against Reelgate as its README
 * shows: {@code videos.create} as multipart with an uploaded {@code input_reference}, {@code
 * retrieve} until the video ends, {@code downloadContent} of the MP4 and of its thumbnail, {@code
 * list} with its cursor pages, {@code remix}, a refused size decoded as the SDK's {@code
 * BadRequestError}, and {@code delete}. Skipped, saying why, where Node, npm or the npm registry
 * is missing; the Python SDK's own sequence is replayed over HTTP in the server's {@code
 * OpenAiSdkReplayTest} whatever the machine.
 */
class OpenAiNodeSdkCompatTest extends CompatServer {
  @TempDir Path out;

  @Test
  void openai_js_sdk_makes_lists_remixes_and_deletes_videos() throws Exception {
    NodePackage.Installed installed = NodePackage.install("openai", "7.60.0", List.of());
    Assumptions.assumeTrue(installed.ok(), () -> "SKIPPED: OpenAI's JavaScript SDK is not run under Node: " + installed.whyNot());
    Path photo = Files.write(out.resolve("astronaut.png"), TestPhotos.bytes("astronaut.png"));

    NodePackage.Run run = NodePackage.node("/compat/openai-node-sdk.cjs",
        Map.of("REELGATE_BASE_URL", baseUrl(), "REELGATE_API_KEY", KEY, "PHOTO_FILE", photo.toAbsolutePath().toString(),
            "OUT_DIR", out.toAbsolutePath().toString(), "MODEL", "reelgate-motion", "POLL_MILLIS", "200"),
        RENDER_TIMEOUT.toSeconds());

    assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
    JsonNode seen = JSON.readTree(run.stdout().strip());
    JsonNode video = seen.path("video");
    assertThat(video.path("status").asText()).as(video.toString()).isEqualTo("completed");
    assertThat(video.path("size").asText()).isEqualTo("720x1280");
    assertThat(video.path("seconds").asText()).isEqualTo("4");

    VideoInfo mp4 = VideoProbe.probe(out.resolve("node.mp4"));
    assertThat(mp4.codec()).isEqualTo("h264");
    assertThat(List.of(mp4.width(), mp4.height())).containsExactly(720, 1280);
    assertThat(mp4.frames()).isEqualTo(4 * 25);
    BufferedImage thumbnail = ImageIO.read(out.resolve("thumbnail.jpg").toFile());
    assertThat(List.of(thumbnail.getWidth(), thumbnail.getHeight())).containsExactly(720, 1280);

    assertThat(seen.path("listed")).extracting(JsonNode::asText).contains(video.path("id").asText());
    assertThat(seen.path("remix").path("remixed_from_video_id").asText()).isEqualTo(video.path("id").asText());
    assertThat(seen.path("refused").path("status").asInt()).isEqualTo(400);
    assertThat(seen.path("refused").path("param").asText()).isEqualTo("size");
    assertThat(seen.path("deleted").path("deleted").asBoolean()).as(seen.path("deleted").toString()).isTrue();
  }
}

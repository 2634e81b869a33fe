package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first request, as a newcomer makes it: start with no key at all, take the key the
 * server prints, send the Novita 2.3 Fast I2V request with a real photo, poll, download.
 */
class FirstRunIT {
  private static final Pattern PRINTED_KEY = Pattern.compile("Created API key: (\\S+)");

  @TempDir Path temp;

  @Test
  void first_start_prints_a_key_that_renders_the_readme_request() throws Exception {
    try (ServerProcess server = ServerProcess.start(temp.resolve("data"), ServerProcess.freePort(), Map.of())) {
      Matcher printed = PRINTED_KEY.matcher(server.log());
      assertThat(printed.find()).as("the first start prints a key:\n%s", server.log()).isTrue();
      NovitaClient client = new NovitaClient(server.baseUrl(), printed.group(1));

      String task = client.create("minimax-hailuo-2.3-fast-i2v", Map.of(
          "prompt", "Galaxies drift in the deep field [Push in]",
          "image", NovitaClient.dataUri("/photos/hubble_deep_field.jpg", "image/jpeg")));
      JsonNode done = client.awaitResult(task, r -> NovitaClient.hasStatus(r, "TASK_STATUS_SUCCEED")
          || NovitaClient.hasStatus(r, "TASK_STATUS_FAILED"), Duration.ofSeconds(120));

      assertThat(done.path("task").path("status").asText()).as("%s", done).isEqualTo("TASK_STATUS_SUCCEED");
      assertThat(done.path("task").path("progress_percent").asInt()).isEqualTo(100);
      JsonNode video = done.path("videos").get(0);
      assertThat(video.path("video_url").asText()).startsWith(server.baseUrl() + "/");
      assertThat(video.path("video_url_ttl").asText()).isEqualTo("3600");
      Path mp4 = temp.resolve("video.mp4");
      client.download(video.path("video_url").asText(), mp4);
      VideoInfo info = VideoProbe.probe(mp4);
      assertThat(info.codec()).isEqualTo("h264");
      assertThat(info.fps()).isEqualTo(25.0);
      assertThat(info.frames()).isEqualTo(150);
      assertThat(info.height()).isEqualTo(768); // the photo is 1000x872: landscape, so the short side is the height
      assertThat((double) info.width() / info.height()).isCloseTo(1000.0 / 872, org.assertj.core.data.Offset.offset(0.01));
    }
  }
}

package io.reelgate.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.client.Dialect;
import io.reelgate.client.TaskStatus;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoRequest;
import io.reelgate.client.VideoTask;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a test gets from the extension: a server that answers, keys it accepts, small real videos. */
class ReelgateExtensionTest {
  @RegisterExtension static ReelgateExtension reelgate = ReelgateExtension.builder().build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void base_url_is_the_running_server_on_localhost() throws Exception {
    assertThat(reelgate.baseUrl()).matches("http://localhost:\\d+");
    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(reelgate.baseUrl() + "/healthz")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  void the_key_is_accepted() throws Exception {
    assertThat(keyName(reelgate.apiKey())).isEqualTo("junit-1");
  }

  @Test
  void a_new_key_is_another_accepted_key() throws Exception {
    String key = reelgate.newKey();
    assertThat(key).isNotEqualTo(reelgate.apiKey());
    assertThat(keyName(key)).startsWith("junit-").isNotEqualTo("junit-1");
  }

  @Test
  void renders_a_real_h264_video_as_long_as_asked_and_small(@TempDir Path out) throws Exception {
    VideoClient client = VideoClient.builder(Dialect.NOVITA).baseUrl(reelgate.baseUrl()).apiKey(reelgate.apiKey())
        .pollInterval(Duration.ofMillis(50), Duration.ofMillis(200)).build();
    String id = client.create(VideoRequest.of("A lighthouse at dawn [Pan left]").withModel("MiniMax-Hailuo-2.3")
        .withDuration(6).withResolution("1080P"));
    VideoTask done = client.await(id, Duration.ofSeconds(30), null);
    assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
    Path mp4 = out.resolve("v.mp4");
    client.download(done.videoUrl(), mp4);

    VideoInfo video = VideoProbe.probe(mp4);
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(video.frames()).isEqualTo(6 * 25);
    // 16:9 text-to-video, 64 pixels high (the default), whatever resolution was asked.
    assertThat(video.height()).isEqualTo(64);
    assertThat(video.width()).isEqualTo(114);
  }

  /** The name of the key the server knows by {@code secret} ({@code GET /reelgate/v1/key}). */
  private static String keyName(String secret) throws Exception {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(reelgate.baseUrl() + "/reelgate/v1/key"))
        .header("Authorization", "Bearer " + secret).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode key = JSON.readTree(answer.body());
    return key.path("name").asText();
  }
}

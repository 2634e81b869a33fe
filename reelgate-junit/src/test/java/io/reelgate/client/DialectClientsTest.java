package io.reelgate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.image.TestPhotos;
import io.reelgate.junit.ReelgateExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each dialect's client of the SDK against a real Reelgate server, run by the JUnit extension. Here
 * rather than in reelgate-client: the SDK cannot depend on the server, which uses the SDK itself.
 */
class DialectClientsTest {
  @RegisterExtension static ReelgateExtension reelgate = ReelgateExtension.builder().build();
  static final String photo = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestPhotos.bytes("astronaut.png"));

  static VideoClient client(Dialect dialect, String key) {
    return VideoClient.builder(dialect).baseUrl(reelgate.baseUrl()).apiKey(key)
        .pollInterval(Duration.ofMillis(200), Duration.ofMillis(500)).build();
  }

  /** A 6 s image-to-video request each dialect takes: a model it sells, at a resolution it offers. */
  static VideoRequest astronaut(Dialect dialect) {
    VideoRequest request = VideoRequest.of("An astronaut waves [Push in]").withImage(photo).withDuration(6);
    return switch (dialect) {
      case GPTPROTO -> request.withModel("hailuo-02-fast").withResolution("768P");
      case MINIMAX_V2 -> request.withModel("MiniMax-H3").withResolution("768P");
      case OPENAI -> request.withModel("reelgate-motion").withResolution("720P");
      default -> request.withModel("MiniMax-Hailuo-02").withResolution("512P");
    };
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void creates_awaits_and_downloads_a_video(Dialect dialect, @TempDir Path out) throws Exception {
    VideoClient client = client(dialect, reelgate.apiKey());
    String id = client.create(astronaut(dialect));
    List<VideoTask> seen = new ArrayList<>();
    VideoTask done = client.await(id, Duration.ofSeconds(60), seen::add);
    assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(done.videoUrl()).isNotBlank();
    assertThat(seen).isNotEmpty();
    assertThat(seen).extracting(VideoTask::progressPercent).isSorted();
    assertThat(seen.getLast().progressPercent()).isEqualTo(100);
    Path mp4 = out.resolve("v.mp4");
    long size = client.download(done.videoUrl(), mp4);
    byte[] bytes = Files.readAllBytes(mp4);
    assertThat(size).isGreaterThan(10_000);
    assertThat(new String(bytes, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void invalid_duration_names_the_field(Dialect dialect) {
    // 3 s: no model of any dialect makes it (MiniMax-H3 takes 4-15).
    assertThatThrownBy(() -> client(dialect, reelgate.apiKey()).create(VideoRequest.of("a cat").withDuration(3)))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo(dialect == Dialect.OPENAI ? "seconds" : "duration"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void wrong_key_is_an_authentication_error(Dialect dialect) {
    assertThatThrownBy(() -> client(dialect, "rg_wrong_key_000000000000000000000000000").get("1"))
        .isInstanceOf(AuthenticationException.class);
  }
}

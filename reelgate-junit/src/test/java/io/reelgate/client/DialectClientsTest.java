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

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"MINIMAX_V2", "OPENAI"}, mode = EnumSource.Mode.EXCLUDE)
  void creates_awaits_and_downloads_a_video(Dialect dialect, @TempDir Path out) throws Exception {
    VideoClient client = client(dialect, reelgate.apiKey());
    String id = client.create(VideoRequest.of("An astronaut waves [Push in]")
        .withModel(dialect == Dialect.GPTPROTO ? "hailuo-02-fast" : "MiniMax-Hailuo-02").withImage(photo).withResolution(dialect == Dialect.GPTPROTO ? "768P" : "512P").withDuration(6));
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
  @EnumSource(value = Dialect.class, names = {"MINIMAX_V2", "OPENAI"}, mode = EnumSource.Mode.EXCLUDE)
  void invalid_duration_names_the_field(Dialect dialect) {
    assertThatThrownBy(() -> client(dialect, reelgate.apiKey()).create(VideoRequest.of("a cat").withDuration(7)))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("duration"));
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"MINIMAX_V2", "OPENAI"}, mode = EnumSource.Mode.EXCLUDE)
  void wrong_key_is_an_authentication_error(Dialect dialect) {
    assertThatThrownBy(() -> client(dialect, "rg_wrong_key_000000000000000000000000000").get("1"))
        .isInstanceOf(AuthenticationException.class);
  }
}

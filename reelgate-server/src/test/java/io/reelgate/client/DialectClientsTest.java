package io.reelgate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.image.TestPhotos;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each dialect's client against a real Reelgate server. */
class DialectClientsTest {
  static final String KEY = "rg_test_alice_0123456789abcdef0123456789";
  @TempDir static Path dataDir;
  static ReelgateServer server;
  static String photo;

  @BeforeAll
  static void start() {
    server = ReelgateServer.start(ServerConfig.builder().port(0).dataDir(dataDir).workers(1).apiKeys(List.of(KEY)).build());
    photo = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestPhotos.bytes("astronaut.png"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static VideoClient client(Dialect dialect, String key) {
    return VideoClient.builder(dialect).baseUrl("http://localhost:" + server.port()).apiKey(key)
        .pollInterval(Duration.ofMillis(200), Duration.ofMillis(500)).build();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void creates_awaits_and_downloads_a_video(Dialect dialect, @TempDir Path out) throws Exception {
    VideoClient client = client(dialect, KEY);
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
  @EnumSource(Dialect.class)
  void invalid_duration_names_the_field(Dialect dialect) {
    assertThatThrownBy(() -> client(dialect, KEY).create(VideoRequest.of("a cat").withDuration(7)))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("duration"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void wrong_key_is_an_authentication_error(Dialect dialect) {
    assertThatThrownBy(() -> client(dialect, "rg_wrong_key_000000000000000000000000000").get("1"))
        .isInstanceOf(AuthenticationException.class);
  }
}

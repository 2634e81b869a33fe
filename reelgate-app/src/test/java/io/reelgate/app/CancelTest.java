package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.client.Dialect;
import io.reelgate.client.InvalidRequestException;
import io.reelgate.client.NotFoundException;
import io.reelgate.client.TaskStatus;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoRequest;
import io.reelgate.client.VideoTask;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SDK's {@link VideoClient#cancel} in each dialect against a real Reelgate server with one worker.
 * Here rather than in reelgate-client: the server depends on the client, so the client's own tests
 * cannot start one.
 */
class CancelTest {
  static final String KEY = "rg_test_cancel_0123456789abcdef012345678";
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

  static VideoClient client(Dialect dialect) {
    return VideoClient.builder(dialect).baseUrl("http://localhost:" + server.port()).apiKey(KEY)
        .pollInterval(Duration.ofMillis(100), Duration.ofMillis(300)).build();
  }

  /** A 10 s image-to-video task, of a model and resolution the dialect takes. */
  static String submit(VideoClient client, Dialect dialect) {
    VideoRequest request = VideoRequest.of("An astronaut waves [Push in]").withImage(photo).withDuration(10);
    return client.create(switch (dialect) {
      case GPTPROTO -> request.withModel("hailuo-02-fast").withResolution("768P");
      case MINIMAX_V2 -> request.withModel("MiniMax-H3").withResolution("768P");
      case OPENAI -> request.withModel("reelgate-motion").withResolution("720P");
      default -> request.withModel("MiniMax-Hailuo-02").withResolution("512P");
    });
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void cancelled_task_reads_cancelled_and_cannot_be_cancelled_again(Dialect dialect) {
    VideoClient client = client(dialect);
    String running = submit(client, dialect); // keeps the one worker busy ...
    String queued = submit(client, dialect); // ... so that this one is still waiting

    VideoTask cancelled = client.cancel(queued);

    assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(cancelled.failureReason()).isNotBlank();
    assertThat(cancelled.videoUrl()).isNull();
    assertThat(client.get(queued).status()).isEqualTo(TaskStatus.CANCELLED);
    assertThatThrownBy(() -> client.cancel(queued))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.providerMessage()).contains("can no longer be cancelled"));
    assertThat(client.cancel(running).status()).as("a running task stops too").isEqualTo(TaskStatus.CANCELLED);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void cancelling_an_unknown_task_is_not_found(Dialect dialect) {
    assertThatThrownBy(() -> client(dialect).cancel("no-such-task")).isInstanceOf(NotFoundException.class);
  }
}

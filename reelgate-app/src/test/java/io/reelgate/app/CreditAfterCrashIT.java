package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key's credit ends exactly where it should after the server is killed (SIGKILL) between
 * accepting its tasks and finishing them: the price of each task that succeeded is spent, the
 * price of the one cancelled after the restart comes back, a picture that cannot be decoded (a
 * JPEG cut in half) is refused at create and costs nothing, and nothing is charged or refunded
 * twice.
 */
class CreditAfterCrashIT {
  private static final String KEY = "rg_credit_crash_test_key_0123456789ab";
  private static final long GRANTED = 100;
  /** A 6 s 768P video by the default price table. */
  private static final long PRICE = 12;

  @TempDir Path temp;

  @Test
  void credit_is_exact_after_a_kill_minus_9_between_accepting_and_finishing() throws Exception {
    Path dataDir = temp.resolve("data");
    Map<String, String> env = Map.of("REELGATE_API_KEYS", KEY);
    KeysCli keys = new KeysCli("--data-dir", dataDir.toString());
    int port = ServerProcess.freePort();
    List<String> good = new ArrayList<>();
    String cancelled;

    try (ServerProcess first = ServerProcess.start(dataDir, port, env, "--workers", "1")) {
      keys.grant("env-1", GRANTED);
      NovitaClient client = new NovitaClient(first.baseUrl(), KEY);
      for (int i = 0; i < 3; i++) {
        good.add(client.create("minimax-hailuo-2.3-t2v", Map.of("prompt", "A lighthouse at dusk [Push in]", "duration", 6)));
      }
      cancelled = client.create("minimax-hailuo-2.3-t2v", Map.of("prompt", "A lighthouse at dawn [Pan left]", "duration", 6));
      assertThat(client.createAnswer("minimax-hailuo-2.3-fast-i2v", Map.of("prompt", "Deep space", "image", halfJpeg(), "duration", 6))
          .statusCode()).isEqualTo(400);
      assertThat(keys.usage("env-1")).containsExactly(4 * PRICE, 0L, 0L, GRANTED - 4 * PRICE);

      client.awaitResult(good.get(0),
          r -> NovitaClient.hasStatus(r, "TASK_STATUS_PROCESSING") && r.path("task").path("progress_percent").asInt() > 5,
          Duration.ofSeconds(60));
      first.kill();
    }
    // Killed mid-render: still all reserved, none settled nor refunded.
    assertThat(keys.usage("env-1")).containsExactly(4 * PRICE, 0L, 0L, GRANTED - 4 * PRICE);

    try (ServerProcess second = ServerProcess.start(dataDir, port, env, "--workers", "1", "--lease-seconds", "3")) {
      NovitaClient client = new NovitaClient(second.baseUrl(), KEY);
      // Still queued behind the three (one worker): cancelled, it gives its price back.
      client.cancel(cancelled);
      for (String task : good) assertThat(awaitEnd(client, task)).isEqualTo("TASK_STATUS_SUCCEED");
      assertThat(awaitEnd(client, cancelled)).isEqualTo("TASK_STATUS_FAILED");
    }
    // RESERVED, SPENT, REFUNDED, BALANCE
    assertThat(keys.usage("env-1")).containsExactly(0L, 3 * PRICE, PRICE, GRANTED - 3 * PRICE);
  }

  private static String awaitEnd(NovitaClient client, String task) throws Exception {
    JsonNode done = client.awaitResult(task,
        r -> !NovitaClient.hasStatus(r, "TASK_STATUS_QUEUED") && !NovitaClient.hasStatus(r, "TASK_STATUS_PROCESSING"),
        Duration.ofSeconds(180));
    return done.path("task").path("status").asText();
  }

  /** The first half of a real JPEG: a header that probes fine, data that ends too soon. */
  private static String halfJpeg() throws Exception {
    try (InputStream in = CreditAfterCrashIT.class.getResourceAsStream("/photos/hubble_deep_field.jpg")) {
      byte[] jpeg = in.readAllBytes();
      return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(Arrays.copyOf(jpeg, jpeg.length / 2));
    }
  }
}

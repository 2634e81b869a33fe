package io.reelgate.server.timing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --timing realistic} over HTTP (the Evolink dialect), its times shortened fifty-fold by the
 * tests' scale: about 0.4 s queued, then about 1.8 s of moving progress for a 6-second 768P video of
 * Hailuo 2.3, then success.
 */
@TinyRenders(frames = 2, millisPerFrame = 10)
class RealisticTimingTest extends RunningServer {
  private static final double SCALE = 0.02;

  @BeforeAll
  static void realistic() {
    server.close();
    server = start(config().timing(Timing.REALISTIC).timingScale(SCALE));
  }

  @Test
  void a_realistic_task_is_queued_then_shows_moving_progress_then_succeeds() {
    Instant created = Instant.now();
    JsonNode task = json(post("/v1/videos/generations", ALICE,
        body("model", "MiniMax-Hailuo-2.3", "prompt", "A lighthouse at dawn", "quality", "768p", "duration", 6)));
    String id = task.path("id").asText();

    List<String> statuses = new ArrayList<>();
    List<Integer> progress = new ArrayList<>();
    Duration queued = null;
    Instant deadline = created.plus(Duration.ofSeconds(30));
    while (!task.path("status").asText().equals("completed") && Instant.now().isBefore(deadline)) {
      task = json(get("/v1/tasks/" + id, ALICE));
      String status = task.path("status").asText();
      assertThat(status).as(task.toString()).isNotEqualTo("failed");
      if (statuses.isEmpty() || !statuses.get(statuses.size() - 1).equals(status)) statuses.add(status);
      if (status.equals("processing")) {
        if (queued == null) queued = Duration.between(created, Instant.now());
        progress.add(task.path("progress").asInt());
      }
      pause();
    }
    Duration took = Duration.between(created, Instant.now());

    assertThat(statuses).containsExactly("pending", "processing", "completed");
    assertThat(queued).as("queued for about 20 s x the scale").isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(progress).as("progress while processing").isSorted();
    assertThat(progress.stream().filter(p -> p > 0 && p < 100).distinct().count()).as("distinct steps seen").isGreaterThanOrEqualTo(3);
    assertThat(took).as("queue and render, about 110 s x the scale").isGreaterThanOrEqualTo(Duration.ofMillis(1700));
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

package io.reelgate.server.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.RunningServer;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.Jdbis;
import io.reelgate.server.store.sqlite.SqliteTaskStore;
import io.reelgate.core.task.Status;
import io.reelgate.core.task.Task;
import java.time.Instant;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What the shortcuts of the poll path must never cost: a key revoked elsewhere stops working
 * within a second, a task cancelled here shows so at the next poll and one cancelled by another
 * instance within a quarter second, and a task read from memory is still another key's to nobody.
 */
class PollFreshnessTest extends RunningServer {
  private static final String CREATE = "/v3/async/minimax-hailuo-2.3-t2v";

  private static String poll(String taskId) {
    return "/v3/async/task-result?task_id=" + taskId;
  }

  @Test
  void a_key_revoked_by_another_process_stops_working_within_one_second() throws Exception {
    String secret;
    try (HikariDataSource db = SqliteDatabase.open(dataDir.resolve(ReelgateServer.DATABASE_FILE))) {
      secret = new JdbcKeyStore(Jdbis.create(db)).create("dave").secret();
    }
    String task = json(post(CREATE, secret, body("prompt", "A lighthouse [Push in]", "duration", 6))).path("task_id").asText();
    assertThat(get(poll(task), secret).statusCode()).isEqualTo(200);

    try (HikariDataSource db = SqliteDatabase.open(dataDir.resolve(ReelgateServer.DATABASE_FILE))) {
      assertThat(new JdbcKeyStore(Jdbis.create(db)).revoke("dave")).isTrue();
    }
    long revoked = System.nanoTime();
    while (get(poll(task), secret).statusCode() == 200) {
      assertThat(Duration.ofNanos(System.nanoTime() - revoked)).as("still accepted after revocation")
          .isLessThan(Duration.ofMillis(1500));
      Thread.sleep(20);
    }
    assertThat(get(poll(task), secret).statusCode()).isEqualTo(401);
  }

  @Test
  void a_cancelled_task_shows_cancelled_at_the_next_poll_and_stays_so() {
    String task = json(post(CREATE, ALICE, body("prompt", "A slow sunrise [Pan left]", "duration", 10))).path("task_id").asText();
    assertThat(json(get(poll(task), ALICE)).path("task").path("status").asText())
        .isIn("TASK_STATUS_QUEUED", "TASK_STATUS_PROCESSING");

    assertThat(post("/v3/async/task-cancel", ALICE, body("task_id", task)).statusCode()).isEqualTo(200);

    for (int i = 0; i < 3; i++) {
      HttpResponse<String> answer = get(poll(task), ALICE);
      assertThat(json(answer).path("task").path("status").asText()).isEqualTo("TASK_STATUS_FAILED");
      assertThat(json(answer).path("task").path("reason").asText()).isEqualTo("cancelled");
    }
  }

  @Test
  void a_task_cancelled_by_another_instance_shows_so_within_a_quarter_second() throws Exception {
    String task = json(post(CREATE, ALICE, body("prompt", "A slow dusk [Pan left]", "duration", 10))).path("task_id").asText();
    assertThat(json(get(poll(task), ALICE)).path("task").path("status").asText())
        .isIn("TASK_STATUS_QUEUED", "TASK_STATUS_PROCESSING");

    try (HikariDataSource db = SqliteDatabase.open(dataDir.resolve(ReelgateServer.DATABASE_FILE))) {
      SqliteTaskStore elsewhere = new SqliteTaskStore(db);
      Task seen;
      do {
        seen = elsewhere.find(task).orElseThrow();
      } while (elsewhere.update(seen, seen.withStatus(Status.CANCELLED, Instant.now())).isEmpty());
    }
    long cancelled = System.nanoTime();
    while (!json(get(poll(task), ALICE)).path("task").path("reason").asText().equals("cancelled")) {
      // 250 ms of the bound, and room for a loaded machine.
      assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).as("still shown running").isLessThan(Duration.ofMillis(1000));
      Thread.sleep(10);
    }
  }

  @Test
  void an_ended_task_read_from_memory_is_still_not_found_for_another_key() {
    String task = json(post(CREATE, ALICE, body("prompt", "A short pan [Pan right]", "duration", 6))).path("task_id").asText();
    post("/v3/async/task-cancel", ALICE, body("task_id", task));
    assertThat(get(poll(task), ALICE).statusCode()).isEqualTo(200);

    assertThat(get(poll(task), BOB).statusCode()).isEqualTo(404);
    assertThat(get("/v1/tasks/" + task, ALICE).statusCode()).as("another dialect").isEqualTo(404);
  }
}

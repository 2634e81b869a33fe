package io.reelgate.server.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code Idempotency-Key} header of the creates, over real HTTP, checked against the store. */
@TinyRenders
class IdempotencyTest extends RunningServer {
  private static final String NOVITA = "/v3/async/minimax-hailuo-2.3-t2v";
  private static HikariDataSource tasksTable;

  @BeforeAll
  static void openTasksTable() {
    tasksTable = SqliteDatabase.open(dataDir.resolve("reelgate.db"));
  }

  @AfterAll
  static void closeTasksTable() {
    tasksTable.close();
  }

  @Test
  void the_same_key_of_another_api_key_is_another_request() {
    String prompt = uniquePrompt();
    String key = UUID.randomUUID().toString();
    create(NOVITA, novitaBody(prompt), key, ALICE);
    create(NOVITA, novitaBody(prompt), key, BOB);
    assertThat(tasksWithPrompt(prompt)).isEqualTo(2);
  }

  @Test
  void the_same_key_with_another_body_is_refused_in_the_dialects_shape() {
    String key = UUID.randomUUID().toString();
    create(NOVITA, novitaBody(uniquePrompt()), key, ALICE);

    HttpResponse<String> refused = create(NOVITA, novitaBody(uniquePrompt()), key, ALICE);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(json(refused).path("reason").asText()).isEqualTo("IDEMPOTENCY_KEY_CONFLICT");
    assertThat(json(refused).path("message").asText()).contains("Idempotency-Key " + key);
  }

  @Test
  void minimax_refuses_a_reused_key_with_base_resp_2013() {
    String key = UUID.randomUUID().toString();
    create("/v1/video_generation", miniMaxBody(uniquePrompt()), key, ALICE);

    HttpResponse<String> refused = create("/v1/video_generation", miniMaxBody(uniquePrompt()), key, ALICE);

    assertThat(refused.statusCode()).isEqualTo(200);
    JsonNode baseResp = json(refused).path("base_resp");
    assertThat(baseResp.path("status_code").asInt()).isEqualTo(2013);
    assertThat(baseResp.path("status_msg").asText()).contains("Idempotency-Key");
  }

  @Test
  void a_create_that_fails_leaves_the_key_free_for_the_fixed_request() {
    String key = UUID.randomUUID().toString();
    String prompt = uniquePrompt();
    HttpResponse<String> invalid = create(NOVITA, body("prompt", prompt, "duration", 7, "resolution", "768P"), key, ALICE);
    assertThat(invalid.statusCode()).isEqualTo(400);

    assertThat(create(NOVITA, novitaBody(prompt), key, ALICE).statusCode()).isEqualTo(200);
    assertThat(tasksWithPrompt(prompt)).isEqualTo(1);
  }

  /** The acceptance test of issue 6: two threads at once, several times over, in each dialect's create. */
  @Test
  void replaying_a_create_from_two_threads_at_once_creates_one_task() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 6; round++) {
        String prompt = uniquePrompt();
        String path = round % 2 == 0 ? NOVITA : "/v1/videos/generations";
        String body = round % 2 == 0 ? novitaBody(prompt) : evolinkBody(prompt);
        String key = UUID.randomUUID().toString();
        CountDownLatch ready = new CountDownLatch(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(threads.submit(() -> {
            ready.countDown();
            ready.await();
            return create(path, body, key, ALICE);
          }));
        }
        HttpResponse<String> one = answers.get(0).get();
        HttpResponse<String> other = answers.get(1).get();

        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(one.body());
        assertThat(tasksWithPrompt(prompt)).as("round %d", round).isEqualTo(1);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static HttpResponse<String> create(String path, String body, String idempotencyKey, String apiKey) {
    HttpRequest.Builder request = jsonPost(path, body).header("Idempotency-Key", idempotencyKey);
    return send(request, bearer(apiKey));
  }

  private static String novitaBody(String prompt) {
    return body("prompt", prompt, "duration", 6, "resolution", "768P");
  }

  private static String evolinkBody(String prompt) {
    return body("model", "MiniMax-Hailuo-2.3", "prompt", prompt, "quality", "768p", "duration", 6);
  }

  private static String miniMaxBody(String prompt) {
    return body("model", "MiniMax-Hailuo-2.3", "prompt", prompt, "duration", 6, "resolution", "768P");
  }

  private static String uniquePrompt() {
    return "A lighthouse at dawn " + UUID.randomUUID();
  }

  private static int tasksWithPrompt(String prompt) {
    try (Connection connection = tasksTable.getConnection();
        PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM tasks WHERE prompt = ?")) {
      count.setString(1, prompt);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.server.store.postgres.PostgresFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An {@code Idempotency-Key} never yields two tasks or two charges, whatever crashes: the server
 * (the packaged jar, a process of its own) is killed with SIGKILL while a GPTProto create in sync
 * mode waits for its task, that is after the task was inserted and before anything was answered.
 * After a restart the same request, replayed at once and again once the task has ended, answers
 * that one task, and the key pays for it once. On SQLite and on PostgreSQL.
 */
class IdempotentCreateCrashIT {
  private static final String KEY = "rg_idempotent_crash_key_0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CREATE = "/api/v3/minimax/hailuo-02-fast/text-to-video";
  private static final String BODY =
      "{\"prompt\": \"A lighthouse at dusk, waves below [Push in]\", \"duration\": 10, \"enable_sync_mode\": true}";
  private static final String IDEMPOTENCY_KEY = "crash-test-0f6d2b9e";
  /** A 10 s 768P video by the default price table. */
  private static final long PRICE = 20;
  private static final long GRANTED = 100;

  @TempDir Path temp;

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"sqlite", "postgresql"})
  void a_kill_minus_9_during_a_sync_create_leaves_one_task_charged_once(String database) throws Exception {
    Path dataDir = Files.createDirectories(temp.resolve("data"));
    List<String> args = new ArrayList<>(List.of("--workers", "1", "--lease-seconds", "3"));
    KeysCli keys;
    if (database.equals("postgresql")) {
      String url = PostgresFixture.newDatabase();
      args.addAll(List.of("--db", url));
      keys = new KeysCli("--data-dir", dataDir.toString(), "--db", url);
    } else {
      keys = new KeysCli("--data-dir", dataDir.toString());
    }
    Map<String, String> env = Map.of("REELGATE_API_KEYS", KEY);
    int port = ServerProcess.freePort();
    String taskId;

    try (ServerProcess first = ServerProcess.start(dataDir, port, env, args.toArray(String[]::new))) {
      keys.grant("env-1", GRANTED);
      CompletableFuture<HttpResponse<String>> waiting = HTTP.sendAsync(create(first), HttpResponse.BodyHandlers.ofString());
      taskId = awaitOneTask(first);
      assertThat(waiting).as("the sync create still waits for its task").isNotDone();
      first.kill();
    }

    try (ServerProcess second = ServerProcess.start(dataDir, port, env, args.toArray(String[]::new))) {
      HttpResponse<String> atOnce = HTTP.send(create(second), HttpResponse.BodyHandlers.ofString());
      assertThat(atOnce.statusCode()).as(atOnce.body()).isEqualTo(200);
      assertThat(atOnce.headers().firstValue("Idempotent-Replayed")).hasValue("true");
      assertThat(JSON.readTree(atOnce.body()).path("data").path("id").asText()).isEqualTo(taskId);

      awaitEnd(second, taskId);
      HttpResponse<String> afterTheEnd = HTTP.send(create(second), HttpResponse.BodyHandlers.ofString());
      assertThat(afterTheEnd.statusCode()).as(afterTheEnd.body()).isEqualTo(200);
      assertThat(JSON.readTree(afterTheEnd.body()).path("data").path("id").asText()).isEqualTo(taskId);
      assertThat(tasks(second)).hasSize(1);
    }
    // RESERVED, SPENT, REFUNDED, BALANCE: one task, paid once.
    assertThat(keys.usage("env-1")).containsExactly(0L, PRICE, 0L, GRANTED - PRICE);
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"sqlite", "postgresql"})
  void a_key_whose_request_died_before_its_task_existed_is_free_after_a_restart(String database) throws Exception {
    Path dataDir = Files.createDirectories(temp.resolve("data"));
    List<String> args = new ArrayList<>(List.of("--workers", "1", "--lease-seconds", "3", "--allow-private-network"));
    if (database.equals("postgresql")) args.addAll(List.of("--db", PostgresFixture.newDatabase()));
    Map<String, String> env = Map.of("REELGATE_API_KEYS", KEY);
    int port = ServerProcess.freePort();
    try (StallingPicture picture = new StallingPicture("/photos/hubble_deep_field.jpg")) {
      String body = "{\"prompt\": \"Deep space [Push in]\", \"image\": \"" + picture.url()
          + "\", \"duration\": 6, \"resolution\": \"768P\"}";
      HttpRequest novitaCreate = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/async/minimax-hailuo-2.3-fast-i2v"))
          .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
          .header("Idempotency-Key", IDEMPOTENCY_KEY).POST(HttpRequest.BodyPublishers.ofString(body)).build();

      try (ServerProcess first = ServerProcess.start(dataDir, port, env, args.toArray(String[]::new))) {
        HTTP.sendAsync(novitaCreate, HttpResponse.BodyHandlers.ofString());
        picture.awaitFirstRequest();
        first.kill();
      }

      try (ServerProcess second = ServerProcess.start(dataDir, port, env, args.toArray(String[]::new))) {
        HttpResponse<String> again = HTTP.send(novitaCreate, HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).isEmpty();
        String taskId = JSON.readTree(again.body()).path("task_id").asText();
        assertThat(tasks(second)).extracting(t -> t.path("id").asText()).containsExactly(taskId);
      }
    }
  }

  private static HttpRequest create(ServerProcess server) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + CREATE))
        .header("Authorization", KEY)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", IDEMPOTENCY_KEY)
        .POST(HttpRequest.BodyPublishers.ofString(BODY))
        .build();
  }

  private static String awaitOneTask(ServerProcess server) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      List<JsonNode> tasks = tasks(server);
      if (!tasks.isEmpty()) return tasks.get(0).path("id").asText();
      assertThat(System.nanoTime()).as("the create made its task").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static void awaitEnd(ServerProcess server, String taskId) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      HttpResponse<String> result = HTTP.send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v3/predictions/" + taskId + "/result"))
              .header("Authorization", KEY).build(),
          HttpResponse.BodyHandlers.ofString());
      String status = JSON.readTree(result.body()).path("data").path("status").asText();
      if (status.equals("completed")) return;
      assertThat(status).as(result.body()).isNotEqualTo("failed");
      assertThat(System.nanoTime()).as("the task ends").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static List<JsonNode> tasks(ServerProcess server) throws IOException, InterruptedException {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/reelgate/v1/tasks"))
        .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
    List<JsonNode> tasks = new ArrayList<>();
    JSON.readTree(answer.body()).path("tasks").forEach(tasks::add);
    return tasks;
  }
}

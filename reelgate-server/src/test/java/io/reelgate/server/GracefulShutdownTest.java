package io.reelgate.server;

import io.reelgate.server.store.jdbc.TaskStoreRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.database.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /readyz}, and what {@link ReelgateServer#close} (SIGTERM) does to a render under way. */
class GracefulShutdownTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = RunningServer.ALICE;

  @TempDir Path dataDir;

  @Test
  void a_running_server_is_ready() throws Exception {
    try (ReelgateServer server = ReelgateServer.start(config(Duration.ofSeconds(25)))) {
      HttpResponse<String> ready = get(server, "/readyz");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).isEqualTo("{\"status\":\"ready\"}");
    }
  }

  @Test
  void stopping_turns_unready_at_once_and_lets_the_render_under_way_finish() throws Exception {
    ReelgateServer server = ReelgateServer.start(config(Duration.ofSeconds(60)));
    String task = create(server);
    awaitStatus(server, task, "TASK_STATUS_PROCESSING");

    CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
    HttpResponse<String> duringClose = awaitReadiness(server, 503);
    closing.get();

    assertThat(duringClose.body()).contains("shutting down");
    try (Database database = Database.open(null, dataDir)) {
      Task done = database.tasks(TaskStoreRules.NONE).find(task).orElseThrow();
      assertThat(done.state().status()).isEqualTo(Status.SUCCEEDED);
      assertThat(done.state().attempts()).isEqualTo(1);
    }
  }

  @Test
  void stopping_without_grace_hands_the_render_back_to_the_queue_never_fails_it() throws Exception {
    ReelgateServer server = ReelgateServer.start(config(Duration.ZERO));
    String task = create(server);
    awaitStatus(server, task, "TASK_STATUS_PROCESSING");

    server.close();

    try (Database database = Database.open(null, dataDir)) {
      Task back = database.tasks(TaskStoreRules.NONE).find(task).orElseThrow();
      // Interrupted (the usual case) it is queued again; a render already storing its video ends.
      assertThat(back.state().status()).isIn(Status.QUEUED, Status.SUCCEEDED);
      assertThat(back.state().failure()).isNull();
    }
  }

  private ServerConfig config(Duration grace) {
    return ServerConfig.builder().port(0).dataDir(dataDir).workers(1).apiKeys(List.of(KEY))
        .shutdownGrace(grace).build();
  }

  private static String create(ReelgateServer server) throws Exception {
    String body = "{\"prompt\":\"A lighthouse at dawn [Push in]\",\"duration\":10,\"resolution\":\"768P\"}";
    HttpResponse<String> created = HTTP.send(
        HttpRequest.newBuilder(uri(server, "/v3/async/minimax-hailuo-2.3-t2v"))
            .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    return JSON.readTree(created.body()).get("task_id").asText();
  }

  private static void awaitStatus(ReelgateServer server, String task, String status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      HttpRequest request = HttpRequest.newBuilder(uri(server, "/v3/async/task-result?task_id=" + task))
          .header("Authorization", "Bearer " + KEY).build();
      last = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
      if (status.equals(last.path("task").path("status").asText())) return;
      Thread.sleep(20);
    }
    throw new AssertionError("task " + task + " never " + status + "; last: " + last);
  }

  private static HttpResponse<String> awaitReadiness(ReelgateServer server, int status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> answer = get(server, "/readyz");
      if (answer.statusCode() == status) return answer;
      Thread.sleep(5);
    }
    throw new AssertionError("/readyz never answered " + status);
  }

  private static HttpResponse<String> get(ReelgateServer server, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(ReelgateServer server, String path) {
    return URI.create("http://localhost:" + server.port() + path);
  }
}

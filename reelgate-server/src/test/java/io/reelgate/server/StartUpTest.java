package io.reelgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart on a fixed port, with clients polling all along: every answer is the real one or a
 * 503 with {@code Retry-After}, never a 404 for a route not added yet.
 */
class StartUpTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final String KEY = RunningServer.ALICE;

  @TempDir Path dataDir;

  private record Seen(String path, int status, String retryAfter, String body) {}

  @Test
  void requests_during_a_restart_get_the_real_answer_or_503_with_retry_after() throws Exception {
    int port = freePort();
    ServerConfig config =
        ServerConfig.builder().port(port).dataDir(dataDir).workers(1).apiKeys(List.of(KEY)).build();
    String taskId;
    try (ReelgateServer first = ReelgateServer.start(config)) {
      HttpResponse<String> created =
          send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/async/minimax-hailuo-2.3-t2v"))
              .header("Authorization", "Bearer " + KEY)
              .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\": \"a cat\", \"duration\": 6, \"resolution\": \"768P\"}")));
      taskId = created.body().replaceAll(".*\"task_id\":\"([^\"]+)\".*", "$1");
    }

    List<String> paths = List.of("/healthz", "/reelgate/v1/models", "/v3/async/task-result?task_id=" + taskId);
    List<Seen> seen = new CopyOnWriteArrayList<>();
    AtomicBoolean polling = new AtomicBoolean(true);
    List<Thread> clients = new ArrayList<>();
    for (String path : paths) {
      clients.add(Thread.ofPlatform().start(() -> poll(port, path, polling, seen)));
    }
    Thread.sleep(50);
    try (ReelgateServer second = ReelgateServer.start(config)) {
      Thread.sleep(300);
      polling.set(false);
      for (Thread client : clients) client.join();
    }

    assertThat(seen).isNotEmpty();
    assertThat(seen).allSatisfy(answer -> {
      if (answer.status() == 503) assertThat(answer.retryAfter()).as(answer.toString()).isNotNull();
      else assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    });
  }

  private static void poll(int port, String path, AtomicBoolean polling, List<Seen> seen) {
    while (polling.get()) {
      try {
        HttpResponse<String> answer =
            HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + KEY).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        seen.add(new Seen(path, answer.statusCode(), answer.headers().firstValue("Retry-After").orElse(null), answer.body()));
      } catch (IOException e) {
        // the port is not open yet
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

package io.reelgate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers a client cannot read are errors of the call, never a verdict on the task: a status it
 * does not know is not taken for a failure, and a body that stalls after its headers ends within
 * the request timeout instead of holding the caller for ever.
 */
class UnreadableAnswersTest {
  private HttpServer stub;
  private volatile String status = "TASK_STATUS_SUCCEED";

  @BeforeEach
  void start() throws IOException {
    stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext("/v3/async/task-result", exchange -> answer(exchange,
        "{\"task\":{\"task_id\":\"t1\",\"status\":\"" + status + "\",\"reason\":\"\",\"progress_percent\":0},\"videos\":[]}"));
    stub.createContext("/stall", exchange -> {
      exchange.sendResponseHeaders(200, 1000);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write("{\"task\":".getBytes(StandardCharsets.UTF_8));
        body.flush();
        Thread.sleep(5_000);
      } catch (InterruptedException | IOException e) {
        // the client went away
      }
    });
    stub.start();
  }

  @AfterEach
  void stop() {
    stub.stop(0);
  }

  @Test
  void aStatusTheClientDoesNotKnowIsAnErrorNotAFailedTask() {
    VideoClient client = client(Duration.ofSeconds(5));
    status = "TASK_STATUS_FAILED";
    assertThat(client.get("t1").status()).isEqualTo(TaskStatus.FAILED);

    status = "TASK_STATUS_RESTARTING";
    assertThatThrownBy(() -> client.get("t1"))
        .isExactlyInstanceOf(ReelgateClientException.class)
        .hasMessageContaining("TASK_STATUS_RESTARTING");
  }

  @Test
  void aBodyThatStallsEndsWithinTheRequestTimeout() {
    VideoClient client = client(Duration.ofMillis(200));
    long started = System.nanoTime();
    assertThatThrownBy(() -> client.download("http://127.0.0.1:" + stub.getAddress().getPort() + "/stall",
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "stalled-" + System.nanoTime() + ".mp4")))
        .isInstanceOf(ReelgateClientException.class);
    // The download's limit is ten request timeouts: 2 s, well before the stub's 5 s stall ends.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4500));
  }

  private VideoClient client(Duration timeout) {
    return VideoClient.builder(Dialect.NOVITA).baseUrl("http://127.0.0.1:" + stub.getAddress().getPort()).apiKey("k")
        .maxRetries(0).requestTimeout(timeout).build();
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}

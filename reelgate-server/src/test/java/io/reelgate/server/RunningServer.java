package io.reelgate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on a free port, with a SQLite file in a temporary folder and two keys from the
 * configuration, started once per test class and driven over real HTTP.
 */
abstract class RunningServer {
  static final String ALICE = "rg_test_alice_0123456789abcdef0123456789";
  static final String BOB = "rg_test_bob_0123456789abcdef0123456789ab";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static ReelgateServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() {
    server =
        ReelgateServer.start(
            ServerConfig.defaults().withPort(0).withDataDir(dataDir).withWorkers(1).withApiKeys(List.of(ALICE, BOB)));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  static URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + server.port() + pathAndQuery);
  }

  static HttpResponse<String> post(String path, String key, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) request.header("Authorization", "Bearer " + key);
    return send(request.build());
  }

  static HttpResponse<String> get(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (key != null) request.header("Authorization", "Bearer " + key);
    return send(request.build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  /** A JSON object body from alternating names and values, e.g. {@code body("prompt", "a cat")}. */
  static String body(Object... namesAndValues) {
    var node = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
    }
    return node.toString();
  }
}

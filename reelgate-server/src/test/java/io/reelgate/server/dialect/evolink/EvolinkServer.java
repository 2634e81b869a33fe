package io.reelgate.server.dialect.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import io.reelgate.server.openapi.OpenApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on a free port, spoken to as an Evolink client does ({@code Authorization:
 * Bearer <key>}), with every answer checked against {@code /openapi/evolink.json}.
 */
abstract class EvolinkServer {
  static final String ALICE = "rg_test_alice_0123456789abcdef0123456789";
  static final String BOB = "rg_test_bob_0123456789abcdef0123456789ab";
  static final String CREATE = "/v1/videos/generations";
  static final ObjectMapper JSON = new ObjectMapper();
  static final OpenApiContract CONTRACT = OpenApiContract.forDialect(EvolinkDialect.NAME);
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dataDir;
  static ReelgateServer server;

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

  /** POSTs {@code body} to the create endpoint as {@code key} (no header when null); checks the answer's shape. */
  static HttpResponse<String> create(String key, String body) {
    return post(CREATE, key, body);
  }

  static HttpResponse<String> post(String path, String key, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) request.header("Authorization", "Bearer " + key);
    return conforming("POST", path, send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  /** GETs {@code /v1/tasks/<id>} as {@code key}; checks the answer's shape. */
  static HttpResponse<String> task(String id, String key) {
    String path = "/v1/tasks/" + id;
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (key != null) request.header("Authorization", "Bearer " + key);
    return conforming("GET", path, send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  static HttpResponse<String> conforming(String method, String path, HttpResponse<String> response) {
    CONTRACT.assertResponseMatches(method, path, response);
    return response;
  }

  /** Polls the task until it is completed or failed, checking every answer on the way. */
  static JsonNode awaitEnd(String id, String key) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = task(id, key);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode detail = json(response);
      String status = detail.path("status").asText();
      if (status.equals("completed") || status.equals("failed")) return detail;
      assertThat(detail.path("results")).as("results before the end").isEmpty();
      Thread.sleep(100);
    }
    throw new AssertionError("task " + id + " did not end in 5 minutes");
  }

  static URI uri(String path) {
    return URI.create("http://localhost:" + server.port() + path);
  }

  static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return HTTP.send(request, handler);
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

  /** A core test photo ({@code /photos/<name>}) as a {@code data:image/...;base64,} URI. */
  static String photo(String name) {
    String type = name.endsWith(".png") ? "image/png" : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
    return dataUri(type, TestPhotos.bytes(name));
  }

  static String dataUri(String type, byte[] bytes) {
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}

package io.reelgate.server.dialect.minimax;

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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on a free port, spoken to as a MiniMax client does ({@code Authorization: Bearer
 * <key>}), with every answer checked against {@code /openapi/minimax.json}: each must be HTTP 200
 * and match the document, errors included.
 */
abstract class MiniMaxServer {
  static final String ALICE = "rg_test_alice_0123456789abcdef0123456789";
  static final String BOB = "rg_test_bob_0123456789abcdef0123456789ab";
  static final String CREATE = "/v1/video_generation";
  static final String QUERY = "/v1/query/video_generation";
  static final String RETRIEVE = "/v1/files/retrieve";
  static final ObjectMapper JSON = new ObjectMapper();
  static final OpenApiContract CONTRACT = OpenApiContract.forDialect("minimax");
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

  /** {@code POST /v1/video_generation} with {@code Authorization: Bearer <key>} (none when null). */
  static HttpResponse<String> create(String key, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(CREATE))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) request.header("Authorization", "Bearer " + key);
    return conforming("POST", CREATE, send(request.build()));
  }

  static HttpResponse<String> query(String taskId, String key) {
    return getWith(QUERY, "task_id", taskId, key);
  }

  static HttpResponse<String> retrieve(String fileId, String key) {
    return getWith(RETRIEVE, "file_id", fileId, key);
  }

  /** GETs {@code path?name=value} (no parameter when {@code value} is null) and checks the answer. */
  static HttpResponse<String> getWith(String path, String name, String value, String key) {
    String query = value == null ? "" : "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path + query)).GET();
    if (key != null) request.header("Authorization", "Bearer " + key);
    return conforming("GET", path, send(request.build()));
  }

  /** Every MiniMax answer is HTTP 200 and matches the OpenAPI document. */
  static HttpResponse<String> conforming(String method, String path, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    CONTRACT.assertResponseMatches(method, path, response);
    return response;
  }

  /** Creates a task that must be accepted; its id. */
  static String accepted(String key, String body) {
    JsonNode answer = json(create(key, body));
    assertThat(answer.path("base_resp").path("status_code").asInt()).as(answer.toString()).isZero();
    return answer.path("task_id").asText();
  }

  /** Queries until the task is {@code Success} or {@code Fail}; the statuses seen are added to {@code seen}. */
  static JsonNode awaitEnd(String taskId, String key, List<String> seen) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      JsonNode answer = json(query(taskId, key));
      String status = answer.path("status").asText();
      seen.add(status);
      if (status.equals("Success") || status.equals("Fail")) return answer;
      Thread.sleep(100);
    }
    throw new AssertionError("task " + taskId + " did not end in 5 minutes; statuses " + seen);
  }

  static URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + server.port() + pathAndQuery);
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

  static HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
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

  /** A core test photo ({@code /photos/<name>}) as a {@code data:} URI. */
  static String photo(String name) {
    return dataUri(name.endsWith(".png") ? "image/png" : "image/jpeg", TestPhotos.bytes(name));
  }

  static String dataUri(String type, byte[] bytes) {
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}

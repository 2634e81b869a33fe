package io.reelgate.server.dialect.gptproto;

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
 * The real server on a free port, spoken to as a GPTProto client does: bare keys in {@code
 * Authorization}, and every answer checked against {@code /openapi/gptproto.json}.
 */
abstract class GptprotoServer {
  static final String ALICE = "rg_test_alice_0123456789abcdef0123456789";
  static final String BOB = "rg_test_bob_0123456789abcdef0123456789ab";
  static final ObjectMapper JSON = new ObjectMapper();
  static final OpenApiContract CONTRACT = OpenApiContract.forDialect("gptproto");
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dataDir;
  static ReelgateServer server;

  @BeforeAll
  static void startServer() {
    server = ReelgateServer.start(config());
  }

  /** One worker, a temporary folder and the keys of Alice and Bob. */
  static ServerConfig config() {
    return ServerConfig.defaults().withPort(0).withDataDir(dataDir).withWorkers(1).withApiKeys(List.of(ALICE, BOB));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  static String createPath(String model, String scene) {
    return "/api/v3/minimax/" + model + "/" + scene;
  }

  static String resultPath(String id) {
    return "/api/v3/predictions/" + id + "/result";
  }

  /** POSTs {@code body} with {@code Authorization: <key>} (none when null); checks the answer's shape. */
  static HttpResponse<String> create(String model, String scene, String key, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(createPath(model, scene)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) request.header("Authorization", key);
    return conforming("POST", createPath(model, scene), send(request.build()));
  }

  /** GETs {@code url} with {@code Authorization: <key>}; checks the answer's shape. */
  static HttpResponse<String> result(String url, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (key != null) request.header("Authorization", key);
    return conforming("GET", URI.create(url).getPath(), send(request.build()));
  }

  static HttpResponse<String> resultOf(String id, String key) {
    return result(uri(resultPath(id)).toString(), key);
  }

  static HttpResponse<String> conforming(String method, String path, HttpResponse<String> response) {
    CONTRACT.assertResponseMatches(method, path, response);
    return response;
  }

  /** Polls {@code data.urls.get} until the prediction has ended. */
  static JsonNode awaitEnd(String resultUrl, String key) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = result(resultUrl, key);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode data = json(response).path("data");
      String status = data.path("status").asText();
      if (status.equals("completed") || status.equals("failed")) return data;
      Thread.sleep(100);
    }
    throw new AssertionError("prediction at " + resultUrl + " did not end in 5 minutes");
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
    String type = name.endsWith(".png") ? "image/png" : "image/jpeg";
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(TestPhotos.bytes(name));
  }
}

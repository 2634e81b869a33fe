package io.reelgate.server.dialect.gptproto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.openapi.OpenApiContract;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The real server, spoken to as a GPTProto client does: bare keys in {@code Authorization}, and
 * every answer checked against {@code /openapi/gptproto.json}.
 */
abstract class GptprotoServer extends RunningServer {
  static final OpenApiContract CONTRACT = OpenApiContract.forDialect("gptproto");

  static String createPath(String model, String scene) {
    return "/api/v3/minimax/" + model + "/" + scene;
  }

  static String resultPath(String id) {
    return "/api/v3/predictions/" + id + "/result";
  }

  /** POSTs {@code body} with {@code Authorization: <key>} (none when null); checks the answer's shape. */
  static HttpResponse<String> create(String model, String scene, String key, String body) {
    String path = createPath(model, scene);
    return conforming("POST", path, send(jsonPost(path, body), key));
  }

  /** GETs {@code url} with {@code Authorization: <key>}; checks the answer's shape. */
  static HttpResponse<String> result(String url, String key) {
    return conforming("GET", URI.create(url).getPath(), send(HttpRequest.newBuilder(URI.create(url)).GET(), key));
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
}

package io.reelgate.server.dialect.minimax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.openapi.OpenApiContract;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The real server, spoken to as a MiniMax client does ({@code Authorization: Bearer <key>}), with
 * every answer checked against {@code /openapi/minimax.json}: each must be HTTP 200 and match the
 * document, errors included.
 */
abstract class MiniMaxServer extends RunningServer {
  static final String CREATE = "/v1/video_generation";
  static final String QUERY = "/v1/query/video_generation";
  static final String RETRIEVE = "/v1/files/retrieve";
  static final OpenApiContract CONTRACT = OpenApiContract.forDialect("minimax");

  /** {@code POST /v1/video_generation} with {@code Authorization: Bearer <key>} (none when null). */
  static HttpResponse<String> create(String key, String body) {
    return conforming("POST", CREATE, post(CREATE, key, body));
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
    return conforming("GET", path, get(path + query, key));
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
}

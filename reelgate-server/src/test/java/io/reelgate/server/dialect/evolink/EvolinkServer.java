package io.reelgate.server.dialect.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.openapi.OpenApiContract;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real server, spoken to as an Evolink client does ({@code Authorization: Bearer <key>}), with
 * every answer checked against {@code /openapi/evolink.json}.
 */
abstract class EvolinkServer extends RunningServer {
  static final String CREATE = "/v1/videos/generations";
  static final OpenApiContract CONTRACT = OpenApiContract.forDialect(EvolinkDialect.NAME);
  /** The fields of a task detail, as Evolink documents it. */
  static final List<String> DETAIL_FIELDS =
      List.of("created", "id", "model", "object", "progress", "results", "status", "task_info", "type");

  /** POSTs {@code body} to the create endpoint as {@code key} (no header when null); checks the answer's shape. */
  static HttpResponse<String> create(String key, String body) {
    return conforming("POST", CREATE, post(CREATE, key, body));
  }

  /** GETs {@code /v1/tasks/<id>} as {@code key}; checks the answer's shape. */
  static HttpResponse<String> task(String id, String key) {
    String path = "/v1/tasks/" + id;
    return conforming("GET", path, get(path, key));
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

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What no route answers is still answered in the error shape of the API whose prefix the path is
 * under (unknown paths 404, wrong methods 405 with {@code Allow}), and what Jetty refuses before
 * any route is JSON too: never Javalin's "Endpoint ... not found" text or Jetty's HTML page.
 */
class ErrorShapesTest extends RunningServer {
  @Test
  void unknown_path_under_v3_answers_404_in_novitas_shape() {
    HttpResponse<String> response = get("/v3/async/minimax-hailuo-9-i2v", ALICE);

    JsonNode error = jsonAnswer(response, 404);
    assertThat(error.path("code").asInt()).isEqualTo(404);
    assertThat(error.path("reason").asText()).isEqualTo("NOT_FOUND");
    assertThat(error.path("message").asText()).contains("/v3/async/minimax-hailuo-9-i2v");
    assertThat(error.path("metadata").isObject()).isTrue();
  }

  @Test
  void unknown_path_under_evolinks_prefixes_answers_404_in_its_envelope() {
    for (String path : new String[] {"/v1/videos/edits", "/v1/tasks/abc/result"}) {
      JsonNode error = jsonAnswer(get(path, ALICE), 404).path("error");
      assertThat(error.path("code").asInt()).isEqualTo(404);
      assertThat(error.path("type").asText()).isEqualTo("not_found_error");
    }
  }

  @Test
  void unknown_path_under_v1_answers_404_with_minimaxs_base_resp() {
    JsonNode body = jsonAnswer(get("/v1/video_generation_v2", ALICE), 404);
    assertThat(body.path("base_resp").path("status_code").asInt()).isEqualTo(1000);
    assertThat(body.path("base_resp").path("status_msg").asText()).contains("/v1/video_generation_v2");
  }

  @Test
  void unknown_path_under_api_v3_answers_404_in_gptprotos_wrapper() {
    JsonNode body = jsonAnswer(get("/api/v3/predictions/abc", ALICE), 404);
    assertThat(body.has("data")).isTrue();
    assertThat(body.path("data").isNull()).isTrue();
    assertThat(body.path("code").asInt()).isEqualTo(404);
    assertThat(body.path("message").asText()).isNotBlank();
  }

  @Test
  void unknown_paths_of_reelgate_and_elsewhere_answer_404_in_reelgates_shape() {
    for (String path : new String[] {"/reelgate/v1/modelz", "/nothing/here"}) {
      JsonNode error = jsonAnswer(get(path, ALICE), 404).path("error");
      assertThat(error.path("code").asText()).isEqualTo("NOT_FOUND");
      assertThat(error.has("field")).isTrue();
    }
  }

  @Test
  void wrong_method_answers_405_with_allow_in_each_shape() {
    HttpResponse<String> novita = get("/v3/async/minimax-hailuo-02", ALICE);
    assertThat(jsonAnswer(novita, 405).path("reason").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(novita.headers().firstValue("Allow")).hasValue("POST");

    HttpResponse<String> evolink = post("/v1/tasks/task-unified-1-abc", ALICE, "{}");
    assertThat(jsonAnswer(evolink, 405).path("error").path("type").asText()).isEqualTo("invalid_request_error");
    assertThat(evolink.headers().firstValue("Allow")).hasValue("GET");

    HttpResponse<String> minimax = get("/v1/video_generation", ALICE);
    assertThat(jsonAnswer(minimax, 405).path("base_resp").path("status_code").asInt()).isEqualTo(1000);
    assertThat(minimax.headers().firstValue("Allow")).hasValue("POST");

    HttpResponse<String> gptproto = get("/api/v3/minimax/hailuo-2.3-fast/text-to-video", ALICE);
    assertThat(jsonAnswer(gptproto, 405).path("code").asInt()).isEqualTo(405);
    assertThat(gptproto.headers().firstValue("Allow")).hasValue("POST");

    HttpResponse<String> reelgate = send(HttpRequest.newBuilder(uri("/reelgate/v1/models")).DELETE(), null);
    assertThat(jsonAnswer(reelgate, 405).path("error").path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(reelgate.headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void malformed_json_answers_400_in_each_shape() {
    String broken = "{\"prompt\": \"a cat\",";
    assertThat(jsonAnswer(post("/v3/async/minimax-hailuo-2.3-t2v", ALICE, broken), 400).path("reason").asText())
        .isEqualTo("INVALID_REQUEST_BODY");
    assertThat(jsonAnswer(post("/v1/videos/generations", ALICE, broken), 400).path("error").path("type").asText())
        .isEqualTo("invalid_request_error");
    assertThat(jsonAnswer(post("/v1/video_generation", ALICE, broken), 200).path("base_resp").path("status_code").asInt())
        .isEqualTo(2013);
    assertThat(jsonAnswer(post("/api/v3/minimax/hailuo-2.3-fast/text-to-video", ALICE, broken), 400).path("code").asInt())
        .isEqualTo(400);
  }

  @Test
  void a_nul_in_the_path_is_refused_as_json() {
    RawHttp.Answer answer = RawHttp.send(server.port(), "GET", "/v1/query/video_generation%00?task_id=1", "");

    assertThat(answer.status()).isEqualTo(400);
    assertJsonError(answer);
  }

  @Test
  void an_over_long_query_is_refused_as_json() {
    RawHttp.Answer answer = RawHttp.send(server.port(), "GET", "/v3/async/task-result?task_id=" + "a".repeat(20_000), "");

    assertThat(answer.status()).isEqualTo(414);
    assertJsonError(answer);
  }

  @Test
  void headers_too_large_are_refused_as_json() {
    RawHttp.Answer answer =
        RawHttp.send(server.port(), "GET", "/v1/tasks/x", "Authorization: Bearer " + "k".repeat(20_000) + "\r\n");

    assertThat(answer.status()).isEqualTo(431);
    assertJsonError(answer);
  }

  private static void assertJsonError(RawHttp.Answer answer) {
    assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/json");
    JsonNode error = parse(answer.body()).path("error");
    assertThat(error.path("code").asText()).isEqualTo("HTTP_" + answer.status());
    assertThat(error.path("message").asText()).isNotBlank();
    assertThat(answer.header("X-Request-Id")).matches("[0-9a-f]{32}");
  }

  private static JsonNode jsonAnswer(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).as(response.body())
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return json(response);
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }
}

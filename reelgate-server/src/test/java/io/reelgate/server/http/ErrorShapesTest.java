package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What no route answers is still answered in the error shape of the API whose prefix the path is
 * under (unknown paths 404, wrong methods 405 with {@code Allow}), and what Jetty refuses before
 * any route is JSON too: never Javalin's "Endpoint ... not found" text or Jetty's HTML page. Here
 * Reelgate's own shape and Jetty's refusals; each dialect's shape is checked by its {@link
 * io.reelgate.server.dialect.DialectContract}.
 */
@TinyRenders
class ErrorShapesTest extends RunningServer {
  @Test
  void unknown_paths_of_reelgate_and_elsewhere_answer_404_in_reelgates_shape() {
    for (String path : new String[] {"/reelgate/v1/modelz", "/nothing/here"}) {
      JsonNode error = jsonAnswer(get(path, ALICE), 404).path("error");
      assertThat(error.path("code").asText()).isEqualTo("NOT_FOUND");
      assertThat(error.has("field")).isTrue();
    }
  }

  @Test
  void wrong_method_of_reelgate_answers_405_with_allow_in_reelgates_shape() {
    HttpResponse<String> reelgate = send(HttpRequest.newBuilder(uri("/reelgate/v1/models")).DELETE(), null);
    assertThat(jsonAnswer(reelgate, 405).path("error").path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(reelgate.headers().firstValue("Allow")).hasValue("GET");
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

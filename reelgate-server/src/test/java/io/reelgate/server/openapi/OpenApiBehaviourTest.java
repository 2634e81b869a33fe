package io.reelgate.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The served documents say what the server does: a JSON {@code null} for an optional field is
 * accepted (as absent) and documented as allowed; a wrong method answers 405 with {@code Allow},
 * as every operation documents.
 */
@TinyRenders
class OpenApiBehaviourTest extends RunningServer {
  /** A create per dialect: its documented path, the operation's template and a valid minimal body. */
  private record Create(String dialect, String path, String template, String body) {}

  private static final List<Create> CREATES =
      List.of(
          new Create("novita", "/v3/async/minimax-hailuo-02", "/v3/async/minimax-hailuo-02", "{\"prompt\": \"a cat\"}"),
          new Create("evolink", "/v1/videos/generations", "/v1/videos/generations",
              "{\"model\": \"MiniMax-Hailuo-2.3\", \"prompt\": \"a cat\"}"),
          new Create("gptproto", "/api/v3/minimax/hailuo-2.3-fast/text-to-video", "/api/v3/minimax/{model}/{scene}",
              "{\"prompt\": \"a cat\"}"),
          new Create("minimax", "/v1/video_generation", "/v1/video_generation",
              "{\"model\": \"MiniMax-Hailuo-2.3\", \"prompt\": \"a cat\"}"));

  @Test
  void null_for_every_optional_field_is_documented_and_accepted() throws Exception {
    for (Create create : CREATES) {
      OpenApiContract contract = OpenApiContract.forDialect(create.dialect());
      ObjectNode body = (ObjectNode) JSON.readTree(create.body());
      for (Map.Entry<String, Boolean> property : contract.requestProperties("POST", create.template()).entrySet()) {
        if (!property.getValue() && !body.has(property.getKey())) body.putNull(property.getKey());
      }

      contract.assertRequestMatches("POST", create.template(), body.toString());
      HttpResponse<String> answer = post(create.path(), ALICE, body.toString());
      assertThat(answer.statusCode()).as(create.dialect() + " " + answer.body()).isEqualTo(200);
      assertThat(json(answer).path("base_resp").path("status_code").asInt(0)).as(answer.body()).isZero();
      contract.assertResponseMatches("POST", create.template(), answer);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "minimax"})
  void every_operation_documents_405_with_allow(String dialect) {
    OpenApiContract contract = OpenApiContract.forDialect(dialect);
    JsonNode document = contract.document();
    for (String operation : contract.operations()) {
      String[] methodAndPath = operation.split(" ");
      JsonNode response = document.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase()).path("responses").path("405");
      assertThat(response.isMissingNode()).as(dialect + " " + operation + " documents no 405").isFalse();
      String ref = response.path("$ref").asText();
      JsonNode resolved = ref.isEmpty() ? response : document.at(ref.substring(1));
      assertThat(resolved.path("headers").has("Allow")).as(dialect + " " + operation + " 405 names no Allow header").isTrue();
    }
  }

  @Test
  void a_wrong_method_answers_the_documented_405() {
    assertDocumented405("novita", "GET", "/v3/async/task-result",
        HttpRequest.newBuilder(uri("/v3/async/task-result?task_id=x")).POST(HttpRequest.BodyPublishers.noBody()), "GET");
    assertDocumented405("evolink", "GET", "/v1/tasks/abc",
        HttpRequest.newBuilder(uri("/v1/tasks/abc")).DELETE(), "GET");
    assertDocumented405("gptproto", "POST", "/api/v3/minimax/hailuo-2.3-fast/text-to-video",
        HttpRequest.newBuilder(uri("/api/v3/minimax/hailuo-2.3-fast/text-to-video")).GET(), "POST");
    assertDocumented405("minimax", "POST", "/v1/video_generation", HttpRequest.newBuilder(uri("/v1/video_generation")).GET(), "POST");
  }

  private static void assertDocumented405(String dialect, String documentedMethod, String path, HttpRequest.Builder wrong, String allow) {
    HttpResponse<String> answer = send(wrong, bearer(ALICE));
    assertThat(answer.statusCode()).as(dialect + " " + answer.body()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow")).hasValue(allow);
    OpenApiContract.forDialect(dialect).assertResponseMatches(documentedMethod, path, answer);
  }
}

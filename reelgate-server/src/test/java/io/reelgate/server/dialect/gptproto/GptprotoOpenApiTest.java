package io.reelgate.server.dialect.gptproto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document says what the dialect does, and only that. */
@TinyRenders
class GptprotoOpenApiTest extends GptprotoServer {

  @Test
  void served_document_is_the_one_the_tests_check_against() {
    HttpResponse<String> served = send(HttpRequest.newBuilder(uri("/openapi/gptproto.json")).GET().build());

    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(json(served)).isEqualTo(CONTRACT.document());
    assertThat(CONTRACT.operations())
        .containsExactlyInAnyOrder("POST /api/v3/minimax/{model}/{scene}", "GET /api/v3/predictions/{id}/result",
            "POST /api/v3/predictions/{id}/cancel");
  }

  @Test
  void document_lists_exactly_the_models_and_scenes_served() {
    JsonNode parameters = CONTRACT.document().at("/paths/~1api~1v3~1minimax~1{model}~1{scene}/post/parameters");

    assertThat(strings(parameters.path(0).at("/schema/enum")))
        .containsExactlyElementsOf(Arrays.stream(GptprotoModel.values()).map(GptprotoModel::wireName).toList());
    assertThat(strings(parameters.path(1).at("/schema/enum")))
        .containsExactlyElementsOf(Arrays.stream(Scene.values()).map(Scene::wireName).toList());
  }

  @Test
  void prediction_with_an_undocumented_field_does_not_match() {
    String id = json(create("hailuo-02-fast", "text-to-video", ALICE, body("prompt", "a cat"))).path("data").path("id").asText();
    String answer = resultOf(id, ALICE).body();
    String extra = answer.replaceFirst("\\{\"data\":\\{", "{\"data\":{\"seed\":1,");

    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("GET", resultPath(id), 200, extra))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed");
  }

  @Test
  void curl_example_of_the_docs_page_is_accepted() throws Exception {
    String command = new GptprotoDialect(null, () -> "unused", java.time.Duration.ZERO).curlExample(server.publicUrl());
    ProcessBuilder shell = new ProcessBuilder("sh", "-c", command + " --silent --show-error");
    shell.environment().put("REELGATE_API_KEY", ALICE);
    Process curl = shell.redirectErrorStream(true).start();
    String output = new String(curl.getInputStream().readAllBytes());

    assertThat(curl.waitFor()).as(output).isZero();
    CONTRACT.assertResponseMatches("POST", createPath("hailuo-2.3-fast", "text-to-video"), 200, output);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}

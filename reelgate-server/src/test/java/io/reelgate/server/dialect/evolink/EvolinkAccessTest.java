package io.reelgate.server.dialect.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Who may do what: 401 without a valid key, and a task seen only by its key and its dialect. */
class EvolinkAccessTest extends EvolinkServer {
  private static final String TEXT_TO_VIDEO = body("model", "MiniMax-Hailuo-2.3", "prompt", "a cat [Push in]");

  @Test
  void create_without_a_key_is_refused_in_evolinks_envelope() {
    assertUnauthenticated(create(null, TEXT_TO_VIDEO));
  }

  @Test
  void create_with_an_unknown_key_is_refused() {
    assertUnauthenticated(create("rg_not_a_key_0123456789abcdef0123456789", TEXT_TO_VIDEO));
  }

  @Test
  void task_query_without_a_key_is_refused() {
    assertUnauthenticated(task("task-unified-1757169743-7cvnl5zw", null));
  }

  @Test
  void another_keys_task_is_not_found() {
    String id = json(create(ALICE, TEXT_TO_VIDEO)).path("id").asText();

    assertNotFound(task(id, BOB));
    assertThat(task(id, ALICE).statusCode()).isEqualTo(200);
  }

  @Test
  void unknown_task_is_not_found() {
    assertNotFound(task("task-unified-1757169743-zzzzzzzz", ALICE));
  }

  @Test
  void task_created_through_another_dialect_is_not_found_here() {
    HttpResponse<String> novita =
        send(
            HttpRequest.newBuilder(uri("/v3/async/minimax-hailuo-2.3-t2v"))
                .header("Authorization", "Bearer " + ALICE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body("prompt", "a cat")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(novita.statusCode()).as(novita.body()).isEqualTo(200);

    assertNotFound(task(json(novita).path("task_id").asText(), ALICE));
  }

  private static void assertUnauthenticated(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    JsonNode error = json(response).path("error");
    assertThat(error.path("code").asInt()).isEqualTo(401);
    assertThat(error.path("type").asText()).isEqualTo("authentication_error");
    assertThat(error.path("message").asText()).isNotBlank();
    assertThat(error.has("param")).isFalse();
  }

  private static void assertNotFound(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    JsonNode error = json(response).path("error");
    assertThat(error.path("code").asInt()).isEqualTo(404);
    assertThat(error.path("type").asText()).isEqualTo("not_found_error");
    assertThat(error.path("param").asText()).isEqualTo("task_id");
  }
}

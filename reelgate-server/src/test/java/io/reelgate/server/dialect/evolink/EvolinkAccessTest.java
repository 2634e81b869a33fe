package io.reelgate.server.dialect.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What reading a task shows: at once after its create, pending or processing with nothing yet; and
 * nothing through another dialect (keys and another key's task are the {@link
 * io.reelgate.server.dialect.DialectContract}'s).
 */
@TinyRenders
class EvolinkAccessTest extends EvolinkServer {
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

  @Test
  void task_read_at_once_is_pending_or_processing_with_no_results_and_no_error() {
    HttpResponse<String> response =
        create(ALICE, body("model", "MiniMax-Hailuo-2.3", "prompt", "Rain on a window [Static shot]"));
    JsonNode created = json(response);

    JsonNode detail = json(task(created.path("id").asText(), ALICE));

    assertThat(fieldNames(detail)).containsExactlyInAnyOrderElementsOf(DETAIL_FIELDS);
    assertThat(detail.path("status").asText()).isIn("pending", "processing");
    assertThat(detail.path("results")).isEmpty();
    assertThat(detail.path("task_info").path("can_cancel").asBoolean()).isTrue();
    assertThat(detail.path("created").asLong()).isEqualTo(created.path("created").asLong());
  }

  private static void assertNotFound(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    JsonNode error = json(response).path("error");
    assertThat(error.path("code").asInt()).isEqualTo(404);
    assertThat(error.path("type").asText()).isEqualTo("not_found_error");
    assertThat(error.path("param").asText()).isEqualTo("task_id");
  }
}

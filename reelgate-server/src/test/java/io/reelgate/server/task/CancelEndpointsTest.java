package io.reelgate.server.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import io.reelgate.server.openapi.OpenApiContract;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What each dialect's cancel extension writes of its own, over real HTTP, against its OpenAPI
 * document (the cancel itself, a second cancel and another key's are the {@link
 * io.reelgate.server.dialect.DialectContract}'s). Renders last a minute: a task is always still
 * cancellable.
 */
@TinyRenders(frames = 60, millisPerFrame = 1000)
class CancelEndpointsTest extends RunningServer {
  @Test
  void evolink_cancel_answers_the_task_detail_failed_with_request_cancelled() {
    OpenApiContract contract = OpenApiContract.forDialect("evolink");
    String id = json(post("/v1/videos/generations", ALICE,
        body("model", "MiniMax-Hailuo-2.3", "prompt", "A lighthouse [Push in]", "quality", "768p", "duration", 6)))
        .path("id").asText();
    String path = "/v1/tasks/" + id + "/cancel";

    HttpResponse<String> cancelled = post(path, ALICE, "");

    contract.assertResponseMatches("POST", path, cancelled);
    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(json(cancelled).at("/error/code").asText()).isEqualTo("request_cancelled");
    assertThat(json(cancelled).at("/task_info/can_cancel").asBoolean()).isFalse();
  }

  @Test
  void novita_cancel_takes_the_task_id_in_the_body_too() {
    OpenApiContract contract = OpenApiContract.forDialect("novita");
    String id = novitaTask();

    HttpResponse<String> cancelled = post("/v3/async/task-cancel", ALICE, body("task_id", id));

    contract.assertResponseMatches("POST", "/v3/async/task-cancel", cancelled);
    assertThat(json(cancelled).at("/task/status").asText()).isEqualTo("TASK_STATUS_FAILED");
    assertThat(json(cancelled).at("/task/reason").asText()).isEqualTo("cancelled");
  }

  @Test
  void gptproto_cancel_answers_the_prediction_failed_with_the_error_cancelled() {
    OpenApiContract contract = OpenApiContract.forDialect("gptproto");
    String id = json(send(jsonPost("/api/v3/minimax/hailuo-2.3-fast/text-to-video",
        body("duration", 6, "prompt", "A lighthouse at dusk [Push in]")), ALICE)).at("/data/id").asText();
    String path = "/api/v3/predictions/" + id + "/cancel";

    HttpResponse<String> cancelled = send(jsonPost(path, ""), ALICE);

    contract.assertResponseMatches("POST", path, cancelled);
    assertThat(json(cancelled).at("/data/status").asText()).isEqualTo("failed");
    assertThat(json(cancelled).at("/data/error").asText()).isEqualTo("cancelled");
  }

  @Test
  void the_playground_lists_a_cancel_url_while_the_task_can_be_cancelled() {
    String id = novitaTask();
    JsonNode listed = listed(id);
    assertThat(listed.path("cancel_url").asText()).isEqualTo("/v3/async/task-cancel?task_id=" + id);

    HttpResponse<String> cancelled = send(HttpRequest.newBuilder(uri(listed.path("cancel_url").asText()))
        .POST(HttpRequest.BodyPublishers.noBody()), bearer(ALICE));
    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(listed(id).path("status").asText()).isEqualTo("cancelled");
    assertThat(listed(id).path("cancel_url").isNull()).isTrue();
  }

  private static String novitaTask() {
    return json(post("/v3/async/minimax-hailuo-2.3-t2v", ALICE,
        body("prompt", "A paper boat [Follow]", "duration", 6, "resolution", "768P"))).path("task_id").asText();
  }

  private static JsonNode listed(String id) {
    for (JsonNode task : json(get("/reelgate/v1/tasks?limit=100", ALICE)).path("tasks")) {
      if (task.path("id").asText().equals(id)) return task;
    }
    throw new AssertionError("task " + id + " is not listed");
  }
}

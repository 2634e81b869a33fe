package io.reelgate.server.dialect.novita;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Keys: who may call, and whose tasks a key sees. */
class NovitaAuthTest extends RunningServer {
  private static final String T2V = "/v3/async/minimax-hailuo-2.3-t2v";

  @Test
  void request_without_key_is_refused_with_401() {
    HttpResponse<String> response = post(T2V, null, body("prompt", "a cat"));
    assertThat(response.statusCode()).isEqualTo(401);
    JsonNode error = json(response);
    assertThat(error.path("code").asInt()).isEqualTo(401);
    assertThat(error.path("reason").asText()).isEqualTo("INVALID_API_KEY");
  }

  @Test
  void request_with_wrong_key_is_refused_with_401() {
    assertThat(post(T2V, "rg_not_a_key_of_this_server", body("prompt", "a cat")).statusCode()).isEqualTo(401);
  }

  @Test
  void key_with_another_scheme_is_refused_with_401() {
    HttpRequest request =
        HttpRequest.newBuilder(uri(T2V))
            .header("Authorization", "Basic " + ALICE)
            .POST(HttpRequest.BodyPublishers.ofString(body("prompt", "a cat")))
            .build();
    assertThat(send(request).statusCode()).isEqualTo(401);
  }

  @Test
  void task_result_without_key_is_refused_with_401() {
    assertThat(get("/v3/async/task-result?task_id=whatever", null).statusCode()).isEqualTo(401);
  }

  @Test
  void bearer_scheme_is_case_insensitive() {
    HttpRequest request =
        HttpRequest.newBuilder(uri(T2V))
            .header("Authorization", "bearer " + ALICE)
            .POST(HttpRequest.BodyPublishers.ofString(body("prompt", "a cat")))
            .build();
    assertThat(send(request).statusCode()).isEqualTo(200);
  }

  @Test
  void key_sees_its_own_task() {
    String taskId = json(post(T2V, ALICE, body("prompt", "a cat"))).path("task_id").asText();

    HttpResponse<String> response = get("/v3/async/task-result?task_id=" + taskId, ALICE);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode task = json(response).path("task");
    assertThat(task.path("task_id").asText()).isEqualTo(taskId);
    assertThat(task.path("task_type").asText()).isEqualTo("MINIMAX_HAILUO_2_3_T2V");
    assertThat(task.path("status").asText())
        .isIn("TASK_STATUS_QUEUED", "TASK_STATUS_PROCESSING", "TASK_STATUS_SUCCEED");
  }

  @Test
  void another_keys_task_answers_404_as_not_found() {
    String taskId = json(post(T2V, ALICE, body("prompt", "a cat"))).path("task_id").asText();

    HttpResponse<String> response = get("/v3/async/task-result?task_id=" + taskId, BOB);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).path("reason").asText()).isEqualTo("TASK_NOT_FOUND");
    assertThat(get("/v3/async/task-result?task_id=no-such-task", BOB).body())
        .isEqualTo(response.body().replace(taskId, "no-such-task"));
  }

  @Test
  void task_result_without_task_id_is_refused() {
    HttpResponse<String> response = get("/v3/async/task-result", ALICE);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("metadata").path("field").asText()).isEqualTo("task_id");
  }

  @Test
  void health_check_answers_ok() {
    HttpResponse<String> response = get("/healthz", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("ok");
  }
}

package io.reelgate.server.dialect.novita;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Keys beyond the {@link io.reelgate.server.dialect.DialectContract} (which checks a missing or
 * wrong key and another key's task): the scheme, and what a key sees of its own task.
 */
@TinyRenders
class NovitaAuthTest extends RunningServer {
  private static final String T2V = "/v3/async/minimax-hailuo-2.3-t2v";

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

package io.reelgate.server.dialect.novita;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import org.junit.jupiter.api.Test;

/** The task-result body has Novita's fields with Novita's JSON types. */
@TinyRenders
class NovitaTaskResultTest extends RunningServer {

  @Test
  void task_result_has_the_documented_fields_and_types() {
    String taskId =
        json(post("/v3/async/minimax-hailuo-02", ALICE, body("prompt", "a lighthouse at dusk [拉远]")))
            .path("task_id").asText();

    JsonNode result = json(get("/v3/async/task-result?task_id=" + taskId, ALICE));

    JsonNode task = result.path("task");
    assertThat(task.path("task_id").asText()).isEqualTo(taskId);
    assertThat(task.path("task_type").asText()).isEqualTo("MINIMAX_HAILUO_02");
    assertThat(task.path("status").asText()).startsWith("TASK_STATUS_");
    assertThat(task.path("reason").isTextual()).isTrue();
    assertThat(task.path("eta").isIntegralNumber()).isTrue();
    assertThat(task.path("progress_percent").isIntegralNumber()).isTrue();
    JsonNode extra = result.path("extra");
    assertThat(extra.path("seed").isTextual()).isTrue();
    JsonNode debug = extra.path("debug_info");
    assertThat(debug.path("request_info").isTextual()).isTrue();
    assertThat(debug.path("submit_time_ms").asText()).matches("\\d{13}");
    assertThat(debug.path("execute_time_ms").isTextual()).isTrue();
    assertThat(debug.path("complete_time_ms").isTextual()).isTrue();
    assertThat(result.path("images").isArray()).isTrue();
    assertThat(result.path("videos").isArray()).isTrue();
    assertThat(result.path("audios").isArray()).isTrue();
  }

  @Test
  void image_to_video_on_hailuo_23_reports_the_i2v_task_type() {
    String taskId =
        json(post("/v3/async/minimax-hailuo-2.3-i2v", ALICE, body("prompt", "waves", "image", png(640, 480))))
            .path("task_id").asText();

    JsonNode task = json(get("/v3/async/task-result?task_id=" + taskId, ALICE)).path("task");

    assertThat(task.path("task_type").asText()).isEqualTo("MINIMAX_HAILUO_2_3_I2V");
  }
}

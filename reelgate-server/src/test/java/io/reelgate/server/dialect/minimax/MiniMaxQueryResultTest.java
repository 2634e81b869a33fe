package io.reelgate.server.dialect.minimax;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.openapi.OpenApiContract;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The query answer for the states a live server rarely shows: failed and cancelled tasks. */
class MiniMaxQueryResultTest {
  private static final OpenApiContract CONTRACT = OpenApiContract.forDialect("minimax");
  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  private static final String ID = "1748779200000123456";

  @Test
  void failed_task_is_fail_with_its_reason_in_base_resp() throws Exception {
    Task failed = aTask().withId(ID).build().withStatus(Status.PROCESSING, NOW).withFailure(new TaskFailure(TaskFailure.Kind.INVALID_INPUT, "image", "image: cannot be decoded"), NOW);

    JsonNode answer = answer(failed);

    assertThat(answer.path("status").asText()).isEqualTo("Fail");
    assertThat(answer.path("file_id").asText()).isEmpty();
    assertThat(answer.path("video_width").asInt()).isZero();
    assertThat(answer.path("base_resp").path("status_code").asInt()).isEqualTo(1000);
    assertThat(answer.path("base_resp").path("status_msg").asText()).isEqualTo("image: cannot be decoded");
  }

  @Test
  void cancelled_task_is_fail_saying_cancelled() throws Exception {
    Task cancelled = aTask().withId(ID).build().withStatus(Status.CANCELLED, NOW);

    JsonNode answer = answer(cancelled);

    assertThat(answer.path("status").asText()).isEqualTo("Fail");
    assertThat(answer.path("base_resp").path("status_msg").asText()).isEqualTo("cancelled");
  }

  @Test
  void queued_task_is_queueing_with_no_file_yet() throws Exception {
    JsonNode answer = answer(aTask().withId(ID).build());

    assertThat(answer.path("status").asText()).isEqualTo("Queueing");
    assertThat(answer.path("file_id").asText()).isEmpty();
    assertThat(answer.path("base_resp").path("status_code").asInt()).isZero();
  }

  @Test
  void succeeded_task_names_its_file_and_size() throws Exception {
    Task done =
        aTask().withId(ID).build().withStatus(Status.PROCESSING, NOW).withResult("tasks/" + ID + "/result.mp4", 1366, 768, NOW);

    JsonNode answer = answer(done);

    assertThat(answer.path("status").asText()).isEqualTo("Success");
    assertThat(answer.path("file_id").asText()).isEqualTo(ID);
    assertThat(answer.path("video_width").asInt()).isEqualTo(1366);
    assertThat(answer.path("video_height").asInt()).isEqualTo(768);
  }

  private static JsonNode answer(Task task) throws Exception {
    String json = MiniMaxJson.text(MiniMaxQueryResult.of(task));
    CONTRACT.assertResponseMatches("GET", "/v1/query/video_generation", 200, json);
    return new ObjectMapper().readTree(json);
  }
}

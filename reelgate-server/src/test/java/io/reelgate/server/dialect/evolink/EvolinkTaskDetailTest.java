package io.reelgate.server.dialect.evolink;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.core.task.TaskFailure.Kind;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.openapi.OpenApiContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Tasks that ended badly, written as Evolink writes them: status {@code failed} with an {@code
 * error} whose code is Evolink's nearest one, every answer matching the OpenAPI document.
 */
class EvolinkTaskDetailTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:01:00Z");
  private static final LinkSigner LINKS =
      new LinkSigner(new byte[32], () -> "http://localhost:8080", Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));
  private static final OpenApiContract CONTRACT = OpenApiContract.forDialect(EvolinkDialect.NAME);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void picture_that_would_not_load_fails_with_image_processing_error() throws Exception {
    JsonNode detail = written(failed(new TaskFailure(Kind.INVALID_INPUT, "image", "image: cannot decode the picture")));

    assertThat(detail.path("status").asText()).isEqualTo("failed");
    assertThat(detail.path("error").path("code").asText()).isEqualTo("image_processing_error");
    assertThat(detail.path("error").path("message").asText()).isEqualTo("image: cannot decode the picture");
    assertThat(detail.path("results")).isEmpty();
    assertThat(detail.path("task_info").path("can_cancel").asBoolean()).isFalse();
  }

  @Test
  void request_the_engine_refused_fails_with_invalid_parameters() throws Exception {
    assertThat(written(failed(new TaskFailure(Kind.INVALID_INPUT, "duration", "duration: 1080P is only offered for 6 s"))).path("error").path("code").asText())
        .isEqualTo("invalid_parameters");
  }

  @Test
  void server_trouble_fails_with_service_error() throws Exception {
    assertThat(written(failed(new TaskFailure(Kind.INTERNAL, null, "internal error: the server failed to render this task 3 times"))).path("error").path("code").asText())
        .isEqualTo("service_error");
  }

  @Test
  void provider_failure_fails_with_service_error_whatever_its_words() throws Exception {
    TaskFailure provider = new TaskFailure(Kind.PROVIDER, null, "image_url timed out upstream: the picture could not be fetched");
    assertThat(written(failed(provider)).path("error").path("code").asText()).isEqualTo("service_error");
  }

  @Test
  void render_that_timed_out_fails_with_generation_timeout() throws Exception {
    assertThat(written(failed(new TaskFailure(Kind.TIMED_OUT, null, "the render timed out after 600 s"))).path("error").path("code").asText())
        .isEqualTo("generation_timeout");
  }

  @Test
  void cancelled_task_is_failed_with_request_cancelled() throws Exception {
    Task cancelled = aTask().build().withStatus(Status.CANCELLED, NOW);

    JsonNode detail = written(cancelled);

    assertThat(detail.path("status").asText()).isEqualTo("failed");
    assertThat(detail.path("error").path("code").asText()).isEqualTo("request_cancelled");
  }

  @Test
  void completed_task_links_its_video_and_has_no_error() throws Exception {
    Task done = aTask().build().withStatus(Status.PROCESSING, NOW).withResult("tasks/t/result.mp4", 1366, 768, NOW);

    JsonNode detail = written(done);

    assertThat(detail.path("status").asText()).isEqualTo("completed");
    assertThat(detail.path("progress").asInt()).isEqualTo(100);
    assertThat(detail.path("results").path(0).asText()).startsWith("http://localhost:8080/files/tasks/t/result.mp4?");
    assertThat(detail.has("error")).isFalse();
  }

  @Test
  void document_refuses_an_undocumented_field_and_a_failure_without_error() throws Exception {
    Task done = aTask().build().withStatus(Status.PROCESSING, NOW).withResult("tasks/t/result.mp4", 1366, 768, NOW);
    ObjectNode extra = (ObjectNode) written(done);
    extra.put("seed", 1);
    ObjectNode silent = (ObjectNode) written(failed(new TaskFailure(Kind.INVALID_INPUT, "image", "image: cannot decode the picture")));
    silent.remove("error");

    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("GET", "/v1/tasks/x", 200, extra.toString()))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("GET", "/v1/tasks/x", 200, silent.toString()))
        .isInstanceOf(AssertionError.class);
  }

  private static Task failed(TaskFailure failure) {
    return aTask().build().withStatus(Status.PROCESSING, NOW).withFailure(failure, NOW);
  }

  private static JsonNode written(Task task) throws Exception {
    String body = EvolinkJson.text(EvolinkTaskDetail.of(task, LINKS));
    CONTRACT.assertResponseMatches("GET", "/v1/tasks/{task_id}", 200, body);
    return JSON.readTree(body);
  }
}

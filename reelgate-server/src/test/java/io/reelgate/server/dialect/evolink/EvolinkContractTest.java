package io.reelgate.server.dialect.evolink;

import io.reelgate.server.dialect.DialectContract;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Evolink's wire in the {@link DialectContract}: {@code {"error": {code, message, type, param}}},
 * {@code param} naming {@code task_id} for a task it does not know and left out for a refused key.
 */
class EvolinkContractTest extends DialectContract {
  @Override
  protected String dialect() {
    return EvolinkDialect.NAME;
  }

  @Override
  protected String createPath() {
    return EvolinkServer.CREATE;
  }

  @Override
  protected String createBody(String prompt) {
    return body("model", "MiniMax-Hailuo-2.3", "prompt", prompt, "quality", "768p", "duration", 6);
  }

  @Override
  protected String taskIdAt() {
    return "/id";
  }

  @Override
  protected String statusAt() {
    return "/status";
  }

  @Override
  protected String readPath(String taskId) {
    return "/v1/tasks/" + taskId;
  }

  @Override
  protected String missingTaskId() {
    return "task-unified-1757169743-zzzzzzzz";
  }

  /** Reelgate's extension: the task detail, failed with {@code request_cancelled}. */
  @Override
  protected Optional<Cancel> cancel() {
    return Optional.of(new Cancel(id -> "/v1/tasks/" + id + "/cancel", id -> "", "failed"));
  }

  @Override
  protected List<String> unknownPaths() {
    return List.of("/v1/videos/generations/edits", "/v1/tasks/abc/result");
  }

  @Override
  protected ErrorShape errorShape() {
    return new ErrorShape("/error/type", "/error/message", "/error/code");
  }

  @Override
  protected Refusal refusal(Problem problem) {
    return switch (problem) {
      case NO_KEY, WRONG_KEY -> new Refusal(401, "authentication_error");
      case UNKNOWN_TASK, UNKNOWN_PATH -> new Refusal(404, "not_found_error");
      case MALFORMED_JSON -> new Refusal(400, "invalid_request_error");
      case WRONG_METHOD -> new Refusal(405, "invalid_request_error");
      case BODY_TOO_LARGE -> new Refusal(413, "request_too_large_error");
      case NOT_CANCELLABLE -> new Refusal(409, "invalid_request_error");
    };
  }

  @Override
  protected void assertDetails(Problem problem, JsonNode error) {
    JsonNode param = error.path("error").path("param");
    switch (problem) {
      case UNKNOWN_TASK -> assertThat(param.asText()).as(error.toString()).isEqualTo("task_id");
      case NO_KEY, WRONG_KEY, MALFORMED_JSON -> assertThat(param.isMissingNode()).as(error.toString()).isTrue();
      default -> {}
    }
  }
}

package io.reelgate.server.dialect.novita;

import io.reelgate.server.dialect.DialectContract;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** Novita's (and HighwayAPI's) wire in the {@link DialectContract}: {@code {code, reason, message, metadata}}. */
class NovitaContractTest extends DialectContract {
  @Override
  protected String dialect() {
    return NovitaDialect.NAME;
  }

  @Override
  protected String createPath() {
    return "/v3/async/minimax-hailuo-2.3-t2v";
  }

  @Override
  protected String createBody(String prompt) {
    return body("prompt", prompt, "duration", 6, "resolution", "768P");
  }

  @Override
  protected String taskIdAt() {
    return "/task_id";
  }

  @Override
  protected String statusAt() {
    return "/task/status";
  }

  @Override
  protected String readPath(String taskId) {
    return "/v3/async/task-result?task_id=" + taskId;
  }

  @Override
  protected String missingTaskId() {
    return "00000000-0000-0000-0000-000000000000";
  }

  /** Reelgate's extension: the id in the query (or the body), the task-result answer with the task failed. */
  @Override
  protected Optional<Cancel> cancel() {
    return Optional.of(new Cancel(id -> "/v3/async/task-cancel?task_id=" + id, id -> "", "TASK_STATUS_FAILED"));
  }

  @Override
  protected List<String> unknownPaths() {
    return List.of("/v3/async/minimax-hailuo-9-i2v");
  }

  @Override
  protected ErrorShape errorShape() {
    return new ErrorShape("/reason", "/message", "/code");
  }

  @Override
  protected Refusal refusal(Problem problem) {
    return switch (problem) {
      case NO_KEY, WRONG_KEY -> new Refusal(401, "INVALID_API_KEY");
      case UNKNOWN_TASK -> new Refusal(404, "TASK_NOT_FOUND");
      case MALFORMED_JSON -> new Refusal(400, "INVALID_REQUEST_BODY");
      case UNKNOWN_PATH -> new Refusal(404, "NOT_FOUND");
      case WRONG_METHOD -> new Refusal(405, "METHOD_NOT_ALLOWED");
      case BODY_TOO_LARGE -> new Refusal(413, "REQUEST_BODY_TOO_LARGE");
      case NOT_CANCELLABLE -> new Refusal(409, "TASK_NOT_CANCELLABLE");
    };
  }

  @Override
  protected void assertDetails(Problem problem, JsonNode error) {
    assertThat(error.path("metadata").isObject()).as(error.toString()).isTrue();
  }
}

package io.reelgate.server.dialect.gptproto.unified;

import io.reelgate.server.dialect.DialectContract;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * GPTProto's unified wire in the {@link DialectContract}: a create answers 202, and refusals are
 * {@code {"error": {code, message}}} whose code is the HTTP status.
 */
class GptprotoUnifiedContractTest extends DialectContract {
  @Override
  protected String dialect() {
    return GptprotoUnifiedDialect.NAME;
  }

  @Override
  protected String createPath() {
    return "/api/v3/videos";
  }

  @Override
  protected String createBody(String prompt) {
    return body("model", "minimax/hailuo-2.3-fast", "prompt", prompt, "duration", 6);
  }

  @Override
  protected int createdStatus() {
    return 202;
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
    return "/api/v3/tasks/result/" + taskId;
  }

  @Override
  protected String missingTaskId() {
    return "ffffffffffffffffffffffffffffffff";
  }

  /** Reelgate's extension: the task, {@code cancelled}. */
  @Override
  protected Optional<Cancel> cancel() {
    return Optional.of(new Cancel(id -> "/api/v3/videos/" + id + "/cancel", id -> "", "cancelled"));
  }

  @Override
  protected List<String> unknownPaths() {
    return List.of("/api/v3/videos/abc/edit", "/api/v3/tasks/abc");
  }

  @Override
  protected ErrorShape errorShape() {
    return new ErrorShape("/error/code", "/error/message", null);
  }

  @Override
  protected Refusal refusal(Problem problem) {
    int status =
        switch (problem) {
          case NO_KEY, WRONG_KEY -> 401;
          case UNKNOWN_TASK, UNKNOWN_PATH -> 404;
          case MALFORMED_JSON -> 400;
          case WRONG_METHOD -> 405;
          case BODY_TOO_LARGE -> 413;
          case NOT_CANCELLABLE -> 409;
        };
    return new Refusal(status, Integer.toString(status));
  }

  @Override
  protected void assertDetails(Problem problem, JsonNode error) {
    if (problem == Problem.WRONG_KEY) assertThat(error.at("/error/message").asText()).contains("unknown");
  }
}

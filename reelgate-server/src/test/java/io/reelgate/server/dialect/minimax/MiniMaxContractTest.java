package io.reelgate.server.dialect.minimax;

import io.reelgate.server.dialect.DialectContract;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * MiniMax's wire in the {@link DialectContract}: every refusal is HTTP 200 with only {@code
 * {"base_resp": {status_code, status_msg}}} (1004 without a key, 2049 for a wrong one, 2013 invalid
 * params, its message beginning {@code invalid params, }), except an unknown path (404) and a wrong
 * method (405), which reached no endpoint and answer 1000.
 */
class MiniMaxContractTest extends DialectContract {
  @Override
  protected String dialect() {
    return MiniMaxDialect.NAME;
  }

  @Override
  protected String createPath() {
    return MiniMaxServer.CREATE;
  }

  @Override
  protected String createBody(String prompt) {
    return body("model", "MiniMax-Hailuo-2.3", "prompt", prompt, "duration", 6, "resolution", "768P");
  }

  @Override
  protected String taskIdAt() {
    return "/task_id";
  }

  @Override
  protected String statusAt() {
    return "/status";
  }

  @Override
  protected String readPath(String taskId) {
    return MiniMaxServer.QUERY + "?task_id=" + taskId;
  }

  @Override
  protected String missingTaskId() {
    return "1234567890123456789";
  }

  /** Reelgate's extension: the id in the body, the query answer with the task {@code Fail}. */
  @Override
  protected Optional<Cancel> cancel() {
    return Optional.of(new Cancel(id -> "/v1/cancel/video_generation", id -> body("task_id", id), "Fail"));
  }

  @Override
  protected List<String> unknownPaths() {
    return List.of("/v1/video_generation_v2");
  }

  @Override
  protected ErrorShape errorShape() {
    return new ErrorShape("/base_resp/status_code", "/base_resp/status_msg", null);
  }

  @Override
  protected Refusal refusal(Problem problem) {
    return switch (problem) {
      case NO_KEY -> new Refusal(200, "1004");
      case WRONG_KEY -> new Refusal(200, "2049");
      case UNKNOWN_TASK, MALFORMED_JSON, BODY_TOO_LARGE, NOT_CANCELLABLE -> new Refusal(200, "2013");
      case UNKNOWN_PATH -> new Refusal(404, "1000");
      case WRONG_METHOD -> new Refusal(405, "1000");
    };
  }

  @Override
  protected void assertDetails(Problem problem, JsonNode error) {
    assertThat(error.fieldNames()).toIterable().as(error.toString()).containsExactly("base_resp");
    String message = error.at("/base_resp/status_msg").asText();
    if (error.at("/base_resp/status_code").asInt() == 2013) assertThat(message).startsWith("invalid params, ");
    if (problem == Problem.MALFORMED_JSON) assertThat(message).startsWith("invalid params, the request body is not valid JSON");
  }
}

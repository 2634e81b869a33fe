package io.reelgate.server.dialect.minimaxv2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.dialect.DialectContract;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MiniMax V2's wire in the {@link DialectContract}: real HTTP statuses, errors in the envelope
 * {@code {type: "error", error: {type, message: "... (code)", http_code: "<status>"}, request_id}}.
 * {@link NovitaH3ContractTest} runs the same at Novita's paths.
 */
class MiniMaxV2ContractTest extends DialectContract {
  /** The prefix of every path: none at MiniMax's. */
  protected String prefix() {
    return "";
  }

  @Override
  protected String dialect() {
    return MiniMaxV2Dialect.NAME;
  }

  @Override
  protected String createPath() {
    return prefix() + "/v2/video_generation";
  }

  @Override
  protected String createBody(String prompt) {
    return body("model", "MiniMax-H3", "content", List.of(Map.of("type", "text", "text", prompt)), "duration", 5,
        "resolution", "768P", "ratio", "16:9");
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
    return prefix() + "/v2/query/video_generation/" + taskId;
  }

  @Override
  protected String missingTaskId() {
    return "1234567890123456789";
  }

  @Override
  protected Optional<Cancel> cancel() {
    return Optional.of(new Cancel(id -> prefix() + "/v2/cancel/video_generation/" + id, id -> "", "cancelled"));
  }

  @Override
  protected List<String> unknownPaths() {
    return List.of(prefix() + "/v2/video_generations", prefix() + "/v2/query/video_generation/1/2");
  }

  @Override
  protected ErrorShape errorShape() {
    return new ErrorShape("/error/type", "/error/message", "/error/http_code");
  }

  @Override
  protected Refusal refusal(Problem problem) {
    return switch (problem) {
      case NO_KEY, WRONG_KEY -> new Refusal(401, "authorized_error");
      case UNKNOWN_TASK, MALFORMED_JSON, NOT_CANCELLABLE -> new Refusal(400, "bad_request_error");
      case UNKNOWN_PATH -> new Refusal(404, "bad_request_error");
      case WRONG_METHOD -> new Refusal(405, "bad_request_error");
      case BODY_TOO_LARGE -> new Refusal(413, "bad_request_error");
    };
  }

  /** Each answer names its own request. */
  @Override
  protected String samePerRequest(String errorBody) {
    return errorBody.replaceAll("\"request_id\":\"[0-9a-f]+\"", "\"request_id\":\"\"");
  }

  @Override
  protected void assertDetails(Problem problem, JsonNode error) {
    assertThat(error.fieldNames()).toIterable().as(error.toString()).containsExactly("type", "error", "request_id");
    assertThat(error.path("type").asText()).isEqualTo("error");
    String code = switch (problem) {
      case NO_KEY, WRONG_KEY -> "(1004)";
      default -> "(2013)";
    };
    assertThat(error.at("/error/message").asText()).endsWith(code);
    assertThat(error.path("request_id").asText()).isNotBlank();
  }
}

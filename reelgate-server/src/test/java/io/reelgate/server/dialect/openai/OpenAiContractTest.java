package io.reelgate.server.dialect.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.dialect.DialectContract;
import java.util.List;
import java.util.Optional;

/**
 * OpenAI's wire in the {@link DialectContract}: {@code {"error": {message, type, param, code}}},
 * every part always present, {@code param} null unless a field is at fault.
 */
class OpenAiContractTest extends DialectContract {
  @Override
  protected String dialect() {
    return OpenAiDialect.NAME;
  }

  @Override
  protected String createPath() {
    return "/v1/videos";
  }

  @Override
  protected String createBody(String prompt) {
    return body("model", "reelgate-motion", "prompt", prompt, "size", "1280x720", "seconds", "6");
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
    return "/v1/videos/" + taskId;
  }

  @Override
  protected String missingTaskId() {
    return "video_00000000000000000000000000000000";
  }

  @Override
  protected Optional<Cancel> cancel() {
    return Optional.of(new Cancel(id -> "/v1/videos/" + id + "/cancel", id -> "", "failed"));
  }

  @Override
  protected List<String> unknownPaths() {
    return List.of("/v1/videos/abc/unknown", "/v1/videos/abc/content/more");
  }

  /** {@code GET /v1/videos} lists the videos. */
  @Override
  protected String wrongMethodOnCreatePath() {
    return "PUT";
  }

  @Override
  protected String allowedOn(String path, String usual) {
    return path.equals(createPath()) ? "GET, POST" : "GET, DELETE";
  }

  @Override
  protected ErrorShape errorShape() {
    return new ErrorShape("/error/code", "/error/message", null);
  }

  @Override
  protected Refusal refusal(Problem problem) {
    return switch (problem) {
      case NO_KEY, WRONG_KEY -> new Refusal(401, "invalid_api_key");
      case UNKNOWN_TASK, UNKNOWN_PATH -> new Refusal(404, "not_found");
      case MALFORMED_JSON -> new Refusal(400, "invalid_body");
      case WRONG_METHOD -> new Refusal(405, "method_not_allowed");
      case BODY_TOO_LARGE -> new Refusal(413, "request_too_large");
      case NOT_CANCELLABLE -> new Refusal(409, "conflict");
    };
  }

  @Override
  protected void assertDetails(Problem problem, JsonNode error) {
    JsonNode inner = error.path("error");
    assertThat(inner.has("param") && inner.has("type")).as(error.toString()).isTrue();
    assertThat(inner.path("param").isNull()).as(error.toString()).isTrue();
  }
}

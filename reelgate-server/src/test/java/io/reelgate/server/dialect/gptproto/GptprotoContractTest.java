package io.reelgate.server.dialect.gptproto;

import io.reelgate.server.dialect.DialectContract;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * GPTProto's per-model wire in the {@link DialectContract}: bare keys in {@code Authorization}, and
 * refusals in its wrapper {@code {"data": null, "message", "code"}} whose code is the HTTP status.
 */
class GptprotoContractTest extends DialectContract {
  @Override
  protected String dialect() {
    return GptprotoDialect.NAME;
  }

  @Override
  protected String authorization(String key) {
    return key;
  }

  @Override
  protected String createPath() {
    return GptprotoServer.createPath("hailuo-2.3-fast", "text-to-video");
  }

  @Override
  protected String createBody(String prompt) {
    return body("prompt", prompt, "duration", 6);
  }

  @Override
  protected String taskIdAt() {
    return "/data/id";
  }

  @Override
  protected String statusAt() {
    return "/data/status";
  }

  @Override
  protected String readPath(String taskId) {
    return GptprotoServer.resultPath(taskId);
  }

  @Override
  protected String missingTaskId() {
    return "ffffffffffffffffffffffffffffffff";
  }

  /** Reelgate's extension: the prediction, failed with the error {@code cancelled}. */
  @Override
  protected Optional<Cancel> cancel() {
    return Optional.of(new Cancel(id -> "/api/v3/predictions/" + id + "/cancel", id -> "", "failed"));
  }

  @Override
  protected List<String> unknownPaths() {
    return List.of("/api/v3/predictions/abc");
  }

  @Override
  protected ErrorShape errorShape() {
    return new ErrorShape("/code", "/message", null);
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
    assertThat(error.has("data")).as(error.toString()).isTrue();
    assertThat(error.path("data").isNull()).as(error.toString()).isTrue();
    String message = error.path("message").asText();
    switch (problem) {
      case NO_KEY -> assertThat(message)
          .isEqualTo("no API key: send the header 'Authorization: Bearer <API key>' or 'Authorization: <API key>'");
      case WRONG_KEY -> assertThat(message).isEqualTo("the API key is unknown or revoked");
      case MALFORMED_JSON -> assertThat(message).startsWith("the request body is not valid JSON");
      default -> {}
    }
  }
}

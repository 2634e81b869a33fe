package io.reelgate.server.dialect.minimaxv2;

import io.reelgate.server.scenario.ScenarioContract;
import java.util.List;
import java.util.Map;

/**
 * MiniMax V2's answers to every scenario: the HTTP status with its envelope's {@code error.type}
 * (422 unprocessable_entity_error, 429 rate_limit_error, 402 insufficient_balance_error, 503
 * server_error), a failed task's {@code task.error.code} (1026 for a content rejection, else
 * 1000), the video at {@code task.content.url}, and webhooks of the query's body after the challenge.
 */
class MiniMaxV2ScenarioTest extends ScenarioContract {
  @Override
  protected String createPath() {
    return MiniMaxV2Dialect.CREATE;
  }

  @Override
  protected String createBody(String prompt, String webhookUrl) {
    List<Object> content = List.of(Map.of("type", "text", "text", prompt));
    if (webhookUrl == null) return body("model", "MiniMax-H3", "content", content, "duration", 4, "ratio", "1:1");
    return body("model", "MiniMax-H3", "content", content, "duration", 4, "ratio", "1:1", "callback_url", webhookUrl);
  }

  @Override
  protected String taskIdAt() {
    return "/task_id";
  }

  @Override
  protected String readPath(String taskId) {
    return MiniMaxV2Dialect.QUERY + "/" + taskId;
  }

  @Override
  protected String statusAt() {
    return "/task/status";
  }

  @Override
  protected Statuses statuses() {
    return new Statuses("queued", "running", "succeeded", "failed");
  }

  @Override
  protected String errorCodeAt() {
    return "/error/type";
  }

  @Override
  protected Refusal refusal(AtCreate scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Refusal(422, "unprocessable_entity_error");
      case RATE_LIMITED -> new Refusal(429, "rate_limit_error");
      case INSUFFICIENT_BALANCE -> new Refusal(402, "insufficient_balance_error");
      case SERVER_ERROR -> new Refusal(503, "server_error");
    };
  }

  @Override
  protected Why why(AtRun scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Why("/task/error/code", "1026");
      case FAIL_AT -> new Why("/task/error/code", "1000");
    };
  }

  @Override
  protected String videoAt() {
    return "/task/content/url";
  }
}

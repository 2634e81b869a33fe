package io.reelgate.server.dialect.evolink;

import io.reelgate.server.scenario.ScenarioContract;

/** Evolink's answers to every scenario: its error envelope's {@code type}, and a failed task's {@code error.code}. */
class EvolinkScenarioTest extends ScenarioContract {
  @Override
  protected String createPath() {
    return EvolinkServer.CREATE;
  }

  @Override
  protected String createBody(String prompt, String webhookUrl) {
    if (webhookUrl == null) return body("model", "MiniMax-Hailuo-2.3", "prompt", prompt, "quality", "768p", "duration", 6);
    return body("model", "MiniMax-Hailuo-2.3", "prompt", prompt, "quality", "768p", "duration", 6, "callback_url", webhookUrl);
  }

  @Override
  protected String taskIdAt() {
    return "/id";
  }

  @Override
  protected String readPath(String taskId) {
    return "/v1/tasks/" + taskId;
  }

  @Override
  protected String statusAt() {
    return "/status";
  }

  @Override
  protected Statuses statuses() {
    return new Statuses("pending", "processing", "completed", "failed");
  }

  @Override
  protected String errorCodeAt() {
    return "/error/type";
  }

  @Override
  protected Refusal refusal(AtCreate scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Refusal(400, "content_policy_violation");
      case RATE_LIMITED -> new Refusal(429, "rate_limit_error");
      case INSUFFICIENT_BALANCE -> new Refusal(402, "insufficient_quota_error");
      case SERVER_ERROR -> new Refusal(503, "service_unavailable_error");
    };
  }

  @Override
  protected Why why(AtRun scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Why("/error/code", "content_policy_violation");
      case FAIL_AT -> new Why("/error/code", "service_error");
    };
  }

  @Override
  protected String videoAt() {
    return "/results/0";
  }
}

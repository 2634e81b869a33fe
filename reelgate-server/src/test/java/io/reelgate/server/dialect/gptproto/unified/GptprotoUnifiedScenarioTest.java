package io.reelgate.server.dialect.gptproto.unified;

import io.reelgate.server.scenario.ScenarioContract;

/**
 * The unified API's answers to every scenario: {@code error.code}, the HTTP status, and a failed
 * task's {@code error}. It has no webhooks, so {@code webhook-duplicate} has nothing to duplicate.
 */
class GptprotoUnifiedScenarioTest extends ScenarioContract {
  @Override
  protected String createPath() {
    return "/api/v3/videos";
  }

  @Override
  protected String createBody(String prompt, String webhookUrl) {
    return body("model", "minimax/hailuo-2.3-fast", "prompt", prompt, "duration", 6);
  }

  @Override
  protected boolean hasWebhooks() {
    return false;
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
  protected String readPath(String taskId) {
    return "/api/v3/tasks/result/" + taskId;
  }

  @Override
  protected String statusAt() {
    return "/status";
  }

  @Override
  protected Statuses statuses() {
    return new Statuses("pending", "in_progress", "completed", "failed");
  }

  @Override
  protected String errorCodeAt() {
    return "/error/code";
  }

  @Override
  protected Refusal refusal(AtCreate scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Refusal(400, "400");
      case RATE_LIMITED -> new Refusal(429, "429");
      case INSUFFICIENT_BALANCE -> new Refusal(403, "403");
      case SERVER_ERROR -> new Refusal(503, "503");
    };
  }

  @Override
  protected Why why(AtRun scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Why("/error", "content policy");
      case FAIL_AT -> new Why("/error", "generation failed at 30%");
    };
  }

  @Override
  protected String videoAt() {
    return "/unsigned_urls/0";
  }
}

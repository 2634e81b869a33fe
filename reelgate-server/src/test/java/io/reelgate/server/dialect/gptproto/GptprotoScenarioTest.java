package io.reelgate.server.dialect.gptproto;

import io.reelgate.server.scenario.ScenarioContract;

/**
 * GPTProto's answers to every scenario: its wrapper's {@code code}, the HTTP status, and a failed
 * prediction's {@code error}. GPTProto documents no webhooks, so {@code webhook-duplicate} has
 * nothing to duplicate.
 */
class GptprotoScenarioTest extends ScenarioContract {
  @Override
  protected String authorization(String key) {
    return key;
  }

  @Override
  protected String createPath() {
    return GptprotoServer.createPath("hailuo-2.3-fast", "text-to-video");
  }

  @Override
  protected String createBody(String prompt, String webhookUrl) {
    return body("prompt", prompt, "duration", 6);
  }

  @Override
  protected boolean hasWebhooks() {
    return false;
  }

  @Override
  protected String taskIdAt() {
    return "/data/id";
  }

  @Override
  protected String readPath(String taskId) {
    return "/api/v3/predictions/" + taskId + "/result";
  }

  @Override
  protected String statusAt() {
    return "/data/status";
  }

  @Override
  protected Statuses statuses() {
    return new Statuses("created", "processing", "completed", "failed");
  }

  @Override
  protected String errorCodeAt() {
    return "/code";
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
      case CONTENT_POLICY -> new Why("/data/error", "content policy");
      case FAIL_AT -> new Why("/data/error", "generation failed at 30%");
    };
  }

  @Override
  protected String videoAt() {
    return "/data/outputs/0";
  }
}

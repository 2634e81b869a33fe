package io.reelgate.server.dialect.novita;

import io.reelgate.server.scenario.ScenarioContract;

/** Novita's answers to every scenario: its error body's {@code reason}, and a failed task's {@code task.reason}. */
class NovitaScenarioTest extends ScenarioContract {
  @Override
  protected String createPath() {
    return "/v3/async/minimax-hailuo-2.3-t2v";
  }

  @Override
  protected String createBody(String prompt, String webhookUrl) {
    if (webhookUrl == null) return body("prompt", prompt, "duration", 6, "resolution", "768P");
    return body("prompt", prompt, "duration", 6, "resolution", "768P", "extra", java.util.Map.of("webhook", java.util.Map.of("url", webhookUrl)));
  }

  @Override
  protected String taskIdAt() {
    return "/task_id";
  }

  @Override
  protected String readPath(String taskId) {
    return "/v3/async/task-result?task_id=" + taskId;
  }

  @Override
  protected String statusAt() {
    return "/task/status";
  }

  @Override
  protected Statuses statuses() {
    return new Statuses("TASK_STATUS_QUEUED", "TASK_STATUS_PROCESSING", "TASK_STATUS_SUCCEED", "TASK_STATUS_FAILED");
  }

  @Override
  protected String errorCodeAt() {
    return "/reason";
  }

  @Override
  protected Refusal refusal(AtCreate scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Refusal(400, "CONTENT_POLICY_VIOLATION");
      case RATE_LIMITED -> new Refusal(429, "RATE_LIMIT_EXCEEDED");
      case INSUFFICIENT_BALANCE -> new Refusal(403, "NOT_ENOUGH_BALANCE");
      case SERVER_ERROR -> new Refusal(503, "SERVICE_UNAVAILABLE");
    };
  }

  @Override
  protected Why why(AtRun scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Why("/task/reason", "content policy");
      case FAIL_AT -> new Why("/task/reason", "generation failed at 30%");
    };
  }

  @Override
  protected String videoAt() {
    return "/videos/0/video_url";
  }
}

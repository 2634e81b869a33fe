package io.reelgate.server.dialect.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.scenario.ScenarioContract;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * OpenAI's answers to every scenario: its envelope's {@code error.code}, a failed video's {@code
 * error.code}; the video's link is where its content redirects. OpenAI's Videos API has no webhooks here.
 */
class OpenAiScenarioTest extends ScenarioContract {
  @Override
  protected String createPath() {
    return "/v1/videos";
  }

  @Override
  protected String createBody(String prompt, String webhookUrl) {
    return body("prompt", prompt, "size", "1280x720");
  }

  @Override
  protected boolean hasWebhooks() {
    return false;
  }

  @Override
  protected String taskIdAt() {
    return "/id";
  }

  @Override
  protected String readPath(String taskId) {
    return "/v1/videos/" + taskId;
  }

  @Override
  protected String statusAt() {
    return "/status";
  }

  @Override
  protected Statuses statuses() {
    return new Statuses("queued", "in_progress", "completed", "failed");
  }

  @Override
  protected String errorCodeAt() {
    return "/error/code";
  }

  @Override
  protected Refusal refusal(AtCreate scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Refusal(400, "moderation_blocked");
      case RATE_LIMITED -> new Refusal(429, "rate_limit_exceeded");
      case INSUFFICIENT_BALANCE -> new Refusal(403, "insufficient_quota");
      case SERVER_ERROR -> new Refusal(503, "service_unavailable");
    };
  }

  @Override
  protected Why why(AtRun scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Why("/error/code", "moderation_blocked");
      case FAIL_AT -> new Why("/error/code", "internal_error");
    };
  }

  @Override
  protected String videoAt() {
    return "/id";
  }

  /** Where {@code GET /v1/videos/{id}/content} redirects. */
  @Override
  protected String videoLink(JsonNode succeeded, Caller caller) {
    String path = "/v1/videos/" + succeeded.path("id").asText() + "/content";
    HttpResponse<String> content = send(HttpRequest.newBuilder(uri(path)).GET(), bearer(caller.secret()));
    return content.headers().firstValue("Location").orElseThrow(() -> new AssertionError(content.statusCode() + " " + content.body()));
  }
}

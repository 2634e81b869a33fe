package io.reelgate.server.dialect.minimax;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.scenario.ScenarioContract;
import java.net.http.HttpRequest;

/**
 * MiniMax's answers to every scenario: HTTP 200 with {@code base_resp.status_code} (1026, 1002,
 * 1008, 1000), a failed task's {@code base_resp} (1026 for a content rejection), and the video's
 * link from {@code files/retrieve}, expired the first time and fresh the next.
 */
class MiniMaxScenarioTest extends ScenarioContract {
  @Override
  protected String createPath() {
    return MiniMaxServer.CREATE;
  }

  @Override
  protected String createBody(String prompt, String webhookUrl) {
    if (webhookUrl == null) return body("model", "MiniMax-Hailuo-2.3", "prompt", prompt, "duration", 6, "resolution", "768P");
    return body("model", "MiniMax-Hailuo-2.3", "prompt", prompt, "duration", 6, "resolution", "768P", "callback_url", webhookUrl);
  }

  @Override
  protected String taskIdAt() {
    return "/task_id";
  }

  @Override
  protected String readPath(String taskId) {
    return MiniMaxServer.QUERY + "?task_id=" + taskId;
  }

  @Override
  protected String statusAt() {
    return "/status";
  }

  @Override
  protected Statuses statuses() {
    return new Statuses("Queueing", "Processing", "Success", "Fail");
  }

  @Override
  protected String errorCodeAt() {
    return "/base_resp/status_code";
  }

  @Override
  protected Refusal refusal(AtCreate scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Refusal(200, "1026");
      case RATE_LIMITED -> new Refusal(200, "1002");
      case INSUFFICIENT_BALANCE -> new Refusal(200, "1008");
      case SERVER_ERROR -> new Refusal(200, "1000");
    };
  }

  @Override
  protected Why why(AtRun scenario) {
    return switch (scenario) {
      case CONTENT_POLICY -> new Why("/base_resp/status_code", "1026");
      case FAIL_AT -> new Why("/base_resp/status_code", "1000");
    };
  }

  @Override
  protected String videoAt() {
    return "/file/download_url";
  }

  /** {@code files/retrieve} for the task's {@code file_id}. */
  @Override
  protected String videoLink(JsonNode succeeded, Caller caller) {
    String path = "/v1/files/retrieve?file_id=" + succeeded.at("/file_id").asText();
    JsonNode file = json(send(HttpRequest.newBuilder(uri(path)).GET(), authorization(caller.secret())));
    return file.at(videoAt()).asText();
  }

  /** A second retrieve issues a fresh link, as MiniMax's does. */
  @Override
  protected int linkAskedAgainStatus() {
    return 200;
  }
}

package io.reelgate.junit.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The sample client: the kind of small class a team writes against Novita's Hailuo API, here with
 * plain {@code java.net.http}. It asks for a clip, waits for it and saves it; a create refused for
 * its rate is retried after the {@code Retry-After} the server sent, and a task the provider
 * rejected (its content, say) is an outcome the caller handles, not an exception.
 * {@link ClipMakerTest} tests it against the extension's Reelgate.
 */
final class ClipMaker {
  /** What became of a clip. */
  sealed interface Outcome {
    /** Saved to {@code file}, after {@code creates} create requests (more than one when some were refused for their rate). */
    record Saved(Path file, int creates) implements Outcome {}

    /** The provider failed the task, saying {@code reason}. */
    record Rejected(String reason) implements Outcome {}
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_CREATES = 4;
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String apiKey;
  private final Map<String, String> headers;

  /**
   * @param headers sent with every create besides the key, for instance a tracing header; the
   *     tests send {@code Reelgate-Scenario} this way
   */
  ClipMaker(String baseUrl, String apiKey, Map<String, String> headers) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.headers = Map.copyOf(headers);
  }

  /** Makes a six-second 768P clip of {@code prompt} and saves it to {@code target}. */
  Outcome make(String prompt, Path target) throws IOException, InterruptedException {
    String body = JSON.createObjectNode().put("prompt", prompt).put("duration", 6).put("resolution", "768P").toString();
    for (int creates = 1; ; creates++) {
      HttpRequest.Builder create = request("/v3/async/minimax-hailuo-2.3-t2v")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(create::header);
      HttpResponse<String> answer = http.send(create.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 429 && creates < MAX_CREATES) {
        Thread.sleep(Duration.ofSeconds(answer.headers().firstValueAsLong("Retry-After").orElse(1)));
        continue;
      }
      if (answer.statusCode() != 200) throw new IOException("create refused: " + answer.statusCode() + " " + answer.body());
      return await(JSON.readTree(answer.body()).path("task_id").asText(), target, creates);
    }
  }

  private Outcome await(String taskId, Path target, int creates) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      String query = "/v3/async/task-result?task_id=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
      JsonNode result = JSON.readTree(http.send(request(query).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
      switch (result.path("task").path("status").asText()) {
        case "TASK_STATUS_SUCCEED" -> {
          URI video = URI.create(result.path("videos").path(0).path("video_url").asText());
          int status = http.send(HttpRequest.newBuilder(video).GET().build(), HttpResponse.BodyHandlers.ofFile(target)).statusCode();
          if (status != 200) throw new IOException("download of task " + taskId + " answered " + status);
          return new Outcome.Saved(target, creates);
        }
        case "TASK_STATUS_FAILED" -> {
          return new Outcome.Rejected(result.path("task").path("reason").asText());
        }
        default -> Thread.sleep(POLL);
      }
    }
    throw new IOException("task " + taskId + " did not end within " + DEADLINE);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + apiKey);
  }
}

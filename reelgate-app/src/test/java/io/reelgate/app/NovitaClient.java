package io.reelgate.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;

/** Just enough of a Novita-dialect client for the end-to-end tests, over plain HTTP. */
final class NovitaClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String key;

  NovitaClient(String baseUrl, String key) {
    this.baseUrl = baseUrl;
    this.key = key;
  }

  static String dataUri(String resource, String mediaType) throws IOException {
    try (InputStream in = NovitaClient.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("no test resource " + resource);
      return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
    }
  }

  String create(String endpoint, Map<String, Object> body) throws IOException, InterruptedException {
    HttpResponse<String> response = createAnswer(endpoint, body);
    if (response.statusCode() != 200) throw new AssertionError("create answered " + response.statusCode() + ": " + response.body());
    return JSON.readTree(response.body()).get("task_id").asText();
  }

  /** The create's answer as it is, accepted or refused. */
  HttpResponse<String> createAnswer(String endpoint, Map<String, Object> body) throws IOException, InterruptedException {
    return post("/v3/async/" + endpoint, JSON.writeValueAsString(body));
  }

  /** Reelgate's cancel extension of the Novita dialect. */
  void cancel(String taskId) throws IOException, InterruptedException {
    HttpResponse<String> response = post("/v3/async/task-cancel", JSON.writeValueAsString(Map.of("task_id", taskId)));
    if (response.statusCode() != 200) throw new AssertionError("task-cancel answered " + response.statusCode() + ": " + response.body());
  }

  private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode result(String taskId) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/v3/async/task-result?task_id=" + taskId))
            .header("Authorization", "Bearer " + key)
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) throw new AssertionError("task-result answered " + response.statusCode() + ": " + response.body());
    return JSON.readTree(response.body());
  }

  /** Polls until {@code done} holds for the task result, or fails after {@code timeout}. */
  JsonNode awaitResult(String taskId, Predicate<JsonNode> done, Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      last = result(taskId);
      if (done.test(last)) return last;
      Thread.sleep(100);
    }
    throw new AssertionError("task " + taskId + " did not get there in " + timeout + "; last: " + last);
  }

  static boolean hasStatus(JsonNode result, String status) {
    return status.equals(result.path("task").path("status").asText());
  }

  void download(String url, Path to) throws IOException, InterruptedException {
    HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofFile(to));
    if (response.statusCode() != 200) throw new AssertionError("download answered " + response.statusCode());
  }
}

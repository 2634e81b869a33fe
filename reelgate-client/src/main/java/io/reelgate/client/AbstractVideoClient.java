package io.reelgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/** What the dialects share: requests with their auth, await and download. */
abstract class AbstractVideoClient implements VideoClient {
  final Transport transport;
  final URI baseUrl;
  final String apiKey;
  private final Duration pollInterval;
  private final Duration maxPollInterval;

  AbstractVideoClient(Transport transport, VideoClient.Builder settings) {
    this.transport = transport;
    this.baseUrl = settings.baseUrl;
    this.apiKey = settings.apiKey;
    this.pollInterval = settings.pollInterval;
    this.maxPollInterval = settings.maxPollInterval;
  }

  /** The Authorization header's value. */
  String authorization() {
    return "Bearer " + apiKey;
  }

  /** The dialect's error reader: a failure, or null for a success. */
  abstract Failure failure(int status, JsonNode body);

  JsonNode getJson(String pathAndQuery) {
    return transport.call(request(pathAndQuery).GET(), this::failure);
  }

  JsonNode post(String pathAndQuery, JsonNode body, String idempotencyKey) {
    HttpRequest.Builder request = request(pathAndQuery)
        .header("Content-Type", "application/json")
        .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
    if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
    return transport.call(request, this::failure);
  }

  JsonNode create(String path, ObjectNode body, VideoRequest request) {
    String key = request.idempotencyKey() != null ? request.idempotencyKey() : UUID.randomUUID().toString();
    return post(path, body, key);
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).header("Authorization", authorization());
  }

  static ObjectNode object() {
    return Transport.JSON.createObjectNode();
  }

  /** Sets {@code name} unless {@code value} is null. */
  /** A create body that starts as MiniMax's and Evolink's do: the model (the default when unset), the prompt. */
  static ObjectNode modelAndPrompt(VideoRequest request) {
    ObjectNode body = object();
    body.put("model", request.modelOrDefault());
    put(body, "prompt", request.prompt());
    return body;
  }

  static void put(ObjectNode node, String name, Object value) {
    if (value != null) node.set(name, Transport.JSON.valueToTree(value));
  }

  /**
   * A poll answered with a status this client does not know (a new state, a proxy's page): an
   * error of this call, never taken for the task's failure.
   */
  static ReelgateClientException unknownStatus(JsonNode status) {
    return new ReelgateClientException(200, null, "the task's status '" + status.asText() + "' is not one this client knows");
  }

  static String text(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public VideoTask await(String taskId, Duration deadline, Consumer<VideoTask> onProgress) {
    Instant end = Instant.now().plus(deadline);
    Duration wait = pollInterval;
    VideoTask last = null;
    while (true) {
      VideoTask task = get(taskId);
      if (onProgress != null
          && (last == null || last.status() != task.status() || last.progressPercent() != task.progressPercent())) {
        onProgress.accept(task);
      }
      last = task;
      if (task.status().isTerminal()) return task;
      Duration left = Duration.between(Instant.now(), end);
      if (left.isNegative() || left.isZero()) {
        throw new ReelgateClientException(0, null, "task " + taskId + " still " + task.status() + " after " + deadline);
      }
      Transport.sleep(wait.compareTo(left) < 0 ? wait : left);
      Duration next = Duration.ofMillis(wait.toMillis() * 3 / 2);
      wait = next.compareTo(maxPollInterval) > 0 ? maxPollInterval : next;
    }
  }

  @Override
  public long download(String videoUrl, Path target) {
    Objects.requireNonNull(videoUrl, "videoUrl");
    return transport.download(baseUrl.resolve(videoUrl), target);
  }
}

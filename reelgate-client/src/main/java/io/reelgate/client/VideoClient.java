package io.reelgate.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A client of one dialect of the Hailuo video API, against Reelgate or the real provider alike.
 *
 * <pre>{@code
 * VideoClient client = VideoClient.builder(Dialect.NOVITA)
 *     .baseUrl("http://localhost:8080").apiKey(System.getenv("REELGATE_API_KEY")).build();
 * String id = client.create(VideoRequest.of("A lighthouse at dawn [Push in]").withDuration(6));
 * VideoTask done = client.await(id, Duration.ofMinutes(10), t -> System.out.println(t.progressPercent() + "%"));
 * client.download(done.videoUrl(), Path.of("out.mp4"));
 * }</pre>
 *
 * <p>Calls retry on 429 (and MiniMax's 1002) and on 5xx with exponential backoff, honouring {@code
 * Retry-After}; creates carry an {@code Idempotency-Key}, so a retried create makes one task on
 * Reelgate. Errors are {@link ReelgateClientException}s. Instances are thread-safe.
 */
public interface VideoClient {

  /** Submits the request; answers the new task's id. */
  String create(VideoRequest request);

  /** The task as it is now. */
  VideoTask get(String taskId);

  /** Cancels the task (a Reelgate extension; a task that has ended is refused) and answers it as it is now. */
  VideoTask cancel(String taskId);

  /**
   * Polls the task with backoff until it ends or {@code deadline} has passed, calling {@code
   * onProgress} (may be null) whenever its status or progress changed.
   *
   * @return the ended task: SUCCEEDED, FAILED or CANCELLED
   * @throws ReelgateClientException when the deadline passed first
   */
  VideoTask await(String taskId, Duration deadline, Consumer<VideoTask> onProgress);

  /** Downloads {@code videoUrl} (a signed link, fetched without the API key) to {@code target}; answers its size. */
  long download(String videoUrl, Path target);

  /** A builder of a client of this dialect. */
  static Builder builder(Dialect dialect) {
    return new Builder(dialect);
  }

  /** The settings of a client: base URL and key are required, the rest has defaults. */
  final class Builder {
    final Dialect dialect;
    URI baseUrl;
    String apiKey;
    int maxRetries = 4;
    Duration initialBackoff = Duration.ofMillis(500);
    Duration maxBackoff = Duration.ofSeconds(30);
    Duration pollInterval = Duration.ofMillis(500);
    Duration maxPollInterval = Duration.ofSeconds(5);
    Duration requestTimeout = Duration.ofSeconds(60);
    HttpClient httpClient;

    private Builder(Dialect dialect) {
      this.dialect = Objects.requireNonNull(dialect);
    }

    /** The server, e.g. {@code http://localhost:8080} or {@code https://api.novita.ai}. */
    public Builder baseUrl(String baseUrl) {
      String s = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
      this.baseUrl = URI.create(s);
      return this;
    }

    /** The API key. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey);
      return this;
    }

    /** Retries after the first attempt on 429, 1002 and 5xx (default 4; 0 to never retry). */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /** The first retry's wait, doubled at each retry up to {@code max} (default 500 ms, 30 s). */
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /** The first wait of {@link VideoClient#await}, growing by half at each poll up to {@code max} (default 500 ms, 5 s). */
    public Builder pollInterval(Duration initial, Duration max) {
      this.pollInterval = initial;
      this.maxPollInterval = max;
      return this;
    }

    /** The timeout of one HTTP request (default 60 s). */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /** The HTTP client to use (default: a new one that follows redirects). */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /** The client. */
    public VideoClient build() {
      Objects.requireNonNull(baseUrl, "baseUrl");
      Objects.requireNonNull(apiKey, "apiKey");
      Transport transport = new Transport(this);
      return switch (dialect) {
        case NOVITA -> new NovitaClient(transport, this);
        case EVOLINK -> new EvolinkClient(transport, this);
        case GPTPROTO -> new GptprotoClient(transport, this);
        case MINIMAX -> new MinimaxClient(transport, this);
        case MINIMAX_V2 -> new MinimaxV2Client(transport, this);
        case OPENAI -> new OpenAiClient(transport, this);
      };
    }
  }
}

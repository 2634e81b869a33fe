package io.reelgate.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.limits.RateLimit;
import io.reelgate.server.store.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each dialect's answer to a key without enough credit and to a key over its rate, on a real
 * server with a rate of 2 creates a minute. Each test makes keys of its own, beside the running
 * server as {@code reelgate keys} does; a 6 s 768P video costs 12 credits, and a key granted 5
 * cannot buy one.
 */
class LimitsOverHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dataDir;
  private static ReelgateServer server;
  private static Database tools;

  @BeforeAll
  static void start() {
    ServerConfig config =
        ServerConfig.builder().port(0).dataDir(dataDir).workers(1).apiKeys(List.of())
            .limits(new ServerConfig.Limits(null, RateLimit.parse("2/m", null), 0)).build();
    server = ReelgateServer.start(config);
    tools = Database.open(null, dataDir);
  }

  @AfterAll
  static void stop() throws IOException {
    if (tools != null) tools.close();
    if (server != null) server.close();
  }

  /** A new key with {@code credits} (null: no limit); its secret. */
  private static String key(Long credits) {
    KeyStore.CreatedKey created = tools.keys().create("limits");
    if (credits != null) new Credits(tools.dataSource()).grant(created.key().id(), credits);
    return created.secret();
  }

  private enum Dialect {
    NOVITA("/v3/async/minimax-hailuo-2.3-t2v", "{\"prompt\":\"a cat\"}", true),
    EVOLINK("/v1/videos/generations", "{\"model\":\"MiniMax-Hailuo-2.3\",\"prompt\":\"a cat\"}", true),
    MINIMAX("/v1/video_generation", "{\"model\":\"MiniMax-Hailuo-2.3\",\"prompt\":\"a cat\"}", true),
    GPTPROTO("/api/v3/minimax/hailuo-02-fast/text-to-video", "{\"prompt\":\"a cat\"}", false),
    GPTPROTO_UNIFIED("/api/v3/videos", "{\"model\":\"minimax/hailuo-02-fast\",\"prompt\":\"a cat\"}", true);

    final String path;
    final String body;
    final boolean bearer;

    Dialect(String path, String body, boolean bearer) {
      this.path = path;
      this.body = body;
      this.bearer = bearer;
    }

    HttpResponse<String> create(String secret) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
              .header("Content-Type", "application/json")
              .header("Authorization", bearer ? "Bearer " + secret : secret)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void novita_answers_insufficient_credit_with_403_not_enough_balance() throws Exception {
    HttpResponse<String> response = refusedForCredit(Dialect.NOVITA);
    assertThat(response.statusCode()).isEqualTo(403);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.path("reason").asText()).isEqualTo("NOT_ENOUGH_BALANCE");
    assertThat(error.path("message").asText()).contains("costs 12 credits and the key has 5");
  }

  @Test
  void evolink_answers_insufficient_credit_with_402_insufficient_quota_error() throws Exception {
    HttpResponse<String> response = refusedForCredit(Dialect.EVOLINK);
    assertThat(response.statusCode()).isEqualTo(402);
    assertThat(JSON.readTree(response.body()).path("error").path("type").asText()).isEqualTo("insufficient_quota_error");
  }

  @Test
  void minimax_answers_insufficient_credit_with_200_and_1008() throws Exception {
    HttpResponse<String> response = refusedForCredit(Dialect.MINIMAX);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("base_resp").path("status_code").asInt()).isEqualTo(1008);
  }

  @Test
  void gptproto_answers_insufficient_credit_with_403() throws Exception {
    HttpResponse<String> response = refusedForCredit(Dialect.GPTPROTO);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(response.body()).path("code").asInt()).isEqualTo(403);
  }

  @Test
  void gptproto_unified_answers_insufficient_credit_with_403_in_its_error_body() throws Exception {
    HttpResponse<String> response = refusedForCredit(Dialect.GPTPROTO_UNIFIED);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(response.body()).path("error").path("code").asInt()).isEqualTo(403);
    assertThat(JSON.readTree(response.body()).path("error").path("message").asText()).startsWith("insufficient credit: ");
  }

  @Test
  void a_key_with_enough_credit_is_served_and_charged() throws Exception {
    KeyStore.CreatedKey created = tools.keys().create("paying");
    Credits credits = new Credits(tools.dataSource());
    credits.grant(created.key().id(), 30);
    assertThat(Dialect.NOVITA.create(created.secret()).statusCode()).isEqualTo(200);
    assertThat(credits.usage(created.key().id()).balance()).isEqualTo(18L);
  }

  @Test
  void novita_answers_over_the_rate_with_429_and_retry_after() throws Exception {
    HttpResponse<String> response = overTheRate(Dialect.NOVITA);
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(response.body()).path("reason").asText()).isEqualTo("RATE_LIMIT_EXCEEDED");
  }

  @Test
  void evolink_answers_over_the_rate_with_429_rate_limit_error() throws Exception {
    HttpResponse<String> response = overTheRate(Dialect.EVOLINK);
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(response.body()).path("error").path("type").asText()).isEqualTo("rate_limit_error");
  }

  @Test
  void minimax_answers_over_the_rate_with_200_and_1002() throws Exception {
    HttpResponse<String> response = overTheRate(Dialect.MINIMAX);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("base_resp").path("status_code").asInt()).isEqualTo(1002);
  }

  @Test
  void gptproto_answers_over_the_rate_with_429() throws Exception {
    assertThat(overTheRate(Dialect.GPTPROTO).statusCode()).isEqualTo(429);
  }

  @Test
  void gptproto_unified_answers_over_the_rate_with_429_and_retry_after() throws Exception {
    HttpResponse<String> response = overTheRate(Dialect.GPTPROTO_UNIFIED);
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(response.body()).path("error").path("code").asInt()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
  }

  private static HttpResponse<String> refusedForCredit(Dialect dialect) throws Exception {
    long filesBefore = taskFolders();
    HttpResponse<String> response = dialect.create(key(5L));
    assertThat(taskFolders()).as("a refused task leaves no file").isEqualTo(filesBefore);
    return response;
  }

  /** The third create of a fresh key within a minute: the rate is 2 a minute. */
  private static HttpResponse<String> overTheRate(Dialect dialect) throws Exception {
    String secret = key(null);
    for (int i = 0; i < 2; i++) assertThat(dialect.create(secret).statusCode()).isIn(200, 202);
    HttpResponse<String> refused = dialect.create(secret);
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 30L);
    return refused;
  }

  private static long taskFolders() throws IOException {
    Path tasks = dataDir.resolve(ReelgateServer.FILES_FOLDER).resolve("tasks");
    if (!Files.isDirectory(tasks)) return 0;
    try (Stream<Path> folders = Files.list(tasks)) {
      return folders.count();
    }
  }
}

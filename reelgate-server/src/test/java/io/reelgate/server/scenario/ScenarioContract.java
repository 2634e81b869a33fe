package io.reelgate.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import io.reelgate.server.billing.Credits;
import io.reelgate.server.database.Database;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.webhook.WebhookReceiver;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every scenario (docs/SCENARIOS.md) in one dialect, chosen each of the three ways (the {@code
 * Reelgate-Scenario} header, the prompt marker, the key's scenario), on the real server over real
 * HTTP, with the credits of the key checked after it. A dialect runs it with one subclass saying
 * what differs: its paths, where its answers keep the status, the code and the video link, and the
 * answer it documents for each refused create.
 *
 * <p>Each test makes a key of its own, granted {@link #CREDITS}, beside the running server as
 * {@code reelgate keys} does. Renders are tiny and short.
 */
@TinyRenders(frames = 4, millisPerFrame = 50)
public abstract class ScenarioContract extends RunningServer {
  static final long CREDITS = 1000;
  private static final String PROMPT = "A paper boat drifts down a rainy street";

  /** How a test chooses its scenario. */
  enum Way { HEADER, MARKER, KEY }

  /** A create-time scenario's refusal: the HTTP status and the code at {@link #errorCodeAt()}. */
  public record Refusal(int status, String code) {}

  /** The dialect's words for a task's states, as its reads write them at {@link #statusAt()}. */
  public record Statuses(String queued, String processing, String succeeded, String failed) {}

  /** How a failed task says why: the text at {@code at} holds {@code says}. */
  public record Why(String at, String says) {}

  /** The create-time scenarios. */
  public enum AtCreate { CONTENT_POLICY, RATE_LIMITED, INSUFFICIENT_BALANCE, SERVER_ERROR }

  /** The run-time failures. */
  public enum AtRun { CONTENT_POLICY, FAIL_AT }

  /** A key of its own, and the scenario it asks for, in the header's syntax. */
  protected record Caller(String secret, String keyId, Way way, String scenario) {}

  private static Database tools;
  private static WebhookReceiver receiver;

  @BeforeAll
  static void openTools() {
    // Webhooks go to a receiver on loopback: a server of its own that allows it.
    server.close();
    server = start(config().allowPrivateNetwork(true));
    tools = Database.open(null, dataDir);
    receiver = WebhookReceiver.start(0);
    // MiniMax's receivers echo its challenge first.
    receiver.answer(r -> new WebhookReceiver.Answer(200, r.body().contains("\"challenge\"") ? r.body() : "{}"));
  }

  @AfterAll
  static void closeTools() throws java.io.IOException {
    if (receiver != null) receiver.close();
    if (tools != null) tools.close();
  }

  protected String authorization(String key) {
    return bearer(key);
  }

  protected abstract String createPath();

  /** A valid create body with this prompt, and this webhook URL when not null. */
  protected abstract String createBody(String prompt, String webhookUrl);

  /** Whether the dialect sends webhooks at all. */
  protected boolean hasWebhooks() {
    return true;
  }

  protected int createdStatus() {
    return 200;
  }

  protected abstract String taskIdAt();

  protected abstract String readPath(String taskId);

  protected abstract String statusAt();

  protected abstract Statuses statuses();

  /** Where an error body keeps the code {@link #refusal} names. */
  protected abstract String errorCodeAt();

  protected abstract Refusal refusal(AtCreate scenario);

  protected abstract Why why(AtRun scenario);

  /** Where a succeeded task's read keeps its video's link. */
  protected abstract String videoAt();

  /** The link to the video of a succeeded task, as a client gets it; MiniMax's comes from {@code files/retrieve}. */
  protected String videoLink(JsonNode succeeded, Caller caller) {
    return succeeded.at(videoAt()).asText();
  }

  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Way.class)
  void content_policy_at_create_is_refused_and_reserves_nothing(Way way) {
    Caller caller = caller(way, "content-policy; at=create");

    assertRefused(create(caller, null), refusal(AtCreate.CONTENT_POLICY));
    assertUntouched(caller);
  }

  @ParameterizedTest
  @EnumSource(Way.class)
  void content_policy_fails_the_accepted_task_as_a_content_rejection_and_refunds_it(Way way) {
    Caller caller = caller(way, "content-policy");

    JsonNode ended = awaitEnd(accepted(caller), caller);

    assertFailedFor(ended, why(AtRun.CONTENT_POLICY));
    assertRefunded(caller);
  }

  @ParameterizedTest
  @EnumSource(Way.class)
  void rate_limited_refuses_n_creates_with_retry_after_then_accepts_one(Way way) {
    Caller caller = caller(way, "rate-limited; n=2");

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> refused = create(caller, null);
      assertRefused(refused, refusal(AtCreate.RATE_LIMITED));
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    }
    awaitEnd(accepted(caller), caller);
    assertCharged(caller);
  }

  @ParameterizedTest
  @EnumSource(Way.class)
  void insufficient_balance_is_refused_and_reserves_nothing(Way way) {
    Caller caller = caller(way, "insufficient-balance");

    assertRefused(create(caller, null), refusal(AtCreate.INSUFFICIENT_BALANCE));
    assertUntouched(caller);
  }

  @ParameterizedTest
  @EnumSource(Way.class)
  void slow_task_is_queued_then_processing_then_succeeds_with_the_prompt_unmarked(Way way) throws Exception {
    Caller caller = caller(way, "slow; queue=1; render=1");
    String id = accepted(caller);

    List<String> seen = new ArrayList<>();
    JsonNode ended = awaitEnd(id, caller, seen);

    assertThat(seen).as("statuses polled").startsWith(statuses().queued()).contains(statuses().processing());
    assertThat(status(ended)).isEqualTo(statuses().succeeded());
    HttpResponse<String> video = download(videoLink(ended, caller));
    assertThat(video.statusCode()).isEqualTo(200);
    assertThat(video.body()).as("the tiny engine writes the prompt it rendered").isEqualTo("video of " + PROMPT);
    assertCharged(caller);
  }

  @ParameterizedTest
  @EnumSource(Way.class)
  void fail_at_fails_at_its_percent_as_a_generation_failure_and_refunds_it(Way way) {
    Caller caller = caller(way, "fail-at; percent=30");

    JsonNode ended = awaitEnd(accepted(caller), caller);

    assertFailedFor(ended, why(AtRun.FAIL_AT));
    assertRefunded(caller);
  }

  @ParameterizedTest
  @EnumSource(Way.class)
  void expired_link_succeeds_but_its_link_answers_403_as_expired(Way way) {
    Caller caller = caller(way, "expired-link");
    String id = accepted(caller);
    JsonNode ended = awaitEnd(id, caller);

    HttpResponse<String> download = download(videoLink(ended, caller));

    assertThat(status(ended)).isEqualTo(statuses().succeeded());
    assertThat(download.statusCode()).isEqualTo(403);
    assertThat(download.body()).contains("expired");
    assertThat(download(videoLink(read(id, caller), caller)).statusCode()).as("asked again").isEqualTo(linkAskedAgainStatus());
    assertCharged(caller);
  }

  /** What the link of a second read answers: 403 still (every poll hands out an expired link), 200 where a fresh one is issued. */
  protected int linkAskedAgainStatus() {
    return 403;
  }

  @ParameterizedTest
  @EnumSource(Way.class)
  void server_error_answers_503_once_then_works(Way way) {
    Caller caller = caller(way, "server-error");

    HttpResponse<String> refused = create(caller, null);

    assertRefused(refused, refusal(AtCreate.SERVER_ERROR));
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    awaitEnd(accepted(caller), caller);
    assertCharged(caller);
  }

  @ParameterizedTest
  @EnumSource(Way.class)
  void webhook_duplicate_sends_every_delivery_twice_with_the_same_id(Way way) throws Exception {
    assumeTrue(hasWebhooks(), "this API has no webhooks");
    Caller caller = caller(way, "webhook-duplicate");
    HttpResponse<String> created = create(caller, receiver.url());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(createdStatus());
    String id = json(created).at(taskIdAt()).asText();
    awaitEnd(id, caller);

    Map<String, Long> copiesById = Map.of();
    for (long deadline = System.nanoTime() + 10_000_000_000L; System.nanoTime() < deadline; Thread.sleep(200)) {
      copiesById = events(id).stream().collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
      boolean ended = events(id).stream().anyMatch(r -> r.body().contains(statuses().succeeded()));
      if (ended && copiesById.values().stream().allMatch(n -> n == 2)) break;
    }
    assertThat(copiesById).isNotEmpty();
    assertThat(copiesById.values()).as("copies of each webhook id").allMatch(n -> n == 2);
    assertCharged(caller);
  }

  // ---------------------------------------------------------------------------------------------

  private final List<WebhookReceiver.Received> received = new ArrayList<>();

  /** The events (not the challenge) received so far about the task {@code id}. */
  private List<WebhookReceiver.Received> events(String id) {
    received.addAll(receiver.drain());
    return received.stream().filter(r -> r.body().contains(id) && !r.body().contains("\"challenge\"")).toList();
  }

  /** A key of its own with {@link #CREDITS}, which asks for {@code scenario} the {@code way} given. */
  private static Caller caller(Way way, String scenario) {
    KeyStore.CreatedKey created = tools.keys().create("scenarios");
    new Credits(tools.jdbi()).grant(created.key().id(), CREDITS);
    if (way == Way.KEY) tools.keys().setScenario(created.key().id(), Scenario.parse(scenario, "test"));
    return new Caller(created.secret(), created.key().id(), way, scenario);
  }

  private HttpResponse<String> create(Caller caller, String webhookUrl) {
    String prompt = caller.way() == Way.MARKER ? PROMPT + " [[reelgate:" + caller.scenario().replace(';', ' ') + "]]" : PROMPT;
    HttpRequest.Builder request = jsonPost(createPath(), createBody(prompt, webhookUrl));
    if (caller.way() == Way.HEADER) request.header(Scenario.HEADER, caller.scenario());
    return send(request, authorization(caller.secret()));
  }

  private String accepted(Caller caller) {
    HttpResponse<String> created = create(caller, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(createdStatus());
    assertThat(created.body()).doesNotContain("reelgate:");
    String id = json(created).at(taskIdAt()).asText();
    assertThat(id).isNotEmpty();
    return id;
  }

  protected JsonNode read(String id, Caller caller) {
    HttpResponse<String> read = send(HttpRequest.newBuilder(uri(readPath(id))).GET(), authorization(caller.secret()));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).doesNotContain("reelgate:");
    return json(read);
  }

  private JsonNode awaitEnd(String id, Caller caller) {
    return awaitEnd(id, caller, new ArrayList<>());
  }

  /** Reads the task every 100 ms until it ends (15 s at most), noting each new status in {@code seen}. */
  private JsonNode awaitEnd(String id, Caller caller, List<String> seen) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (true) {
      JsonNode task = read(id, caller);
      String status = status(task);
      if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) seen.add(status);
      if (status.equals(statuses().succeeded()) || status.equals(statuses().failed())) return task;
      assertThat(System.nanoTime()).as("task " + id + " ends in time; it is " + status).isLessThan(deadline);
      sleep(100);
    }
  }

  private static HttpResponse<String> download(String link) {
    return send(HttpRequest.newBuilder(java.net.URI.create(link)).GET().build());
  }

  private String status(JsonNode task) {
    return task.at(statusAt()).asText();
  }

  private void assertRefused(HttpResponse<String> response, Refusal refusal) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(refusal.status());
    assertThat(json(response).at(errorCodeAt()).asText()).as(response.body()).isEqualTo(refusal.code());
    assertThat(response.body()).as("the refusal names the scenario").contains("scenario");
  }

  private void assertFailedFor(JsonNode ended, Why why) {
    assertThat(status(ended)).as(ended.toString()).isEqualTo(statuses().failed());
    assertThat(ended.at(why.at()).asText()).as(ended.toString()).contains(why.says());
  }

  private static Credits.Usage usage(Caller caller) {
    return new Credits(tools.jdbi()).usage(caller.keyId());
  }

  private static void assertUntouched(Caller caller) {
    assertThat(usage(caller)).isEqualTo(new Credits.Usage(caller.keyId(), 0, 0, 0, CREDITS));
  }

  private static void assertRefunded(Caller caller) {
    Credits.Usage usage = usage(caller);
    assertThat(usage.refunded()).as(usage.toString()).isPositive();
    assertThat(usage).isEqualTo(new Credits.Usage(caller.keyId(), 0, 0, usage.refunded(), CREDITS));
  }

  private static void assertCharged(Caller caller) {
    Credits.Usage usage = usage(caller);
    assertThat(usage.spent()).as(usage.toString()).isPositive();
    assertThat(usage).isEqualTo(new Credits.Usage(caller.keyId(), 0, usage.spent(), 0, CREDITS - usage.spent()));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

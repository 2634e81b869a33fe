package io.reelgate.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.client.Dialect;
import io.reelgate.client.TaskStatus;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoRequest;
import io.reelgate.client.VideoTask;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.motion.Jobs;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import io.reelgate.server.billing.Credits;
import io.reelgate.server.database.Database;
import io.reelgate.server.upstream.FakeMiniMax.BaseResp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway whose MiniMax-Hailuo-2.3 is routed to MiniMax's own API, faked on a real port with
 * MiniMax's documented shapes ({@link FakeMiniMax}), against each documented failure: what the
 * client sees through the gateway's Novita dialect, what the key is charged, and what {@code
 * /metrics} says. The fake serves a real MP4, rendered once by the motion engine.
 */
class MiniMaxFailuresTest {
  static final String KEY = "rg_test_minimax_failures_0123456789abcdef";
  static final String PROMPT = "A lighthouse on a cliff at dusk [Push in]";
  /** What the key is granted; MiniMax-Hailuo-2.3, 6 s at 768P costs 12 by the default price table. */
  static final long GRANTED = 100;
  static final long PRICE = 12;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path videoDir;
  static byte[] mp4;
  static VideoInfo mp4Info;

  @TempDir Path dataDir;
  private ReelgateServer gateway;
  private Database tools;
  private String keyId;
  private final List<FakeMiniMax> fakes = new ArrayList<>();

  @BeforeAll
  static void renderTheUpstreamsVideo() throws Exception {
    Path file = videoDir.resolve("minimax.mp4");
    new MotionRenderer().render(Jobs.aJob().withImage("astronaut.png").withPrompt("[Pan left]").build(), file, RenderProgress.NONE);
    mp4Info = VideoProbe.probe(file);
    assertThat(mp4Info.codec()).isEqualTo("h264");
    assertThat(mp4Info.frames()).isEqualTo(150);
    mp4 = Files.readAllBytes(file);
  }

  @AfterEach
  void stop() throws IOException {
    if (tools != null) tools.close();
    if (gateway != null) gateway.close();
    fakes.forEach(FakeMiniMax::close);
  }

  // ---- The documented failures.

  @Test
  void content_refused_at_create_fails_the_task_with_minimax_s_words_and_charges_nothing() throws Exception {
    FakeMiniMax minimax = fake().everyCreateAnswers(BaseResp.SENSITIVE);
    VideoClient client = start(route("mm", minimax));

    VideoTask done = awaitEnd(client, client.create(request()));

    assertThat(done.status()).isEqualTo(TaskStatus.FAILED);
    assertThat(done.failureReason()).contains(BaseResp.SENSITIVE.message());
    assertThat(minimax.creates()).isEqualTo(1);
    assertThat(minimax.tasks()).isEmpty();
    assertNotCharged();
    assertThat(metrics()).contains(requests("mm", "create", "request_refused", 1))
        .contains("reelgate_route_healthy{route=\"mm\"} 1");
  }

  @Test
  void rate_limited_creates_are_sent_again_later_and_the_task_succeeds() throws Exception {
    FakeMiniMax minimax = fake().createsAnswer(BaseResp.RATE_LIMITED, BaseResp.RATE_LIMITED);
    VideoClient client = start(route("mm", minimax));

    VideoTask done = awaitEnd(client, client.create(request()));

    assertThat(done.status()).as(done.failureReason()).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(minimax.creates()).isEqualTo(3);
    assertThat(minimax.tasks()).hasSize(1);
    assertThat(minimax.tasks().get(0).path("prompt").asText()).isEqualTo(PROMPT);
    assertThat(minimax.tasks().get(0).path("model").asText()).isEqualTo(ModelCatalog.HAILUO_23);
    assertThat(gatewayTasks()).isEqualTo(1);
    assertCharged();
    assertThat(metrics()).contains(requests("mm", "create", "rate_limited", 2)).contains(requests("mm", "create", "ok", 1));
  }

  @Test
  void an_account_refusal_raises_an_alert_and_the_next_route_makes_the_video() throws Exception {
    FakeMiniMax a = fake().everyCreateAnswers(BaseResp.NOT_AUTHORIZED);
    FakeMiniMax b = fake();
    VideoClient client = start(route("a", a), route("b", b));

    VideoTask done = awaitEnd(client, client.create(request()));

    assertThat(done.status()).as(done.failureReason()).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(a.creates()).isEqualTo(1);
    assertThat(a.tasks()).isEmpty();
    assertThat(b.tasks()).hasSize(1);
    assertThat(a.queries() + a.retrieves()).isZero();
    String metrics = metrics();
    assertThat(metrics)
        .contains("reelgate_route_alerts_total{route=\"a\",code=\"1004\"} 1")
        .contains("reelgate_route_healthy{route=\"a\"} 0")
        .contains("reelgate_route_healthy{route=\"b\"} 1")
        .contains("reelgate_route_tasks_total{route=\"b\",outcome=\"succeeded\"} 1")
        .contains("reelgate_route_spend_credits_total{route=\"b\"} " + PRICE)
        .contains("reelgate_route_spend_credits_total{route=\"a\"} 0");
    assertCharged();
  }

  @Test
  void when_every_route_refuses_the_account_the_task_fails_at_once_naming_them() throws Exception {
    FakeMiniMax primary = fake().everyCreateAnswers(BaseResp.INSUFFICIENT_BALANCE);
    FakeMiniMax secondary = fake().everyCreateAnswers(BaseResp.INSUFFICIENT_BALANCE);
    VideoClient client = start(route("primary", primary), route("secondary", secondary));

    long started = System.nanoTime();
    VideoTask done = awaitEnd(client, client.create(request()));

    assertThat(done.status()).isEqualTo(TaskStatus.FAILED);
    // At once: not after the back-off that rate limits get (1 s, 2 s, ...).
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(done.failureReason()).contains("primary: ").contains("secondary: ").contains("1008")
        .contains(BaseResp.INSUFFICIENT_BALANCE.message());
    assertThat(primary.creates()).isEqualTo(1);
    assertThat(secondary.creates()).isEqualTo(1);
    assertNotCharged();
    assertThat(metrics())
        .contains("reelgate_route_alerts_total{route=\"primary\",code=\"1008\"} 1")
        .contains("reelgate_route_alerts_total{route=\"secondary\",code=\"1008\"} 1")
        .contains("reelgate_route_healthy{route=\"primary\"} 0")
        .contains("reelgate_route_healthy{route=\"secondary\"} 0");
  }

  @Test
  void a_task_minimax_fails_for_its_content_fails_with_the_content_policy_message() throws Exception {
    FakeMiniMax minimax = fake().processingFor(2).tasksFail(BaseResp.SENSITIVE);
    VideoClient client = start(route("mm", minimax));

    VideoTask done = awaitEnd(client, client.create(request()));

    assertThat(done.status()).isEqualTo(TaskStatus.FAILED);
    assertThat(done.failureReason()).contains(BaseResp.SENSITIVE.message());
    assertThat(minimax.tasks()).hasSize(1);
    assertThat(minimax.retrieves()).isZero();
    assertNotCharged();
    assertThat(metrics()).contains("reelgate_route_tasks_total{route=\"mm\",outcome=\"failed\"} 1")
        // The poll that saw the failure was answered: the route is fine, the task is not.
        .contains(requests("mm", "poll", "ok", 3))
        .doesNotContain("outcome=\"rate_limited\"")
        .contains("reelgate_route_healthy{route=\"mm\"} 1")
        .contains("reelgate_upstream_reconciling 0");
  }

  @Test
  void an_expired_download_link_is_replaced_by_a_fresh_one_and_the_video_is_kept() throws Exception {
    FakeMiniMax minimax = fake().expiredLinks(1);
    VideoClient client = start(route("mm", minimax));

    VideoTask done = awaitEnd(client, client.create(request()));

    assertThat(done.status()).as(done.failureReason()).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(minimax.retrieves()).isGreaterThanOrEqualTo(2);
    assertThat(minimax.downloads()).isEqualTo(2);
    // The gateway's own link serves the gateway's copy, which is MiniMax's file byte for byte.
    assertThat(done.videoUrl()).startsWith("http://localhost:" + gateway.port() + "/files/");
    Path downloaded = dataDir.resolve("download.mp4");
    client.download(done.videoUrl(), downloaded);
    assertThat(Files.readAllBytes(downloaded)).isEqualTo(mp4);
    assertThat(Peer.videosIn(dataDir.resolve(ReelgateServer.FILES_FOLDER))).anySatisfy(v -> assertThat(v).isEqualTo(mp4));
    assertThat(metrics()).contains(requests("mm", "download", "http_403", 1)).contains(requests("mm", "download", "ok", 1));
    assertCharged();
  }

  @Test
  void past_its_poll_deadline_a_task_is_reconciling_and_after_give_up_it_fails_and_is_refunded() throws Exception {
    FakeMiniMax minimax = fake().processingFor(-1);
    RouteSettings route = RouteSettings.builder("mm", EngineKind.MINIMAX).baseUrl(minimax.uri()).apiKey(FakeMiniMax.KEY)
        .pollEvery(Duration.ofMillis(200)).pollDeadline(Duration.ofSeconds(1)).reconcileEvery(Duration.ofMillis(300))
        .giveUpAfter(Duration.ofSeconds(4)).build();
    VideoClient client = start(route);

    String id = client.create(request());
    long created = System.nanoTime();
    waitFor("the task to be reconciling", Duration.ofSeconds(4), () -> metrics().contains("reelgate_upstream_reconciling 1"));

    // Between the deadline and give-up: still processing to the client, its credit still reserved.
    assertThat(Duration.ofNanos(System.nanoTime() - created)).isLessThan(Duration.ofSeconds(4));
    assertThat(client.get(id).status()).isEqualTo(TaskStatus.PROCESSING);
    assertThat(rawNovitaStatus(id)).isEqualTo("TASK_STATUS_PROCESSING");
    Credits.Usage reserved = usage();
    assertThat(reserved.reserved()).isEqualTo(PRICE);
    assertThat(reserved.balance()).isEqualTo(GRANTED - PRICE);
    int queriesAtDeadline = minimax.queries();

    VideoTask done = awaitEnd(client, id);
    assertThat(done.status()).isEqualTo(TaskStatus.FAILED);
    assertThat(Duration.ofNanos(System.nanoTime() - created)).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
    assertThat(done.failureReason()).contains("route mm did not finish the task within 4s");
    assertThat(minimax.queries()).isGreaterThan(queriesAtDeadline);
    assertNotCharged();
    assertThat(metrics()).contains("reelgate_upstream_reconciling 0")
        .contains("reelgate_route_tasks_total{route=\"mm\",outcome=\"failed\"} 1");
    // Polled every 200 ms at first; past the deadline, every 300 ms (the reconcile pace) or slower.
    List<Long> times = minimax.queryTimes();
    assertThat(times.stream().filter(t -> t - created < Duration.ofMillis(900).toNanos()).count()).isGreaterThanOrEqualTo(4);
    List<Long> late = times.stream().filter(t -> t - created > Duration.ofMillis(1500).toNanos()).toList();
    assertThat(late).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 1; i < late.size(); i++) {
      assertThat(Duration.ofNanos(late.get(i) - late.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
  }

  @Test
  void rate_limited_polls_slow_down_and_the_task_still_succeeds() throws Exception {
    // Each poll of the gateway is tried 3 times by the SDK's transport: 6 refusals fail 2 polls.
    FakeMiniMax minimax = fake().queriesAnswer(BaseResp.RATE_LIMITED, BaseResp.RATE_LIMITED, BaseResp.RATE_LIMITED,
        BaseResp.RATE_LIMITED, BaseResp.RATE_LIMITED, BaseResp.RATE_LIMITED);
    VideoClient client = start(route("mm", minimax));

    VideoTask done = awaitEnd(client, client.create(request()));

    assertThat(done.status()).as(done.failureReason()).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(minimax.queries()).isGreaterThanOrEqualTo(7);
    List<Long> times = minimax.queryTimes();
    // Between the gateway's polls: poll-every (200 ms) plus 200 ms more after each refused poll.
    assertThat(Duration.ofNanos(times.get(3) - times.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    assertThat(Duration.ofNanos(times.get(6) - times.get(5))).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    assertThat(metrics()).contains(requests("mm", "poll", "rate_limited", 2))
        .contains("reelgate_route_tasks_total{route=\"mm\",outcome=\"succeeded\"} 1");
    assertThat(minimax.tasks()).hasSize(1);
    assertCharged();
  }

  // ---- The gateway, its key and what it says.

  private FakeMiniMax fake() {
    FakeMiniMax fake = new FakeMiniMax(mp4, mp4Info.width(), mp4Info.height());
    fakes.add(fake);
    return fake;
  }

  /** A route to {@code fake} polled every 200 ms, with deadlines far beyond any test. */
  private static RouteSettings route(String name, FakeMiniMax fake) {
    return RouteSettings.builder(name, EngineKind.MINIMAX).baseUrl(fake.uri()).apiKey(FakeMiniMax.KEY)
        .pollEvery(Duration.ofMillis(200)).pollDeadline(Duration.ofMinutes(2)).reconcileEvery(Duration.ofSeconds(1))
        .giveUpAfter(Duration.ofMinutes(5)).build();
  }

  /** Starts the gateway with MiniMax-Hailuo-2.3 on {@code routes}, in order, and grants the key credits. */
  private VideoClient start(RouteSettings... routes) throws Exception {
    Map<String, RouteSettings> byName = new LinkedHashMap<>();
    for (RouteSettings r : routes) byName.put(r.name(), r);
    List<ModelRoute> order = byName.keySet().stream().map(name -> new ModelRoute(name, 0)).toList();
    RoutingTable table = new RoutingTable(byName, Map.of(ModelCatalog.HAILUO_23, order), 8);
    gateway = ReelgateServer.start(ServerConfig.builder().port(0).dataDir(dataDir).workers(1)
        .apiKeys(List.of(KEY)).routing(table).build());
    tools = Database.open(null, dataDir);
    keyId = JSON.readTree(get("/reelgate/v1/key", true)).path("id").asText();
    assertThat(new Credits(tools.jdbi()).grant(keyId, GRANTED)).isTrue();
    return VideoClient.builder(Dialect.NOVITA).baseUrl("http://localhost:" + gateway.port()).apiKey(KEY)
        .pollInterval(Duration.ofMillis(100), Duration.ofMillis(300)).build();
  }

  private static VideoRequest request() {
    return VideoRequest.of(PROMPT).withModel(ModelCatalog.HAILUO_23).withDuration(6).withResolution("768P");
  }

  private static VideoTask awaitEnd(VideoClient client, String id) {
    return client.await(id, Duration.ofSeconds(20), null);
  }

  private Credits.Usage usage() {
    return new Credits(tools.jdbi()).usage(keyId);
  }

  /** Nothing held, nothing spent, the price given back: the balance is what was granted. */
  private void assertNotCharged() {
    Credits.Usage usage = usage();
    assertThat(usage.balance()).isEqualTo(GRANTED);
    assertThat(usage.reserved()).isZero();
    assertThat(usage.spent()).isZero();
    assertThat(usage.refunded()).isEqualTo(PRICE);
  }

  private void assertCharged() {
    Credits.Usage usage = usage();
    assertThat(usage.balance()).isEqualTo(GRANTED - PRICE);
    assertThat(usage.reserved()).isZero();
    assertThat(usage.spent()).isEqualTo(PRICE);
    assertThat(usage.refunded()).isZero();
  }

  private int gatewayTasks() throws Exception {
    return JSON.readTree(get("/reelgate/v1/tasks?limit=100", true)).path("tasks").size();
  }

  /** The task's status as the Novita dialect writes it on the wire. */
  private String rawNovitaStatus(String id) throws Exception {
    return JSON.readTree(get("/v3/async/task-result?task_id=" + id, true)).path("task").path("status").asText();
  }

  private String metrics() {
    try {
      return get("/metrics", false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String get(String path, boolean withKey) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + gateway.port() + path));
    if (withKey) request.header("Authorization", "Bearer " + KEY);
    HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
    return answer.body();
  }

  private static String requests(String route, String call, String outcome, int count) {
    return "reelgate_route_requests_total{route=\"" + route + "\",call=\"" + call + "\",outcome=\"" + outcome + "\"} " + count;
  }

  private static void waitFor(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s for %s", limit, what).isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}

package io.reelgate.server.webhook;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.net.GuardedHttpClient;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.database.Database;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import io.reelgate.server.store.jdbc.TaskStoreRules;
import io.reelgate.server.webhook.WebhookReceiver.Answer;
import io.reelgate.server.webhook.WebhookReceiver.Received;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox and the deliverer on a real SQLite file (and on PostgreSQL: {@link
 * WebhookDeliveryOnPostgresTest}), sending to a real receiver on loopback;
 * retry pauses shrunk a hundredfold.
 */
class WebhookDeliveryTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final WebhookPolicy THREE_RETRIES =
      new WebhookPolicy(Duration.ofSeconds(2), WebhookPolicy.doubling(Duration.ofSeconds(1), 3), WebhookPolicy.ENDS, false);
  private static final WebhookPolicy WITH_CHALLENGE =
      new WebhookPolicy(Duration.ofSeconds(2), List.of(), Set.of(Status.PROCESSING, Status.SUCCEEDED), true);

  @TempDir Path dataDir;
  private final Clock clock = Clock.systemUTC();
  private Database database;
  private WebhookDeliverer deliverer;
  private WebhookHistory history;
  /** Where the database is, kept across a restart; null for the SQLite file of the data folder. */
  private String address;
  private WebhookReceiver receiver = WebhookReceiver.start(0);

  @AfterEach
  void stop() throws Exception {
    if (deliverer != null) deliverer.close();
    if (database != null) database.close();
    receiver.close();
  }

  @Test
  void a_finished_task_is_delivered_signed_with_the_keys_secret() throws Exception {
    open(THREE_RETRIES, true);
    Task task = submit(receiver.url());
    finish(task);

    Received delivery = receiver.next(WAIT);
    assertThat(delivery.body()).isEqualTo("{\"task\":\"" + task.id() + "\",\"status\":\"SUCCEEDED\"}");
    WebhookReceiver.assertSigned(delivery, new WebhookSecrets(database.jdbi(), clock).forKey(task.keyId()));
    awaitStatus(task.id(), "DELIVERED");
  }

  @Test
  void a_receiver_answering_500_is_tried_again_with_growing_pauses() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    receiver.answer(r -> calls.incrementAndGet() <= 2 ? new Answer(500, "") : new Answer(204, ""));
    open(THREE_RETRIES, true);
    Task task = submit(receiver.url());
    finish(task);

    Received first = receiver.next(WAIT);
    Received second = receiver.next(WAIT);
    Received third = receiver.next(WAIT);
    assertThat(List.of(second.id(), third.id())).containsOnly(first.id());
    assertThat(Duration.ofNanos(second.atNanos() - first.atNanos())).isGreaterThanOrEqualTo(Duration.ofMillis(10));
    assertThat(Duration.ofNanos(third.atNanos() - second.atNanos())).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    WebhookHistory.Delivery delivered = awaitStatus(task.id(), "DELIVERED");
    assertThat(delivered.attempts()).isEqualTo(3);
  }

  @Test
  void a_receiver_answering_2xx_with_a_large_body_has_received_the_delivery() throws Exception {
    receiver.answer(r -> new Answer(200, "{\"padding\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}"));
    open(THREE_RETRIES, true);
    Task task = submit(receiver.url());
    finish(task);

    WebhookHistory.Delivery delivered = awaitStatus(task.id(), "DELIVERED");
    assertThat(delivered.attempts()).isEqualTo(1);
    Thread.sleep(100); // a retry, were there one, would come within the shrunk pause
    assertThat(receiver.drain()).hasSize(1);
  }

  @Test
  void a_delivery_stops_after_the_dialects_retries_and_is_failed() throws Exception {
    receiver.answer(r -> new Answer(503, ""));
    open(THREE_RETRIES, true);
    Task task = submit(receiver.url());
    finish(task);

    WebhookHistory.Delivery failed = awaitStatus(task.id(), "FAILED");
    assertThat(failed.attempts()).isEqualTo(4);
    assertThat(failed.lastError()).contains("503");
    assertThat(receiver.drain()).hasSize(4);
  }

  @Test
  void a_loopback_receiver_is_refused_without_allow_private_network() throws Exception {
    open(THREE_RETRIES, false);
    Task task = submit(receiver.url());
    finish(task);

    WebhookHistory.Delivery failed = awaitStatus(task.id(), "FAILED");
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).contains("only public addresses");
    assertThat(receiver.drain()).isEmpty();
  }

  @Test
  void an_echoed_challenge_opens_the_callback_for_each_status_change() throws Exception {
    receiver.answer(r -> new Answer(200, r.body().contains("challenge") ? r.body() : "{}"));
    open(WITH_CHALLENGE, true);
    Task task = submit(receiver.url());
    Task claimed = tasks.claimNext("w1", clock.instant(), Duration.ofMinutes(1)).orElseThrow();
    tasks.update(claimed, claimed.withResult("tasks/x/result.mp4", 8, 8, clock.instant()));

    assertThat(receiver.next(WAIT).body()).startsWith("{\"challenge\":\"");
    assertThat(receiver.next(WAIT).body()).contains("PROCESSING");
    assertThat(receiver.next(WAIT).body()).contains("SUCCEEDED");
    assertThat(history.target(task.id()).orElseThrow().state()).isEqualTo("ACTIVE");
  }

  @Test
  void a_challenge_not_echoed_leaves_the_callback_unused_and_says_why() throws Exception {
    receiver.answer(r -> new Answer(200, "{\"challenge\":\"something else\"}"));
    open(WITH_CHALLENGE, true);
    Task task = submit(receiver.url());
    Task claimed = tasks.claimNext("w1", clock.instant(), Duration.ofMinutes(1)).orElseThrow();

    assertThat(receiver.next(WAIT).body()).contains("challenge");
    awaitStatus(task.id(), "SKIPPED");
    tasks.update(claimed, claimed.withResult("tasks/x/result.mp4", 8, 8, clock.instant()));
    deliverer.sendDue();
    assertThat(history.target(task.id()).orElseThrow().reason()).contains("did not echo the challenge");
    assertThat(history.deliveries(task.id())).extracting(WebhookHistory.Delivery::status).doesNotContain("PENDING", "DELIVERED");
    assertThat(receiver.drain()).isEmpty();
  }

  @Test
  void a_pending_delivery_survives_a_restart() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    receiver.close();
    open(THREE_RETRIES, true);
    Task task = submit("http://127.0.0.1:" + port + "/hook");
    finish(task);
    awaitAttempts(task.id(), 1);
    deliverer.close();
    database.close();

    receiver = WebhookReceiver.start(port);
    open(THREE_RETRIES, true);
    Received delivery = receiver.next(WAIT);
    assertThat(delivery.body()).contains(task.id());
    awaitStatus(task.id(), "DELIVERED");
  }

  /** The address of a new database for one test: null, the SQLite file of {@code dataDir}. */
  String newDatabase() {
    return null;
  }

  private void open(WebhookPolicy policy, boolean allowPrivate) {
    if (address == null) address = newDatabase();
    database = Database.open(address, dataDir);
    deliverer =
        new WebhookDeliverer(
            database.jdbi(),
            GuardedHttpClient.builder().allowPrivateNetwork(allowPrivate).build(),
            new WebhookSecrets(database.jdbi(), clock),
            clock,
            new WebhookDeliverer.Timing(Duration.ofMillis(20), 0.01));
    history = new WebhookHistory(database.jdbi());
    WebhookOutbox outbox = new WebhookOutbox(clock, new FakePayloads(policy), deliverer::wake);
    tasks = database.tasks(new TaskStoreRules(List.of(outbox), 0));
    deliverer.start();
    this.outbox = outbox;
  }

  private WebhookOutbox outbox;
  private JdbcTaskStore tasks;

  private Task submit(String url) {
    Task task = aTask().build();
    tasks.insert(task, new WebhookTargets(clock).target(URI.create(url)));
    return task;
  }

  private void finish(Task task) {
    Task claimed = tasks.claimNext("w1", clock.instant(), Duration.ofMinutes(1)).orElseThrow();
    assertThat(claimed.id()).isEqualTo(task.id());
    tasks.update(claimed, claimed.withResult("tasks/x/result.mp4", 8, 8, clock.instant()));
  }

  private WebhookHistory.Delivery awaitStatus(String taskId, String status) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      List<WebhookHistory.Delivery> all = history.deliveries(taskId);
      Optional<WebhookHistory.Delivery> last = all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
      if (last.isPresent() && last.get().status().equals(status)) return last.get();
      Thread.sleep(10);
    }
    throw new AssertionError("no delivery of " + taskId + " became " + status + ": " + history.deliveries(taskId));
  }

  private void awaitAttempts(String taskId, int attempts) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      if (history.deliveries(taskId).stream().anyMatch(d -> d.attempts() >= attempts)) return;
      Thread.sleep(10);
    }
    throw new AssertionError("no attempt for " + taskId);
  }

  /** Stands for the dialects: "novita", as the test tasks are, with {@code policy}; its payload names the task and status. */
  private record FakePayloads(WebhookPolicy policy) implements WebhookPayloads {
    @Override
    public Optional<WebhookPolicy> policy(String dialect) {
      return dialect.equals("novita") ? Optional.of(policy) : Optional.empty();
    }

    @Override
    public String payload(Task task) {
      return "{\"task\":\"" + task.id() + "\",\"status\":\"" + task.state().status() + "\"}";
    }
  }
}

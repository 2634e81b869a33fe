package io.reelgate.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.net.FetchException;
import io.reelgate.core.net.GuardedHttpClient;
import io.reelgate.core.net.HttpResponse;
import io.reelgate.server.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's pending messages ({@link WebhookOutbox}) through the {@link
 * GuardedHttpClient}, signed with the Standard Webhooks headers and the key's secret. A 2xx answer
 * delivers a message, whatever its body (of which only a bounded prefix is read, for a MiniMax
 * challenge's echo); a timeout, a failed connection or another status is tried again after the
 * dialect's next pause, until its retries are spent and the message is FAILED. An address the
 * client refuses is FAILED at once. Redirects are not followed. A task's messages go out in
 * order: one waits while an earlier one of the same task is pending.
 *
 * <p>State lives only in the store: a message is taken by a compare-and-set that pushes its next
 * attempt past its timeout (so another instance does not send it meanwhile, and a crash mid-send
 * has it tried again), and every attempt is recorded in {@code webhook_attempts}.
 *
 * <p>A MiniMax challenge is delivered when the receiver answers 2xx with the same {@code
 * challenge}; when it does not, the target is REFUSED with the reason and the task's other
 * messages are SKIPPED.
 */
public final class WebhookDeliverer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliverer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 16;
  /** The most of a receiver's answer read: enough for a challenge's echo. */
  private static final long MAX_ANSWER_BYTES = 64 * 1024;
  /** How long past its timeout a taken message stays taken, should this instance die mid-send. */
  private static final Duration TAKEN_MARGIN = Duration.ofSeconds(30);

  private static final String DUE =
      """
      SELECT id, task_id, key_id, kind, url, body, attempts, max_attempts, timeout_ms, retry_delays_ms,
             next_attempt_at
        FROM webhook_deliveries d
       WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                          WHERE e.task_id = d.task_id AND e.status = 'PENDING' AND e.seq < d.seq)
       ORDER BY d.next_attempt_at
       LIMIT %d
      """.formatted(BATCH);

  /**
   * How often the store is looked at for due messages, and a factor on every retry pause (1 in
   * service; tests shrink the pauses).
   */
  public record Timing(Duration poll, double delayScale) {
    public static final Timing REAL = new Timing(Duration.ofMillis(500), 1.0);
  }

  /** A message as the store has it, for the operator and the tests. */
  public record Delivery(String id, String kind, String status, int attempts, String lastError, String body) {}

  /** A task's webhook target: ACTIVE, or REFUSED with the reason. */
  public record Target(String url, String state, String reason) {}

  private record Pending(
      String id, String taskId, String keyId, String kind, String url, String body, int attempts, int maxAttempts,
      long timeoutMs, String retryDelaysMs, long nextAttemptAt) {}

  private record Outcome(boolean delivered, boolean retryable, Integer httpStatus, String error) {}

  private final DataSource dataSource;
  private final GuardedHttpClient client;
  private final WebhookSecrets secrets;
  private final Clock clock;
  private final Timing timing;
  private final Semaphore wakeUp = new Semaphore(0);
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private volatile boolean running;
  private Thread loop;

  public WebhookDeliverer(DataSource dataSource, GuardedHttpClient client, WebhookSecrets secrets, Clock clock, Timing timing) {
    this.dataSource = dataSource;
    this.client = client;
    this.secrets = secrets;
    this.clock = clock;
    this.timing = timing;
  }

  public synchronized void start() {
    if (loop != null) return;
    running = true;
    loop = Thread.ofPlatform().name("reelgate-webhooks").daemon().start(this::run);
  }

  /** Looks for due messages now rather than at the next poll. */
  public void wake() {
    wakeUp.release();
  }

  private void run() {
    while (running) {
      try {
        sendDue();
      } catch (RuntimeException e) {
        LOG.warn("webhook delivery round failed: {}", e.toString(), e);
      }
      try {
        wakeUp.tryAcquire(timing.poll().toMillis(), TimeUnit.MILLISECONDS);
        wakeUp.drainPermits();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Sends every message due now, at once, and waits for their answers; how many were sent. */
  public int sendDue() {
    List<Future<?>> sent = new ArrayList<>();
    for (Pending pending : due()) {
      if (take(pending)) sent.add(senders.submit(() -> deliver(pending)));
    }
    for (Future<?> future : sent) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        LOG.warn("a webhook delivery failed unexpectedly: {}", e.getCause().toString(), e.getCause());
      }
    }
    return sent.size();
  }

  private void deliver(Pending message) {
    Outcome outcome = send(message);
    record(message, outcome);
  }

  private Outcome send(Pending message) {
    long timestamp = clock.instant().getEpochSecond();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("webhook-id", message.id());
    headers.put("webhook-timestamp", Long.toString(timestamp));
    headers.put("webhook-signature", WebhookSignature.sign(secrets.forKey(message.keyId()), message.id(), timestamp, message.body()));
    HttpResponse response;
    try {
      response =
          client.post(
              URI.create(message.url()), headers, message.body().getBytes(StandardCharsets.UTF_8),
              Duration.ofMillis(message.timeoutMs()), MAX_ANSWER_BYTES);
    } catch (FetchException e) {
      return new Outcome(false, e.kind() != FetchException.Kind.REFUSED_ADDRESS, null, e.getMessage());
    }
    if (response.status() < 200 || response.status() > 299) {
      return new Outcome(false, true, response.status(), "the receiver answered HTTP " + response.status());
    }
    if (message.kind().equals(WebhookOutbox.CHALLENGE) && !echoed(message.body(), response.body())) {
      return new Outcome(false, false, response.status(), "the receiver did not echo the challenge");
    }
    return new Outcome(true, false, response.status(), null);
  }

  private static boolean echoed(String sent, byte[] answer) {
    try {
      JsonNode challenge = JSON.readTree(sent).get("challenge");
      JsonNode echo = JSON.readTree(answer).get("challenge");
      return echo != null && echo.isTextual() && echo.asText().equals(challenge.asText());
    } catch (IOException e) {
      return false;
    }
  }

  private List<Pending> due() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(DUE)) {
      select.setLong(1, clock.millis());
      List<Pending> due = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          due.add(
              new Pending(
                  row.getString("id"), row.getString("task_id"), row.getString("key_id"), row.getString("kind"),
                  row.getString("url"), row.getString("body"), row.getInt("attempts"), row.getInt("max_attempts"),
                  row.getLong("timeout_ms"), row.getString("retry_delays_ms"), row.getLong("next_attempt_at")));
        }
      }
      return due;
    } catch (SQLException e) {
      throw new StoreException("cannot read the due webhook deliveries", e);
    }
  }

  /** Takes the message for this instance: false when another took it first. */
  private boolean take(Pending message) {
    long until = clock.millis() + message.timeoutMs() + TAKEN_MARGIN.toMillis();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING' AND next_attempt_at = ?")) {
      update.setLong(1, until);
      update.setString(2, message.id());
      update.setLong(3, message.nextAttemptAt());
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("cannot take webhook delivery " + message.id(), e);
    }
  }

  private void record(Pending message, Outcome outcome) {
    long now = clock.millis();
    int attempts = message.attempts() + 1;
    List<Long> delays = delays(message.retryDelaysMs());
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        execute(connection, "INSERT INTO webhook_attempts (delivery_id, attempt, at, http_status, error) VALUES (?, ?, ?, ?, ?)",
            message.id(), attempts, now, outcome.httpStatus(), outcome.error());
        if (outcome.delivered()) {
          execute(connection, "UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = ?, last_error = NULL, done_at = ? WHERE id = ?",
              attempts, now, message.id());
        } else if (outcome.retryable() && attempts < message.maxAttempts()) {
          long pause = Math.round(delays.get(attempts - 1) * timing.delayScale());
          execute(connection, "UPDATE webhook_deliveries SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
              attempts, outcome.error(), now + pause, message.id());
        } else {
          execute(connection, "UPDATE webhook_deliveries SET status = 'FAILED', attempts = ?, last_error = ?, done_at = ? WHERE id = ?",
              attempts, outcome.error(), now, message.id());
          if (message.kind().equals(WebhookOutbox.CHALLENGE)) refuseTarget(connection, message, outcome.error(), now);
          LOG.info("webhook {} of task {} failed after {} attempt(s): {}", message.id(), message.taskId(), attempts, outcome.error());
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot record an attempt of webhook delivery " + message.id(), e);
    }
  }

  /** The receiver failed the challenge: the callback URL is not used, and why is kept. */
  private static void refuseTarget(Connection connection, Pending challenge, String error, long now) throws SQLException {
    String reason = "the callback URL is not used: " + error;
    execute(connection, "UPDATE webhook_targets SET state = 'REFUSED', reason = ? WHERE task_id = ?", reason, challenge.taskId());
    execute(connection,
        "UPDATE webhook_deliveries SET status = 'SKIPPED', last_error = ?, done_at = ? WHERE task_id = ? AND status = 'PENDING'",
        reason, now, challenge.taskId());
  }

  private static List<Long> delays(String commaSeparated) {
    if (commaSeparated.isEmpty()) return List.of();
    return Arrays.stream(commaSeparated.split(",")).map(Long::parseLong).toList();
  }

  private static void execute(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) statement.setNull(i + 1, Types.NULL);
        else statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  /** The task's messages, oldest first. */
  public List<Delivery> deliveries(String taskId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, kind, status, attempts, last_error, body FROM webhook_deliveries WHERE task_id = ? ORDER BY seq")) {
      select.setString(1, taskId);
      List<Delivery> found = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          found.add(new Delivery(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getString(5), row.getString(6)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new StoreException("cannot read the webhook deliveries of task " + taskId, e);
    }
  }

  /** The task's webhook target, if it has one. */
  public Optional<Target> target(String taskId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT url, state, reason FROM webhook_targets WHERE task_id = ?")) {
      select.setString(1, taskId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(new Target(row.getString(1), row.getString(2), row.getString(3))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the webhook target of task " + taskId, e);
    }
  }

  /** Stops looking for messages; one being sent is recorded or, if cut off, sent again later. */
  @Override
  public void close() throws InterruptedException {
    Thread thread;
    synchronized (this) {
      running = false;
      thread = loop;
    }
    if (thread != null) {
      thread.interrupt();
      thread.join(Duration.ofSeconds(5));
    }
    senders.shutdownNow();
    senders.awaitTermination(5, TimeUnit.SECONDS);
  }
}

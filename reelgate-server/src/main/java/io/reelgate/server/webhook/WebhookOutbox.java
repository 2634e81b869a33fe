package io.reelgate.server.webhook;

import io.reelgate.core.scenario.ScenarioName;
import io.reelgate.core.task.Task;
import io.reelgate.server.store.jdbc.JoinedTransaction;
import io.reelgate.server.store.jdbc.TaskChangeHook;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The webhook outbox: when a task that has a callback URL changes to a status its dialect tells
 * of, a message is written in the same transaction as the change ({@link TaskChangeHook}), so a
 * crash loses neither or both; {@link WebhookDeliverer} sends what is pending. The body is made
 * then, in the dialect's shape ({@link WebhookPayloads}), and kept: a retry sends the same bytes.
 *
 * <p>A task of the {@code webhook-duplicate} scenario has each of its events sent twice, with the
 * same webhook id ({@code copies}); its MiniMax challenge, a handshake rather than an event, once.
 *
 * <p>The callback URL itself is written by {@link WebhookTargets} in the transaction that inserts
 * the task, before the hooks run.
 */
public final class WebhookOutbox implements TaskChangeHook {
  static final String EVENT = "EVENT";
  static final String CHALLENGE = "CHALLENGE";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String QUEUE =
      """
      INSERT INTO webhook_deliveries (id, task_id, seq, key_id, kind, url, body, status, attempts,
          max_attempts, timeout_ms, retry_delays_ms, next_attempt_at, last_error, created_at, done_at, copies)
      VALUES (:id, :task, (SELECT COALESCE(MAX(seq), 0) + 1 FROM webhook_deliveries WHERE task_id = :task),
          :key, :kind, :url, :body, 'PENDING', 0, :maxAttempts, :timeoutMs, :retries, :now, NULL, :now, NULL, :copies)
      """;

  private final Clock clock;
  private final WebhookPayloads payloads;
  private final Runnable onQueued;
  private final JoinedTransaction transaction = new JoinedTransaction();

  /** {@code onQueued} runs after a message is queued (the deliverer's {@code wake}). */
  public WebhookOutbox(Clock clock, WebhookPayloads payloads, Runnable onQueued) {
    this.clock = clock;
    this.payloads = payloads;
    this.onQueued = onQueued;
  }

  @Override
  public void inserted(Connection connection, Task task) throws SQLException {
    Optional<WebhookPolicy> policy = payloads.policy(task.dialect());
    if (policy.isEmpty() || !policy.get().challenge()) return;
    queue(connection, task, CHALLENGE, () -> "{\"challenge\":\"" + HexFormat.of().formatHex(randomBytes(16)) + "\"}",
        WebhookPolicy.CHALLENGE_TIMEOUT, List.of());
  }

  @Override
  public void claimed(Connection connection, Task claimed) throws SQLException {
    told(connection, claimed);
  }

  @Override
  public void changed(Connection connection, Task before, Task after) throws SQLException {
    if (before.state().status() != after.state().status()) told(connection, after);
  }

  private void told(Connection connection, Task task) throws SQLException {
    Optional<WebhookPolicy> policy = payloads.policy(task.dialect());
    if (policy.isEmpty() || !policy.get().firesOn(task.state().status())) return;
    queue(connection, task, EVENT, () -> payloads.payload(task), policy.get().timeout(), policy.get().retryDelays());
  }

  /**
   * Queues a message to the task's active target, if it has one (none, or one whose receiver
   * failed the challenge, is not written to); {@code body} is made only then.
   */
  private void queue(
      Connection connection, Task task, String kind, Supplier<String> body, Duration timeout, List<Duration> retries)
      throws SQLException {
    RetrySchedule schedule = RetrySchedule.of(retries);
    boolean queued =
        transaction.on(connection, handle -> {
          Optional<String> url = activeTarget(handle, task.id());
          if (url.isEmpty()) return false;
          long now = clock.millis();
          handle.createUpdate(QUEUE)
              .bind("id", "msg_" + HexFormat.of().formatHex(randomBytes(16)))
              .bind("task", task.id())
              .bind("key", task.keyId())
              .bind("kind", kind)
              .bind("url", url.get())
              .bind("body", body.get())
              .bind("maxAttempts", schedule.maxAttempts())
              .bind("timeoutMs", timeout.toMillis())
              .bind("retries", schedule.stored())
              .bind("now", now)
              .bind("copies", kind.equals(EVENT) && duplicated(task) ? 2 : 1)
              .execute();
          return true;
        });
    if (queued) onQueued.run();
  }

  private static boolean duplicated(Task task) {
    return task.request().scenario() != null && task.request().scenario().is(ScenarioName.WEBHOOK_DUPLICATE);
  }

  private static Optional<String> activeTarget(Handle handle, String taskId) {
    return handle.createQuery("SELECT url FROM webhook_targets WHERE task_id = :task AND state = 'ACTIVE'")
        .bind("task", taskId)
        .mapTo(String.class)
        .findFirst();
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}

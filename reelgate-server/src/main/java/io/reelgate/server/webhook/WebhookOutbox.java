package io.reelgate.server.webhook;

import io.reelgate.core.task.Task;
import io.reelgate.server.dialect.Dialect;
import io.reelgate.server.store.WrittenWithTask;
import io.reelgate.server.store.jdbc.TaskChangeHook;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The webhook outbox: when a task that has a callback URL changes to a status its dialect tells
 * of, a message is written in the same transaction as the change ({@link TaskChangeHook}), so a
 * crash loses neither or both; {@link WebhookDeliverer} sends what is pending. The body is made
 * then, by the dialect's {@link Dialect#webhookPayload}, and kept: a retry sends the same bytes.
 *
 * <p>The callback URL itself is written by {@link #target} in the transaction that inserts the
 * task, before the hooks run.
 */
public final class WebhookOutbox implements TaskChangeHook {
  static final String EVENT = "EVENT";
  static final String CHALLENGE = "CHALLENGE";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;
  private final Clock clock;
  private final Runnable onQueued;
  private volatile Map<String, Dialect> dialects = Map.of();

  /** {@code onQueued} runs after a message is queued (the deliverer's {@code wake}). */
  public WebhookOutbox(DataSource dataSource, Clock clock, Runnable onQueued) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.onQueued = onQueued;
  }

  /** The dialects whose tasks may have webhooks; set once they exist, before any task runs. */
  public void use(List<Dialect> dialects) {
    this.dialects = dialects.stream().collect(Collectors.toUnmodifiableMap(Dialect::name, Function.identity()));
  }

  /** The row that makes {@code url} the webhook target of the task it is inserted with. */
  public WrittenWithTask target(URI url) {
    return (connection, task) -> {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO webhook_targets (task_id, url, state, reason, created_at) VALUES (?, ?, 'ACTIVE', NULL, ?)")) {
        insert.setString(1, task.id());
        insert.setString(2, url.toString());
        insert.setLong(3, clock.millis());
        insert.executeUpdate();
      }
    };
  }

  @Override
  public void inserted(Connection connection, Task task) throws SQLException {
    Optional<WebhookPolicy> policy = policy(task);
    if (policy.isEmpty() || !policy.get().challenge()) return;
    String url = activeTarget(connection, task.id());
    if (url == null) return;
    String body = "{\"challenge\":\"" + HexFormat.of().formatHex(randomBytes(16)) + "\"}";
    queue(connection, task, CHALLENGE, url, body, WebhookPolicy.CHALLENGE_TIMEOUT, List.of());
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
    Optional<WebhookPolicy> policy = policy(task);
    if (policy.isEmpty() || !policy.get().firesOn(task.state().status())) return;
    String url = activeTarget(connection, task.id());
    if (url == null) return;
    String body = dialects.get(task.dialect()).webhookPayload(task);
    queue(connection, task, EVENT, url, body, policy.get().timeout(), policy.get().retryDelays());
  }

  private Optional<WebhookPolicy> policy(Task task) {
    Dialect dialect = dialects.get(task.dialect());
    return dialect == null ? Optional.empty() : dialect.webhookPolicy();
  }

  /** The task's callback URL, or null when it has none or its receiver failed the challenge. */
  private static String activeTarget(Connection connection, String taskId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT url FROM webhook_targets WHERE task_id = ? AND state = 'ACTIVE'")) {
      select.setString(1, taskId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private void queue(
      Connection connection, Task task, String kind, String url, String body, Duration timeout, List<Duration> retries)
      throws SQLException {
    long now = clock.millis();
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            INSERT INTO webhook_deliveries (id, task_id, seq, key_id, kind, url, body, status, attempts,
                max_attempts, timeout_ms, retry_delays_ms, next_attempt_at, last_error, created_at, done_at)
            VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM webhook_deliveries WHERE task_id = ?),
                ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, NULL, ?, NULL)
            """)) {
      int i = 0;
      insert.setString(++i, "msg_" + HexFormat.of().formatHex(randomBytes(16)));
      insert.setString(++i, task.id());
      insert.setString(++i, task.id());
      insert.setString(++i, task.keyId());
      insert.setString(++i, kind);
      insert.setString(++i, url);
      insert.setString(++i, body);
      insert.setInt(++i, 1 + retries.size());
      insert.setLong(++i, timeout.toMillis());
      insert.setString(++i, retries.stream().map(d -> Long.toString(d.toMillis())).collect(Collectors.joining(",")));
      insert.setLong(++i, now);
      insert.setLong(++i, now);
      insert.executeUpdate();
    }
    onQueued.run();
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}

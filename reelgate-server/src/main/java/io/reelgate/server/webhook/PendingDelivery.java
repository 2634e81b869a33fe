package io.reelgate.server.webhook;

import org.jdbi.v3.core.mapper.RowMapper;

/** A message due to be sent, as the store has it; {@code copies} is how many times each attempt sends it (2 for {@code webhook-duplicate}). */
record PendingDelivery(
    String id, String taskId, String keyId, String kind, String url, String body, int attempts, int maxAttempts,
    long timeoutMs, RetrySchedule retries, long nextAttemptAt, int copies) {
  /** The columns {@link #ROW} reads. */
  static final String COLUMNS =
      "id, task_id, key_id, kind, url, body, attempts, max_attempts, timeout_ms, retry_delays_ms, next_attempt_at, copies";

  static final RowMapper<PendingDelivery> ROW =
      (row, context) ->
          new PendingDelivery(
              row.getString("id"), row.getString("task_id"), row.getString("key_id"), row.getString("kind"),
              row.getString("url"), row.getString("body"), row.getInt("attempts"), row.getInt("max_attempts"),
              row.getLong("timeout_ms"), RetrySchedule.parse(row.getString("retry_delays_ms")),
              row.getLong("next_attempt_at"), row.getInt("copies"));

  boolean isChallenge() {
    return kind.equals(WebhookOutbox.CHALLENGE);
  }
}

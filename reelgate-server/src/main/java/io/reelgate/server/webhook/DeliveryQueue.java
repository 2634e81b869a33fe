package io.reelgate.server.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's pending messages as the deliverer works through them; their state lives only in
 * the store. A message is taken by a compare-and-set that pushes its next attempt past its
 * timeout (so another instance does not send it meanwhile, and a crash mid-send has it tried
 * again), and every attempt is recorded in {@code webhook_attempts}. A task's messages go out in
 * order: one waits while an earlier one of the same task is pending.
 *
 * <p>A challenge that fails has the task's target REFUSED with the reason, and the task's other
 * messages SKIPPED.
 */
final class DeliveryQueue {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryQueue.class);
  private static final int BATCH = 16;
  /** How long past its timeout a taken message stays taken, should this instance die mid-send. */
  private static final Duration TAKEN_MARGIN = Duration.ofSeconds(30);

  private static final String DUE =
      """
      SELECT %s
        FROM webhook_deliveries d
       WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                          WHERE e.task_id = d.task_id AND e.status = 'PENDING' AND e.seq < d.seq)
       ORDER BY d.next_attempt_at
       LIMIT %d
      """.formatted(PendingDelivery.COLUMNS, BATCH);

  private final WebhookDb db;
  private final Clock clock;
  private final double delayScale;

  /** {@code delayScale}: a factor on every retry pause (1 in service; tests shrink the pauses). */
  DeliveryQueue(WebhookDb db, Clock clock, double delayScale) {
    this.db = db;
    this.clock = clock;
    this.delayScale = delayScale;
  }

  /** The messages due now, at most a batch, each the oldest pending one of its task. */
  List<PendingDelivery> due() {
    return db.withHandle(
        "read the due webhook deliveries",
        handle -> handle.createQuery(DUE).bind("now", clock.millis()).map(PendingDelivery.ROW).list());
  }

  /**
   * Takes the message for this instance: false when another took it first, or when its target
   * was refused meanwhile (an event queued by a task change that committed just after the
   * challenge failed is skipped here, with the target's reason, rather than sent).
   */
  boolean take(PendingDelivery message) {
    long now = clock.millis();
    long until = now + message.timeoutMs() + TAKEN_MARGIN.toMillis();
    return db.withHandle(
        "take webhook delivery " + message.id(),
        handle -> {
          int skipped =
              handle.createUpdate(
                      "UPDATE webhook_deliveries SET status = 'SKIPPED', done_at = :now, last_error ="
                          + " (SELECT t.reason FROM webhook_targets t WHERE t.task_id = webhook_deliveries.task_id)"
                          + " WHERE id = :id AND status = 'PENDING' AND EXISTS (SELECT 1 FROM webhook_targets t"
                          + " WHERE t.task_id = webhook_deliveries.task_id AND t.state = 'REFUSED')")
                  .bind("now", now)
                  .bind("id", message.id())
                  .execute();
          if (skipped == 1) return false;
          return handle.createUpdate(
                      "UPDATE webhook_deliveries SET next_attempt_at = :until"
                          + " WHERE id = :id AND status = 'PENDING' AND next_attempt_at = :taken")
                  .bind("until", until)
                  .bind("id", message.id())
                  .bind("taken", message.nextAttemptAt())
                  .execute()
              == 1;
        });
  }

  /** Records the attempt and what follows from it: delivered, tried again after a pause, or failed. */
  void record(PendingDelivery message, AttemptOutcome outcome) {
    long now = clock.millis();
    int attempts = message.attempts() + 1;
    db.useTransaction("record an attempt of webhook delivery " + message.id(), handle -> {
      handle.createUpdate(
              "INSERT INTO webhook_attempts (delivery_id, attempt, at, http_status, error)"
                  + " VALUES (:id, :attempt, :at, :status, :error)")
          .bind("id", message.id())
          .bind("attempt", attempts)
          .bind("at", now)
          .bind("status", outcome.httpStatus())
          .bind("error", outcome.error())
          .execute();
      if (outcome.delivered()) {
        handle.createUpdate(
                "UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = :attempts, last_error = NULL,"
                    + " done_at = :now WHERE id = :id")
            .bind("attempts", attempts)
            .bind("now", now)
            .bind("id", message.id())
            .execute();
      } else if (outcome.retryable() && attempts < message.maxAttempts()) {
        handle.createUpdate(
                "UPDATE webhook_deliveries SET attempts = :attempts, last_error = :error, next_attempt_at = :next"
                    + " WHERE id = :id")
            .bind("attempts", attempts)
            .bind("error", outcome.error())
            .bind("next", now + message.retries().pauseAfterMs(attempts, delayScale))
            .bind("id", message.id())
            .execute();
      } else {
        fail(handle, message, attempts, outcome.error(), now);
      }
    });
  }

  private static void fail(Handle handle, PendingDelivery message, int attempts, String error, long now) {
    handle.createUpdate(
            "UPDATE webhook_deliveries SET status = 'FAILED', attempts = :attempts, last_error = :error,"
                + " done_at = :now WHERE id = :id")
        .bind("attempts", attempts)
        .bind("error", error)
        .bind("now", now)
        .bind("id", message.id())
        .execute();
    if (message.isChallenge()) refuseTarget(handle, message.taskId(), error, now);
    LOG.info("webhook {} of task {} failed after {} attempt(s): {}", message.id(), message.taskId(), attempts, error);
  }

  /** The receiver failed the challenge: the callback URL is not used, and why is kept. */
  private static void refuseTarget(Handle handle, String taskId, String error, long now) {
    String reason = "the callback URL is not used: " + error;
    handle.createUpdate("UPDATE webhook_targets SET state = 'REFUSED', reason = :reason WHERE task_id = :task")
        .bind("reason", reason)
        .bind("task", taskId)
        .execute();
    handle.createUpdate(
            "UPDATE webhook_deliveries SET status = 'SKIPPED', last_error = :reason, done_at = :now"
                + " WHERE task_id = :task AND status = 'PENDING'")
        .bind("reason", reason)
        .bind("now", now)
        .bind("task", taskId)
        .execute();
  }
}

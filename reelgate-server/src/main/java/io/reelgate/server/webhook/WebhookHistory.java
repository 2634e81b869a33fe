package io.reelgate.server.webhook;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** What became of a task's webhooks: its messages and its target, for the operator and the tests. */
final class WebhookHistory {
  /** A message as the store has it. */
  public record Delivery(String id, String kind, String status, int attempts, String lastError, String body) {}

  /** A task's webhook target: ACTIVE, or REFUSED with the reason. */
  public record Target(String url, String state, String reason) {}

  private final WebhookDb db;

  public WebhookHistory(Jdbi jdbi) {
    this.db = new WebhookDb(jdbi);
  }

  /** The task's messages, oldest first. */
  public List<Delivery> deliveries(String taskId) {
    return db.withHandle(
        "read the webhook deliveries of task " + taskId,
        handle ->
            handle.createQuery(
                    "SELECT id, kind, status, attempts, last_error, body FROM webhook_deliveries"
                        + " WHERE task_id = :task ORDER BY seq")
                .bind("task", taskId)
                .map(
                    (row, context) ->
                        new Delivery(row.getString("id"), row.getString("kind"), row.getString("status"),
                            row.getInt("attempts"), row.getString("last_error"), row.getString("body")))
                .list());
  }

  /** The task's webhook target, if it has one. */
  public Optional<Target> target(String taskId) {
    return db.withHandle(
        "read the webhook target of task " + taskId,
        handle ->
            handle.createQuery("SELECT url, state, reason FROM webhook_targets WHERE task_id = :task")
                .bind("task", taskId)
                .map((row, context) -> new Target(row.getString("url"), row.getString("state"), row.getString("reason")))
                .findOne());
  }
}

package io.reelgate.server.webhook;

import io.reelgate.server.store.WrittenWithTask;
import io.reelgate.server.store.jdbc.JoinedTransaction;
import io.reelgate.server.task.CallbackTargets;
import java.net.URI;
import java.time.Clock;

/**
 * Where each task's webhooks go: the {@code webhook_targets} row of a task that gave a callback
 * URL, written in the transaction that inserts the task, so that a task never exists without its
 * target nor a target without its task.
 */
public final class WebhookTargets implements CallbackTargets {
  private final Clock clock;
  private final JoinedTransaction transaction = new JoinedTransaction();

  public WebhookTargets(Clock clock) {
    this.clock = clock;
  }

  @Override
  public WrittenWithTask target(URI url) {
    return (connection, task) ->
        transaction.on(connection, handle ->
            handle.createUpdate(
                    "INSERT INTO webhook_targets (task_id, url, state, reason, created_at)"
                        + " VALUES (:task, :url, 'ACTIVE', NULL, :at)")
                .bind("task", task.id())
                .bind("url", url.toString())
                .bind("at", clock.millis())
                .execute());
  }
}

package io.reelgate.server.webhook;

import io.reelgate.core.task.Task;
import java.util.Optional;

/**
 * What the {@link WebhookOutbox} asks of the dialects, by a task's dialect name: how its webhooks
 * behave, and the body that tells of a task in its shape. The server implements it from its
 * dialects, so that this package does not depend on them.
 */
public interface WebhookPayloads {
  /** How the webhooks of dialect {@code dialect} behave; empty when it sends none. */
  Optional<WebhookPolicy> policy(String dialect);

  /** The JSON body of a webhook telling of {@code task} as it is now, in its dialect's shape. */
  String payload(Task task);
}

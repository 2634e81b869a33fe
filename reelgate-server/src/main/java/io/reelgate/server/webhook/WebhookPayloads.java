package io.reelgate.server.webhook;

import io.reelgate.core.task.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the {@link WebhookOutbox} asks of the dialects, by a task's dialect name: how its webhooks
 * behave, and the body that tells of a task in its shape ({@link #of} the dialects' {@link
 * WebhookFormat}s), so that this package does not depend on them.
 */
public interface WebhookPayloads {
  /** How the webhooks of dialect {@code dialect} behave; empty when it sends none. */
  Optional<WebhookPolicy> policy(String dialect);

  /** The JSON body of a webhook telling of {@code task} as it is now, in its dialect's shape. */
  String payload(Task task);

  /** The payloads of {@code formats}, one per dialect; a dialect with none sends no webhooks. */
  static WebhookPayloads of(List<WebhookFormat> formats) {
    Map<String, WebhookFormat> byDialect =
        formats.stream().collect(Collectors.toUnmodifiableMap(WebhookFormat::dialect, format -> format));
    return new WebhookPayloads() {
      @Override
      public Optional<WebhookPolicy> policy(String dialect) {
        return Optional.ofNullable(byDialect.get(dialect)).map(WebhookFormat::policy);
      }

      @Override
      public String payload(Task task) {
        return byDialect.get(task.dialect()).payload(task);
      }
    };
  }
}

package io.reelgate.server.dialect.evolink;

import io.reelgate.core.task.Task;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.webhook.WebhookFormat;
import io.reelgate.server.webhook.WebhookPolicy;
import java.time.Duration;

/** Evolink's webhooks: the task detail, as {@code GET /v1/tasks/{task_id}} answers it, once the task ends. */
public final class EvolinkWebhooks implements WebhookFormat {
  /** {@code callback_url}: on completed, failed and cancelled; 10 s to answer; 3 retries after 1, 2 and 4 s. */
  private static final WebhookPolicy POLICY =
      new WebhookPolicy(Duration.ofSeconds(10), WebhookPolicy.doubling(Duration.ofSeconds(1), 3), WebhookPolicy.ENDS, false);

  private final LinkSigner links;

  public EvolinkWebhooks(LinkSigner links) {
    this.links = links;
  }

  @Override
  public String dialect() {
    return EvolinkDialect.NAME;
  }

  @Override
  public WebhookPolicy policy() {
    return POLICY;
  }

  @Override
  public String payload(Task task) {
    return EvolinkJson.text(EvolinkTaskDetail.of(task, links));
  }
}

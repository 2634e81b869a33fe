package io.reelgate.server.dialect.minimaxv2;

import io.reelgate.core.task.Status;
import io.reelgate.core.task.Task;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.webhook.WebhookFormat;
import io.reelgate.server.webhook.WebhookPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * MiniMax V2's webhooks, as its V1 ones (its V2 page does not say otherwise, unconfirmed): a
 * challenge first, then the query's body ({@code {"task": {...}}}) when the task starts and when
 * it ends; 10 s to answer, 3 more tries after 5, 10 and 20 s.
 */
final class MiniMaxV2Webhooks implements WebhookFormat {
  private static final WebhookPolicy POLICY =
      new WebhookPolicy(
          Duration.ofSeconds(10),
          WebhookPolicy.doubling(Duration.ofSeconds(5), 3),
          Set.of(Status.PROCESSING, Status.SUCCEEDED, Status.FAILED, Status.CANCELLED),
          true);

  private final LinkSigner links;

  MiniMaxV2Webhooks(LinkSigner links) {
    this.links = links;
  }

  @Override
  public String dialect() {
    return MiniMaxV2Dialect.NAME;
  }

  @Override
  public WebhookPolicy policy() {
    return POLICY;
  }

  @Override
  public String payload(Task task) {
    return V2Json.text(Map.of("task", V2Task.of(task, links)));
  }
}

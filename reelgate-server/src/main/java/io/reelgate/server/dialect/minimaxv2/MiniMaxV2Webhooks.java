package io.reelgate.server.dialect.minimaxv2;

import io.reelgate.core.task.Task;
import io.reelgate.server.dialect.minimax.MiniMaxWebhooks;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.webhook.WebhookFormat;
import io.reelgate.server.webhook.WebhookPolicy;
import java.util.Map;

/**
 * MiniMax V2's webhooks, as its V1 ones (its V2 page does not say otherwise, unconfirmed): a
 * challenge first, then the query's body ({@code {"task": {...}}}) when the task starts and when
 * it ends; 10 s to answer, 3 more tries after 5, 10 and 20 s.
 */
final class MiniMaxV2Webhooks implements WebhookFormat {
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
    return MiniMaxWebhooks.POLICY;
  }

  @Override
  public String payload(Task task) {
    return V2Json.text(Map.of("task", V2Task.of(task, links)));
  }
}

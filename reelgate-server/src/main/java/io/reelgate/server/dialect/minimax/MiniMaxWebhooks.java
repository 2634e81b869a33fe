package io.reelgate.server.dialect.minimax;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.webhook.WebhookFormat;
import io.reelgate.server.webhook.WebhookPolicy;
import java.time.Duration;
import java.util.Set;

/** MiniMax's webhooks: the body of {@code GET /v1/query/video_generation}. */
public final class MiniMaxWebhooks implements WebhookFormat {
  /**
   * {@code callback_url}: a challenge first, then the query-shaped body when the task starts
   * (Processing) and when it ends. MiniMax documents no retries; Reelgate tries 3 more times
   * after 5, 10 and 20 s, giving the receiver 10 s each time. MiniMax's V2 API shares it.
   */
  public static final WebhookPolicy POLICY =
      new WebhookPolicy(
          Duration.ofSeconds(10),
          WebhookPolicy.doubling(Duration.ofSeconds(5), 3),
          Set.of(Status.PROCESSING, Status.SUCCEEDED, Status.FAILED, Status.CANCELLED),
          true);

  @Override
  public String dialect() {
    return MiniMaxDialect.NAME;
  }

  @Override
  public WebhookPolicy policy() {
    return POLICY;
  }

  @Override
  public String payload(Task task) {
    return MiniMaxJson.text(MiniMaxQueryResult.of(task));
  }
}

package io.reelgate.server.dialect.novita;

import io.reelgate.core.task.Task;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.webhook.WebhookFormat;
import io.reelgate.server.webhook.WebhookPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Novita's webhooks: {@code {"event_type": "ASYNC_TASK_RESULT", "payload": <the task result>}} once the task ends. */
public final class NovitaWebhooks implements WebhookFormat {
  /**
   * {@code extra.webhook.url}: 5 s to answer, up to 5 retries on a timeout or a non-2xx answer.
   * Novita does not document the pauses between retries; Reelgate waits 5 s and doubles.
   */
  private static final WebhookPolicy POLICY =
      new WebhookPolicy(Duration.ofSeconds(5), WebhookPolicy.doubling(Duration.ofSeconds(5), 5), WebhookPolicy.ENDS, false);

  private final LinkSigner links;

  public NovitaWebhooks(LinkSigner links) {
    this.links = links;
  }

  @Override
  public String dialect() {
    return NovitaDialect.NAME;
  }

  @Override
  public WebhookPolicy policy() {
    return POLICY;
  }

  @Override
  public String payload(Task task) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event_type", "ASYNC_TASK_RESULT");
    // Sent once the task has ended: nothing is left to wait for.
    body.put("payload", NovitaTaskResult.of(task, links, 0));
    return NovitaJson.text(body);
  }
}

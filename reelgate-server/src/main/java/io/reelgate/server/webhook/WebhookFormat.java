package io.reelgate.server.webhook;

import io.reelgate.core.task.Task;

/**
 * How one dialect tells of its tasks by webhook, as its provider documents it: when and how often
 * ({@link #policy()}), and in what body. A dialect package implements it; it needs only the result
 * links and a clock, so that it exists before the task store whose changes it describes.
 */
public interface WebhookFormat {
  /** The dialect whose tasks it tells of, as stored with them. */
  String dialect();

  WebhookPolicy policy();

  /** The JSON body of a webhook telling of {@code task} as it is now. */
  String payload(Task task);
}

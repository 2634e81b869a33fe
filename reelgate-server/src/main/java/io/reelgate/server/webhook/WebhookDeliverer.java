package io.reelgate.server.webhook;

import io.reelgate.core.net.GuardedHttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's pending messages ({@link WebhookOutbox}): a thread looks at the store every
 * poll, or at once when woken, takes the messages due ({@link DeliveryQueue}), sends them all at
 * once ({@link WebhookSender}) and records how each attempt went. A message that fails is tried
 * again after its dialect's next pause, until its retries are spent and it is FAILED.
 */
public final class WebhookDeliverer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliverer.class);

  /**
   * How often the store is looked at for due messages, and a factor on every retry pause (1 in
   * service; tests shrink the pauses).
   */
  public record Timing(Duration poll, double delayScale) {
    public static final Timing REAL = new Timing(Duration.ofMillis(500), 1.0);
  }

  private final DeliveryQueue queue;
  private final WebhookSender sender;
  private final Timing timing;
  private final Semaphore wakeUp = new Semaphore(0);
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private volatile boolean running;
  private Thread loop;

  public WebhookDeliverer(Jdbi jdbi, GuardedHttpClient client, WebhookSecrets secrets, Clock clock, Timing timing) {
    this.queue = new DeliveryQueue(new WebhookDb(jdbi), clock, timing.delayScale());
    this.sender = new WebhookSender(client, secrets, clock);
    this.timing = timing;
  }

  public synchronized void start() {
    if (loop != null) return;
    running = true;
    loop = Thread.ofPlatform().name("reelgate-webhooks").daemon().start(this::run);
  }

  /** Looks for due messages now rather than at the next poll. */
  public void wake() {
    wakeUp.release();
  }

  private void run() {
    while (running) {
      try {
        sendDue();
      } catch (RuntimeException e) {
        LOG.warn("webhook delivery round failed: {}", e.toString(), e);
      }
      try {
        wakeUp.tryAcquire(timing.poll().toMillis(), TimeUnit.MILLISECONDS);
        wakeUp.drainPermits();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Sends every message due now, at once, and waits for their answers; how many were sent. */
  public int sendDue() {
    List<Future<?>> sent = new ArrayList<>();
    for (PendingDelivery message : queue.due()) {
      if (queue.take(message)) sent.add(senders.submit(() -> queue.record(message, sender.send(message))));
    }
    for (Future<?> future : sent) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        LOG.warn("a webhook delivery failed unexpectedly: {}", e.getCause().toString(), e.getCause());
      }
    }
    return sent.size();
  }

  /** Stops looking for messages; one being sent is recorded or, if cut off, sent again later. */
  @Override
  public void close() throws InterruptedException {
    Thread thread;
    synchronized (this) {
      running = false;
      thread = loop;
    }
    if (thread != null) {
      thread.interrupt();
      thread.join(Duration.ofSeconds(5));
    }
    senders.shutdownNow();
    senders.awaitTermination(5, TimeUnit.SECONDS);
  }
}

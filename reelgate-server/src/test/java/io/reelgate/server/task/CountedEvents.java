package io.reelgate.server.task;

import io.reelgate.server.limits.RateLimit;
import io.reelgate.server.limits.RateLimiter;
import io.reelgate.server.files.Storage;
import io.reelgate.server.store.TaskStore;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the tasks {@link TaskService} tells the workers of, for tests of the service alone. */
final class CountedEvents implements TaskEvents {
  final AtomicInteger accepted = new AtomicInteger();

  @Override
  public void accepted() {
    accepted.incrementAndGet();
  }

  @Override
  public void cancelled(String taskId) {}

  /** A service with no rate limit, no prices and no webhooks, telling {@code events}. */
  static TaskService service(TaskStore store, Storage storage, Clock clock, TaskEvents events) {
    return new TaskService(new RateLimiter(RateLimit.OFF, clock), CreditCheck.NONE, storage, CallbackTargets.NONE, store,
        events, clock);
  }
}

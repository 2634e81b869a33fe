package io.reelgate.server.task;

import io.reelgate.server.store.TaskStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every third of a lease, renews the lease of each task the pool holds (a claim whose renewal
 * fails was taken from it, and is lost), then hands back to the queue any task whose lease ran
 * out, whichever instance held it.
 */
final class LeaseRenewal {
  private static final Logger log = LoggerFactory.getLogger(LeaseRenewal.class);

  private final TaskStore store;
  private final Claims claims;
  private final Clock clock;
  private final Duration lease;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "reelgate-leases");
            thread.setDaemon(true);
            return thread;
          });

  LeaseRenewal(TaskStore store, Claims claims, Clock clock, Duration lease) {
    this.store = store;
    this.claims = claims;
    this.clock = clock;
    this.lease = lease;
  }

  void start() {
    long every = lease.toMillis() / 3;
    timer.scheduleWithFixedDelay(this::renewAndRequeue, every, every, TimeUnit.MILLISECONDS);
  }

  void stop() {
    timer.shutdownNow();
  }

  private void renewAndRequeue() {
    Instant until = clock.instant().plus(lease);
    for (Claim claim : claims) {
      String id = claim.task().id();
      try {
        if (!store.renewLease(id, claim.leaseOwner(), until)) {
          log.warn("task {}: lease lost", id);
          claim.lose();
        }
      } catch (RuntimeException e) {
        log.warn("task {}: cannot renew its lease", id, e);
      }
    }
    try {
      int requeued = store.requeueExpired(clock.instant());
      if (requeued > 0) log.info("{} task(s) whose lease expired are back in the queue", requeued);
    } catch (RuntimeException e) {
      log.warn("cannot requeue tasks with expired leases", e);
    }
  }
}

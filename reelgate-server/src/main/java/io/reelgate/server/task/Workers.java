package io.reelgate.server.task;

import io.reelgate.core.task.Task;
import io.reelgate.server.store.ModelFilter;
import io.reelgate.server.store.TaskStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pool's worker threads: each claims the next task its pool may take, has the {@link
 * TaskRunner} run it, and claims again, until the pool drains. An idle worker sleeps until it is
 * woken or its next look at the queue.
 */
final class Workers {
  private static final Logger log = LoggerFactory.getLogger(Workers.class);

  private final TaskStore store;
  private final ModelFilter models;
  private final Duration lease;
  private final Clock clock;
  private final TaskRunner runner;
  private final Claims claims;
  private final Shutdown shutdown;
  private final int concurrency;
  /** Fresh for every process, so that a lease of a previous run is never mistaken for ours. */
  private final String workerId = "worker-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();

  private final AtomicLong claimsMade = new AtomicLong();
  private final Semaphore wakeUps = new Semaphore(0);
  private final List<Thread> threads = new ArrayList<>();

  Workers(TaskStore store, ModelFilter models, Duration lease, Clock clock, TaskRunner runner, Claims claims,
      Shutdown shutdown, int concurrency) {
    this.store = store;
    this.models = models;
    this.lease = lease;
    this.clock = clock;
    this.runner = runner;
    this.claims = claims;
    this.shutdown = shutdown;
    this.concurrency = concurrency;
  }

  String workerId() {
    return workerId;
  }

  /** Starts the threads, named after {@code engineName}. */
  void start(String engineName) {
    for (int i = 1; i <= concurrency; i++) {
      // Virtual threads for engines that wait (upstream polls), platform threads for those that compute.
      String name = "reelgate-" + engineName + "-" + i;
      Thread thread = models.only() ? Thread.ofVirtual().name(name).unstarted(this::work) : new Thread(this::work, name);
      threads.add(thread);
      thread.start();
    }
  }

  /** Tells an idle worker that a task is waiting. */
  void wake() {
    if (wakeUps.availablePermits() < concurrency) wakeUps.release();
  }

  /** Wakes every idle worker, to see that the pool drains. */
  void wakeAll() {
    wakeUps.release(concurrency);
  }

  /** Waits until the threads end or {@code deadline} (of {@link System#nanoTime}) passes. */
  void join(long deadline, boolean warnIfAlive) {
    for (Thread thread : threads) {
      try {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        if (warnIfAlive && thread.isAlive()) log.warn("{} did not stop in time", thread.getName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void work() {
    while (!shutdown.draining()) {
      Optional<Task> claimed;
      // Each claim its own lease owner: a thread whose lease ran out (a long pause) and whose task
      // another thread of this pool took in the meantime must see its renewals fail.
      String leaseOwner = workerId + "-" + claimsMade.incrementAndGet();
      try {
        claimed = store.claimNext(leaseOwner, clock.instant(), lease, models);
      } catch (RuntimeException e) {
        log.error("cannot claim a task; trying again shortly", e);
        idle();
        continue;
      }
      if (claimed.isEmpty()) {
        idle();
        continue;
      }
      run(new Claim(claimed.get(), Thread.currentThread(), leaseOwner));
    }
  }

  private void run(Claim claim) {
    claims.add(claim);
    try {
      if (shutdown.draining()) {
        runner.handBack(claim); // claimed as the drain began
      } else {
        runner.run(claim);
      }
    } catch (RuntimeException | Error e) {
      // Its lease is no longer renewed, so the task returns to the queue when it runs out.
      log.error("task {}: the worker broke down while running it", claim.task().id(), e);
    } finally {
      claims.remove(claim);
      if (!shutdown.stopping()) Thread.interrupted(); // an interrupt meant for that task, not for the next
    }
  }

  private void idle() {
    try {
      // Each idle worker looks every POLL_EVERY x half the pool: a pool of 64 upstream workers looks
      // 4 times a second in all, not 128 (each look is a write on the database). A submitted task
      // wakes a worker at once either way.
      wakeUps.tryAcquire(WorkerPool.POLL_EVERY.toMillis() * Math.max(1, concurrency / 2), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      // An interrupt meant for a render that just ended; the loop checks for the drain anyway.
    }
  }
}

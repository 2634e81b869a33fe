package io.reelgate.server.task;

import io.reelgate.core.render.Renderer;
import io.reelgate.core.task.Task;
import io.reelgate.server.storage.Storage;
import io.reelgate.server.store.ModelFilter;
import io.reelgate.server.store.TaskStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of worker threads that claim queued tasks and render them ({@link TaskRunner}).
 *
 * <p>A claimed task is leased to this process for a lease ({@link #LEASE} unless told otherwise),
 * renewed every third of it while it renders. If the process dies, the lease runs out and any instance hands
 * the task back to the queue. When the store is used by this process alone (the embedded SQLite
 * file, whose data folder the server locks), {@link #start} does not wait for that: every task
 * still PROCESSING was left by a previous run that died, and goes back to the queue at once. A
 * task is never failed because the server stopped.
 *
 * <p>Workers wake up when told ({@link #wake}, called for each submitted task, and by the store
 * when it hears of a task queued on another instance: {@link TaskStore#onTaskQueued}) and look
 * anyway every {@link #POLL_EVERY}, for tasks handed back by the lease checks or another instance.
 * Every third of a lease, besides renewing its own leases, each pool hands back to the queue any
 * task whose lease ran out, whichever instance held it.
 *
 * <p>Stopping is graceful when asked ({@link #drain}): no new claims, the renders under way get a
 * grace period to finish (their leases still renewed), and those still running at its end are
 * interrupted and handed back. {@link #close} is a drain with no grace.
 */
public final class WorkerPool implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);
  /** The lease of a claimed task unless the server is told otherwise. */
  public static final Duration LEASE = Duration.ofSeconds(30);
  /** The shortest lease: it is renewed every third of it, through the database. */
  public static final Duration SHORTEST_LEASE = Duration.ofSeconds(3);
  static final Duration POLL_EVERY = Duration.ofMillis(500);
  /** How long, after the renders were interrupted, the workers get to write them back. */
  private static final Duration HAND_BACK_WAIT = Duration.ofSeconds(10);
  // Every lease, however long, has run out by then.
  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

  private final TaskStore store;
  private final int concurrency;
  private final Clock clock;
  private final Path workDir;
  private final boolean ownWorkDir;
  private final Duration lease;
  private final TaskRunner runner;
  private final ModelFilter models;
  private final String engineName;
  /** Fresh for every process, so that a lease of a previous run is never mistaken for ours. */
  private final String workerId = "worker-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();

  private final AtomicLong claimsMade = new AtomicLong();
  private final Semaphore wakeUps = new Semaphore(0);
  private final Set<Claim> claims = ConcurrentHashMap.newKeySet();
  private final List<Thread> threads = new ArrayList<>();
  private ScheduledExecutorService leases;
  private TaskStore.Subscription queuedElsewhere;
  /** No more claims. */
  private volatile boolean draining;
  /** The renders under way are being interrupted and handed back. */
  private volatile boolean stopping;
  private boolean started;
  private boolean closed;

  /** Renders into a scratch folder of the system's temporary folder, removed on close. */
  public WorkerPool(TaskStore store, Storage storage, Renderer engine, int concurrency, Clock clock) {
    this(store, storage, new LocalRender(engine, storage), ModelFilter.ANY, concurrency, clock, createScratchFolder(), true, LEASE);
  }

  /**
   * Renders into {@code workDir} (best on the disk of the storage, so that storing a video is a
   * rename), a folder of this server alone: {@link #start} clears renders a crash left there.
   */
  public WorkerPool(TaskStore store, Storage storage, Renderer engine, int concurrency, Clock clock, Path workDir) {
    this(store, storage, new LocalRender(engine, storage), ModelFilter.ANY, concurrency, clock, workDir, false, LEASE);
  }

  /**
   * As above, with leases of {@code lease} (at least {@link #SHORTEST_LEASE}): a shorter lease
   * lets another instance take over a dead instance's tasks sooner, at the cost of more renewals.
   */
  public WorkerPool(TaskStore store, Storage storage, Renderer engine, int concurrency, Clock clock, Path workDir,
      Duration lease) {
    this(store, storage, new LocalRender(engine, storage), ModelFilter.ANY, concurrency, clock, workDir, false, lease);
  }

  /**
   * A pool that claims only the tasks {@code models} lets through and has {@code engine} make
   * them: the server runs one for its built-in renderer and one, of virtual threads that mostly
   * wait, for the models routed upstream. Each needs a {@code workDir} of its own, which {@link
   * #start} clears of what a crash left there.
   */
  public WorkerPool(TaskStore store, Storage storage, TaskEngine engine, ModelFilter models, int concurrency, Clock clock,
      Path workDir, Duration lease) {
    this(store, storage, engine, models, concurrency, clock, workDir, false, lease);
  }

  private WorkerPool(TaskStore store, Storage storage, TaskEngine engine, ModelFilter models, int concurrency, Clock clock,
      Path workDir, boolean ownWorkDir, Duration lease) {
    if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    if (lease.compareTo(SHORTEST_LEASE) < 0) {
      throw new IllegalArgumentException("the lease must be at least " + SHORTEST_LEASE.toSeconds() + " s: " + lease);
    }
    this.lease = lease;
    this.store = store;
    this.concurrency = concurrency;
    this.clock = clock;
    this.workDir = workDir;
    this.ownWorkDir = ownWorkDir;
    this.models = models;
    this.engineName = engine.name();
    this.runner = new TaskRunner(store, storage, engine, clock, workDir, () -> stopping);
  }

  /** Hands back tasks a previous run left PROCESSING, then starts the workers. */
  public synchronized void start() {
    if (started) throw new IllegalStateException("the worker pool is already started");
    started = true;
    try {
      Files.createDirectories(workDir);
      if (!ownWorkDir) clearLeftRenders();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the work folder " + workDir, e);
    }
    Instant expiredBefore = store.exclusiveToOneProcess() ? END_OF_TIME : clock.instant();
    int requeued = store.requeueExpired(expiredBefore, models);
    if (requeued > 0) log.info("{} task(s) left processing by a previous run are back in the queue", requeued);

    queuedElsewhere = store.onTaskQueued(this::wake);
    leases = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "reelgate-leases"));
    long renewEvery = lease.toMillis() / 3;
    leases.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    for (int i = 1; i <= concurrency; i++) {
      // Virtual threads for engines that wait (upstream polls), platform threads for those that compute.
      String name = "reelgate-" + engineName + "-" + i;
      Thread thread = waitsMostly() ? Thread.ofVirtual().name(name).unstarted(this::work) : new Thread(this::work, name);
      threads.add(thread);
      thread.start();
    }
    log.info("{} {} worker(s) started as {}, working in {}, leases of {} s", concurrency, engineName, workerId, workDir,
        lease.toSeconds());
  }

  /** Tells an idle worker that a task is waiting. */
  public void wake() {
    if (wakeUps.availablePermits() < concurrency) wakeUps.release();
  }

  /**
   * Stops the render of {@code taskId} if a worker of this pool holds it: the task was cancelled
   * (its compare-and-set already made it CANCELLED), so the worker is interrupted, writes nothing
   * and is free for the next task.
   */
  public void cancelled(String taskId) {
    for (Claim claim : claims) {
      if (claim.task().id().equals(taskId)) claim.lose();
    }
  }

  /**
   * Stops gracefully: claims no more tasks, gives the renders under way up to {@code grace} to
   * finish (renewing their leases meanwhile), then interrupts those still running and hands their
   * tasks back to the queue, for this or another instance to render again. Returns once the
   * workers have stopped. Drain the pool before closing the store's database.
   */
  public void drain(Duration grace) {
    synchronized (this) {
      if (draining) return;
      draining = true;
    }
    if (queuedElsewhere != null) queuedElsewhere.close();
    wakeUps.release(concurrency); // idle workers see draining at once
    int running = claims.size();
    if (running > 0) log.info("stopping: no new claims; {} render(s) under way get up to {} s to finish", running, grace.toSeconds());
    joinWorkers(System.nanoTime() + grace.toNanos(), false);
    synchronized (this) {
      stopping = true;
      if (leases != null) leases.shutdownNow();
      claims.forEach(Claim::interrupt);
      joinWorkers(System.nanoTime() + HAND_BACK_WAIT.toNanos(), true);
      if (ownWorkDir && !closed) deleteScratchFolder();
      closed = true;
    }
  }

  /** Stops claiming, interrupts the renders under way and hands their tasks back to the queue. */
  @Override
  public void close() {
    drain(Duration.ZERO);
  }

  private void joinWorkers(long deadline, boolean warn) {
    for (Thread thread : threads) {
      try {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        if (warn && thread.isAlive()) log.warn("{} did not stop in time", thread.getName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void work() {
    while (!draining) {
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
      Claim claim = new Claim(claimed.get(), Thread.currentThread(), leaseOwner);
      claims.add(claim);
      try {
        if (draining) {
          runner.handBack(claim); // claimed as drain() began
        } else {
          runner.run(claim);
        }
      } catch (RuntimeException | Error e) {
        // Its lease is no longer renewed, so the task returns to the queue when it runs out.
        log.error("task {}: the worker broke down while running it", claim.task().id(), e);
      } finally {
        claims.remove(claim);
        if (!stopping) Thread.interrupted(); // an interrupt meant for that task, not for the next
      }
    }
  }

  private boolean waitsMostly() {
    return models.only();
  }

  private void idle() {
    try {
      // Each idle worker looks every POLL_EVERY x half the pool: a pool of 64 upstream workers looks
      // 4 times a second in all, not 128 (each look is a write on the database). A submitted task
      // wakes a worker at once either way.
      wakeUps.tryAcquire(POLL_EVERY.toMillis() * Math.max(1, concurrency / 2), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      // An interrupt meant for a render that just ended; the loop checks stopping anyway.
    }
  }

  private void renewLeases() {
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

  private void clearLeftRenders() throws IOException {
    try (DirectoryStream<Path> left = Files.newDirectoryStream(workDir, "render-*.mp4")) {
      for (Path file : left) Files.deleteIfExists(file);
    }
  }

  private void deleteScratchFolder() {
    try (DirectoryStream<Path> left = Files.newDirectoryStream(workDir)) {
      for (Path file : left) Files.deleteIfExists(file);
      Files.deleteIfExists(workDir);
    } catch (IOException e) {
      log.warn("cannot delete the scratch folder {}", workDir, e);
    }
  }

  private static Path createScratchFolder() {
    try {
      return Files.createTempDirectory("reelgate-render-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch folder for renders", e);
    }
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}

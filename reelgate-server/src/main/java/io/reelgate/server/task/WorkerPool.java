package io.reelgate.server.task;

import io.reelgate.server.files.Storage;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of workers ({@link Workers}) that claim queued tasks and have a {@link
 * TaskEngine} make them ({@link TaskRunner}). The server runs one pool for its built-in renderer
 * and one, of virtual threads that mostly wait, for the models routed upstream; each claims only
 * the tasks its {@link ModelFilter} lets through, and has a work folder of its own (best on the
 * disk of the storage, so that storing a video is a rename), which {@link #start} clears of what
 * a crash left there.
 *
 * <p>A claimed task is leased to this process for a lease ({@link #LEASE} unless told otherwise),
 * renewed every third of it while it renders ({@link LeaseRenewal}). If the process dies, the
 * lease runs out and any instance hands the task back to the queue. When the store is used by
 * this process alone (the embedded SQLite file, whose data folder the server locks), {@link
 * #start} does not wait for that: every task still PROCESSING was left by a previous run that
 * died, and goes back to the queue at once. A task is never failed because the server stopped.
 *
 * <p>Workers wake up when told ({@link #wake}, called for each submitted task, and by the store
 * when it hears of a task queued on another instance: {@link TaskStore#onTaskQueued}) and look
 * anyway every {@link #POLL_EVERY}, for tasks handed back by the lease checks or another instance.
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
  private final ModelFilter models;
  private final int concurrency;
  private final Clock clock;
  private final Path workDir;
  private final Duration lease;
  private final String engineName;
  private final Shutdown shutdown = new Shutdown();
  private final Claims claims = new Claims();
  private final Workers workers;
  private final LeaseRenewal leases;
  private TaskStore.Subscription queuedElsewhere;
  private boolean started;

  /**
   * A pool of {@code concurrency} workers that claim the tasks {@code models} lets through and have
   * {@code engine} make them in {@code workDir}, a folder of this pool alone, with leases of {@code
   * lease} (at least {@link #SHORTEST_LEASE}: a shorter lease lets another instance take over a
   * dead instance's tasks sooner, at the cost of more renewals).
   */
  public WorkerPool(TaskStore store, Storage storage, TaskEngine engine, ModelFilter models, int concurrency, Clock clock,
      Path workDir, Duration lease) {
    if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    if (lease.compareTo(SHORTEST_LEASE) < 0) {
      throw new IllegalArgumentException("the lease must be at least " + SHORTEST_LEASE.toSeconds() + " s: " + lease);
    }
    this.store = store;
    this.models = models;
    this.concurrency = concurrency;
    this.clock = clock;
    this.workDir = workDir;
    this.lease = lease;
    this.engineName = engine.name();
    TaskRunner runner = new TaskRunner(store, storage, engine, clock, workDir, shutdown);
    this.workers = new Workers(store, models, lease, clock, runner, claims, shutdown, concurrency);
    this.leases = new LeaseRenewal(store, claims, clock, lease);
  }

  /** Hands back tasks a previous run left PROCESSING, then starts the workers. */
  public synchronized void start() {
    if (started) throw new IllegalStateException("the worker pool is already started");
    started = true;
    prepareWorkFolder();
    Instant expiredBefore = store.exclusiveToOneProcess() ? END_OF_TIME : clock.instant();
    int requeued = store.requeueExpired(expiredBefore, models);
    if (requeued > 0) log.info("{} task(s) left processing by a previous run are back in the queue", requeued);

    queuedElsewhere = store.onTaskQueued(this::wake);
    leases.start();
    workers.start(engineName);
    log.info("{} {} worker(s) started as {}, working in {}, leases of {} s", concurrency, engineName, workers.workerId(),
        workDir, lease.toSeconds());
  }

  /** Tells an idle worker that a task is waiting. */
  public void wake() {
    workers.wake();
  }

  /**
   * Stops the render of {@code taskId} if a worker of this pool holds it: the task was cancelled
   * (its compare-and-set already made it CANCELLED), so the worker is interrupted, writes nothing
   * and is free for the next task.
   */
  public void cancelled(String taskId) {
    claims.lose(taskId);
  }

  /**
   * Stops gracefully: claims no more tasks, gives the renders under way up to {@code grace} to
   * finish (renewing their leases meanwhile), then interrupts those still running and hands their
   * tasks back to the queue, for this or another instance to render again. Returns once the
   * workers have stopped. Drain the pool before closing the store's database.
   */
  public void drain(Duration grace) {
    if (!shutdown.beginDraining()) return;
    synchronized (this) {
      if (queuedElsewhere != null) queuedElsewhere.close();
    }
    workers.wakeAll(); // idle workers see the drain at once
    int running = claims.count();
    if (running > 0) log.info("stopping: no new claims; {} render(s) under way get up to {} s to finish", running, grace.toSeconds());
    workers.join(System.nanoTime() + grace.toNanos(), false);
    synchronized (this) {
      shutdown.beginStopping();
      leases.stop();
      claims.interruptAll();
      workers.join(System.nanoTime() + HAND_BACK_WAIT.toNanos(), true);
    }
  }

  /** Stops claiming, interrupts the renders under way and hands their tasks back to the queue. */
  @Override
  public void close() {
    drain(Duration.ZERO);
  }

  /** Creates the work folder, or clears it of renders a crash left there. */
  private void prepareWorkFolder() {
    try {
      Files.createDirectories(workDir);
      try (DirectoryStream<Path> left = Files.newDirectoryStream(workDir, "render-*.mp4")) {
        for (Path file : left) Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the work folder " + workDir, e);
    }
  }
}

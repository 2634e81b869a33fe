package io.reelgate.server.task;

import io.reelgate.core.render.RenderResult;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.ReelgateException;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.files.Storage;
import io.reelgate.server.store.TaskStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed task to its end: its {@link TaskEngine} makes the video into a scratch file,
 * the video goes to storage, then the task is SUCCEEDED.
 *
 * <p>Who is at fault decides the outcome. Bad input (a picture that will not decode, a job the
 * engine refuses: a {@link ReelgateException} or an {@link IllegalArgumentException}) fails the
 * task at once, with the error's message and the field it names as its {@link TaskFailure}; an engine
 * that knows better says so with a {@link TaskFailedException}. Anything else is the server's problem
 * (a full disk, a database error, a bug): the task goes back to the queue, and only a task that
 * has been tried {@link #MAX_ATTEMPTS} times fails, with a reason that says so without leaking
 * the internal message. A task interrupted by the pool stopping (after its grace period) goes
 * back to the queue, whatever it was doing.
 */
final class TaskRunner {
  private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);
  static final int MAX_ATTEMPTS = 3;

  private final TaskStore store;
  private final Storage storage;
  private final TaskEngine engine;
  private final Clock clock;
  private final Path workDir;
  private final Shutdown shutdown;

  TaskRunner(TaskStore store, Storage storage, TaskEngine engine, Clock clock, Path workDir, Shutdown shutdown) {
    this.store = store;
    this.storage = storage;
    this.engine = engine;
    this.clock = clock;
    this.workDir = workDir;
    this.shutdown = shutdown;
  }

  void run(Claim claim) {
    Task task = claim.task();
    log.info("task {}: {} makes it (attempt {}, {} {} {} s)", task.id(), engine.name(), task.state().attempts(), task.request().model(),
        task.request().resolution(), task.request().durationSeconds());
    Path output = null;
    try {
      output = Files.createTempFile(workDir, "render-", ".mp4");
      RenderResult result = engine.make(task, output, new ProgressRecorder(store, claim));
      String resultKey = TaskService.resultKey(task.id());
      storage.put(resultKey, output);
      claim.finishing();
      write(claim, t -> t.withResult(resultKey, result.width(), result.height(), clock.instant()))
          .ifPresent(done -> log.info("task {}: succeeded, {}x{}, {} frames at {} fps", done.id(),
              result.width(), result.height(), result.frames(), result.fps()));
    } catch (Exception e) {
      Thread.interrupted(); // the outcome below must be written even after an interrupt
      claim.finishing();
      settleAfter(claim, e);
    } finally {
      deleteQuietly(output);
    }
  }

  /** Gives a task claimed as the pool began to stop straight back to the queue, unrendered. */
  void handBack(Claim claim) {
    claim.finishing();
    log.info("task {}: handed back to the queue as the server stops", claim.task().id());
    write(claim, t -> t.withStatus(Status.QUEUED, clock.instant()));
  }

  private void settleAfter(Claim claim, Exception e) {
    Task task = claim.task();
    if (claim.lost()) {
      log.warn("task {}: cancelled, or taken from this worker, while rendering; its outcome is not written", task.id());
      tellIfCancelled(task.id());
    } else if (shutdown.stopping()) {
      log.info("task {}: handed back to the queue as the server stops", task.id());
      write(claim, t -> t.withStatus(Status.QUEUED, clock.instant()));
    } else if (e instanceof TaskFailedException || e instanceof ReelgateException || e instanceof IllegalArgumentException) {
      log.info("task {}: failed: {}", task.id(), e.getMessage());
      write(claim, t -> t.withFailure(failureOf(e), clock.instant()));
    } else if (task.state().attempts() < MAX_ATTEMPTS) {
      log.warn("task {}: attempt {} broke on a server error; back to the queue", task.id(), task.state().attempts(), e);
      write(claim, t -> t.withStatus(Status.QUEUED, clock.instant()));
    } else {
      log.error("task {}: attempt {} broke on a server error; giving up", task.id(), task.state().attempts(), e);
      String reason = "internal error: the server failed to render this task " + task.state().attempts() + " times";
      write(claim, t -> t.withFailure(new TaskFailure(TaskFailure.Kind.INTERNAL, null, reason), clock.instant()));
    }
  }

  /** The failure that bad input or an engine's refusal stands for; the field at fault when the error names one. */
  private static TaskFailure failureOf(Exception e) {
    if (e instanceof TaskFailedException failed) return failed.failure();
    String field = e instanceof InvalidFieldException invalid ? invalid.field() : null;
    return new TaskFailure(TaskFailure.Kind.INVALID_INPUT, field, e.getMessage());
  }

  private void tellIfCancelled(String taskId) {
    try {
      store.find(taskId).filter(t -> t.state().status() == Status.CANCELLED).ifPresent(engine::cancelled);
    } catch (RuntimeException e) {
      log.warn("task {}: cannot tell whether it was cancelled", taskId, e);
    }
  }

  /** Compare-and-set from the claim's latest version; empty (and logged) when the task moved on. */
  private Optional<Task> write(Claim claim, UnaryOperator<Task> change) {
    Task current = claim.task();
    try {
      Optional<Task> saved = store.update(current, change.apply(current));
      saved.ifPresentOrElse(
          claim::stored,
          () -> log.warn("task {}: changed behind this worker; its outcome is not written", current.id()));
      return saved;
    } catch (RuntimeException e) {
      // Left PROCESSING: its lease runs out and the queue gets it back.
      log.error("task {}: cannot write its outcome; it returns to the queue when its lease expires", current.id(), e);
      return Optional.empty();
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) return;
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("cannot delete the scratch file {}", file, e);
    }
  }
}

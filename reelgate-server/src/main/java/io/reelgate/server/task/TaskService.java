package io.reelgate.server.task;

import io.reelgate.core.error.UnknownIdException;
import io.reelgate.core.error.TaskNotCancellableException;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.request.VideoRequest;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskStatus;
import io.reelgate.server.limits.RateLimit;
import io.reelgate.server.limits.RateLimiter;
import io.reelgate.server.storage.Storage;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.WrittenWithTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every dialect does with tasks: accept one, show one, list a key's. A key sees only its own
 * tasks; another key's task answers exactly as a missing one.
 */
public final class TaskService {
  private static final Logger LOG = LoggerFactory.getLogger(TaskService.class);
  private final TaskStore store;
  private final Storage storage;
  private final Clock clock;
  private final Runnable onSubmitted;
  private volatile Consumer<String> cancelListener = taskId -> {};
  private volatile BiConsumer<String, URI> callbackTargets = (taskId, url) -> {};
  private final RateLimiter limiter;
  private final FinishedTasks finished = new FinishedTasks();

  /** {@code onSubmitted} runs after each accepted task (the worker pool's {@code wake}). */
  public TaskService(TaskStore store, Storage storage, Clock clock, Runnable onSubmitted) {
    this(store, storage, clock, onSubmitted, new RateLimiter(RateLimit.OFF, clock));
  }

  /** With {@code limiter} applied to each key's creates. */
  public TaskService(TaskStore store, Storage storage, Clock clock, Runnable onSubmitted, RateLimiter limiter) {
    this.store = store;
    this.storage = storage;
    this.clock = clock;
    this.onSubmitted = onSubmitted;
    this.limiter = limiter;
  }

  /**
   * Accepts a validated request as a QUEUED task. The input pictures are stored before the task
   * is: an accepted task always has its inputs, and a crash in between leaves at worst a file no
   * task refers to. A create over the key's rate is refused first ({@link
   * io.reelgate.core.error.TooManyRequestsException}); one the store refuses (a key without enough
   * credit: {@link io.reelgate.core.error.InsufficientCreditException}) leaves no file behind.
   */
  public Task submit(String keyId, String dialect, String taskId, VideoRequest request) {
    return submit(keyId, dialect, taskId, request, WrittenWithTask.NOTHING);
  }

  /**
   * As {@link #submit(String, String, String, VideoRequest)}, writing {@code alongside} (the
   * create's idempotency record) in the transaction that inserts the task.
   */
  public Task submit(String keyId, String dialect, String taskId, VideoRequest request, WrittenWithTask alongside) {
    limiter.acquire(keyId);
    String firstFrameKey = storeImage(taskId, "first-frame", request.firstFrame());
    String lastFrameKey = storeImage(taskId, "last-frame", request.lastFrame());
    String expandedPrompt =
        request.promptExpansion() && request.script() != null ? request.script().prompt() : null;
    // The store keeps milliseconds; the task handed back is exactly the one stored.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Task task =
        new Task(
            taskId,
            keyId,
            dialect,
            request.model().id(),
            request.mode(),
            request.prompt(),
            expandedPrompt,
            request.durationSeconds(),
            request.resolution(),
            request.promptExpansion(),
            request.fastPretreatment(),
            firstFrameKey,
            lastFrameKey,
            TaskStatus.QUEUED,
            0,
            null,
            null,
            null,
            null,
            now,
            null,
            null,
            0,
            0);
    if (request.callbackUrl() != null) callbackTargets.accept(task.id(), request.callbackUrl());
    try {
      store.insert(task, alongside);
    } catch (RuntimeException e) {
      deleteQuietly(task.id(), firstFrameKey, e);
      deleteQuietly(task.id(), lastFrameKey, e);
      throw e;
    }
    // Logged within the create request: the line carries its request id beside the task id that the
    // worker's lines name, which ties a client's error message to the task's whole history.
    LOG.info("task {}: accepted ({} {} {} s, {})", task.id(), task.model(), task.resolution(), task.durationSeconds(), dialect);
    onSubmitted.run();
    return task;
  }

  /**
   * The key's task as created through {@code dialect} (each dialect's query endpoint reads the
   * tasks created through it); {@link UnknownIdException} when there is none, it belongs to
   * another key or it came through another dialect: all three look the same to the caller.
   */
  public Task get(String keyId, String dialect, String taskId) {
    return finished
        .find(taskId, store::find)
        .filter(task -> task.keyId().equals(keyId) && task.dialect().equals(dialect))
        .orElseThrow(() -> new UnknownIdException("task", taskId));
  }

  /**
   * Cancels the key's task: a QUEUED or PROCESSING task becomes CANCELLED by a compare-and-set
   * (tried again if a worker changed the task meanwhile), and the listeners of {@link
   * #onCancelled} hear of it at once, so that a worker of this instance rendering it stops; a
   * worker of another instance sees it when it next writes progress or renews its lease.
   *
   * @throws UnknownIdException as {@link #get}
   * @throws TaskNotCancellableException when the task has already ended
   */
  public Task cancel(String keyId, String dialect, String taskId) {
    while (true) {
      Task task = get(keyId, dialect, taskId);
      if (task.status().isTerminal()) throw new TaskNotCancellableException(taskId, task.status());
      Optional<Task> cancelled = store.update(task, task.withStatus(TaskStatus.CANCELLED, clock.instant()));
      if (cancelled.isPresent()) {
        cancelListener.accept(taskId);
        return cancelled.get();
      }
    }
  }

  /** Calls {@code listener} with the id of each task {@link #cancel} cancelled (the worker pool's). */
  public void onCancelled(Consumer<String> listener) {
    this.cancelListener = listener;
  }

  /**
   * Calls {@code targets} with the id and callback URL of each task that asked for webhooks, just
   * before the task is stored (the webhook outbox's {@code remember}).
   */
  public void onCallbackUrl(BiConsumer<String, URI> targets) {
    this.callbackTargets = targets;
  }

  /** The key's tasks, newest first. */
  public List<Task> list(String keyId, int limit, int offset) {
    return store.listByKey(keyId, limit, offset);
  }

  /** The size in bytes of a task's video; empty while it has none. */
  public OptionalLong resultSize(Task task) {
    if (task.resultKey() == null) return OptionalLong.empty();
    try {
      return storage.size(task.resultKey());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of the video of task " + task.id(), e);
    }
  }

  /** Where a task's picture is kept: {@code tasks/<id>/<name>}. */
  public static String inputKey(String taskId, String name) {
    return "tasks/" + taskId + "/" + name;
  }

  /** Where a task's video is kept. */
  public static String resultKey(String taskId) {
    return "tasks/" + taskId + "/result.mp4";
  }

  /** Deletes an input of a task that was not stored; a failure is added to {@code cause}. */
  private void deleteQuietly(String taskId, String key, RuntimeException cause) {
    if (key == null) return;
    try {
      storage.delete(key);
    } catch (IOException e) {
      cause.addSuppressed(new UncheckedIOException("cannot delete " + key + " of refused task " + taskId, e));
    }
  }

  private String storeImage(String taskId, String name, ImageInput image) {
    if (image == null) return null;
    String key = inputKey(taskId, name);
    try {
      storage.put(key, image.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the " + name + " of task " + taskId, e);
    }
    return key;
  }
}

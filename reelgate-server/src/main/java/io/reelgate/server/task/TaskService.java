package io.reelgate.server.task;

import io.reelgate.core.error.UnknownIdException;
import io.reelgate.core.task.TaskNotCancellableException;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskRequest;
import io.reelgate.core.task.Status;
import io.reelgate.server.limits.RateLimiter;
import io.reelgate.server.files.Storage;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.WrittenWithTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every dialect does with tasks: accept one, show one, list a key's. A key sees only its own
 * tasks; another key's task answers exactly as a missing one.
 */
public final class TaskService {
  private static final Logger LOG = LoggerFactory.getLogger(TaskService.class);
  private final RateLimiter limiter;
  private final CreditCheck credits;
  private final Storage storage;
  private final CallbackTargets callbacks;
  private final TaskStore store;
  private final TaskEvents events;
  private final Clock clock;
  private final RecentTasks recent = new RecentTasks(System::nanoTime);

  /**
   * In the order a create meets them: {@code limiter} refuses a key over its rate of creates,
   * {@code credits} a key that cannot pay; {@code storage} keeps the pictures, {@code store}
   * inserts the task with its {@code callbacks} target; {@code events} wakes the workers.
   */
  public TaskService(RateLimiter limiter, CreditCheck credits, Storage storage, CallbackTargets callbacks, TaskStore store,
      TaskEvents events, Clock clock) {
    this.limiter = limiter;
    this.credits = credits;
    this.storage = storage;
    this.callbacks = callbacks;
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Accepts a validated request as a QUEUED task, writing {@code alongside} (the create's
   * idempotency record) in the transaction that inserts it, with its webhook target and its
   * credit reservation. A create over the key's rate is refused first ({@link
   * io.reelgate.core.error.TooManyRequestsException}), then one the key cannot pay for ({@link
   * io.reelgate.core.error.InsufficientCreditException}), before anything is stored. The input
   * pictures are stored before the task is: an accepted task always has its inputs, and a crash in
   * between leaves at worst a file no task refers to; an insert that fails deletes them.
   */
  public Task submit(String keyId, String dialect, String taskId, ValidatedRequest request, WrittenWithTask alongside) {
    limiter.acquire(keyId);
    TaskRequest asked = requestOf(request, null, null);
    credits.ensureCanPay(keyId, asked);
    String firstFrameKey = storeImage(taskId, "first-frame", request.firstFrame());
    String lastFrameKey = storeImage(taskId, "last-frame", request.lastFrame());
    // The store keeps milliseconds; the task handed back is exactly the one stored.
    Task task = Task.accepted(taskId, keyId, dialect, clock.instant().truncatedTo(ChronoUnit.MILLIS),
        requestOf(request, firstFrameKey, lastFrameKey));
    WrittenWithTask target = request.callbackUrl() == null ? WrittenWithTask.NOTHING : callbacks.target(request.callbackUrl());
    try {
      store.insert(task, target.andThen(alongside));
    } catch (RuntimeException e) {
      deleteQuietly(task.id(), firstFrameKey, e);
      deleteQuietly(task.id(), lastFrameKey, e);
      throw e;
    }
    // Logged within the create request: the line carries its request id beside the task id that the
    // worker's lines name, which ties a client's error message to the task's whole history.
    LOG.info("task {}: accepted ({} {} {} s, {}{})", task.id(), asked.model(), asked.resolution(), asked.durationSeconds(), dialect,
        request.scenario() == null ? "" : ", scenario " + request.scenario());
    events.accepted();
    return task;
  }

  /** What the task asks for, its pictures kept under {@code firstFrameKey} and {@code lastFrameKey}. */
  private static TaskRequest requestOf(ValidatedRequest request, String firstFrameKey, String lastFrameKey) {
    String expandedPrompt = request.promptExpansion() ? request.script().prompt() : null;
    return new TaskRequest(request.model().id(), request.mode(), request.prompt(), expandedPrompt, request.script(),
        request.durationSeconds(), request.resolution(), request.promptExpansion(), request.fastPretreatment(),
        firstFrameKey, lastFrameKey, request.scenario());
  }

  /**
   * The key's task as created through {@code dialect} (each dialect's query endpoint reads the
   * tasks created through it); {@link UnknownIdException} when there is none, it belongs to
   * another key or it came through another dialect: all three look the same to the caller.
   */
  public Task get(String keyId, String dialect, String taskId) {
    return owned(recent.find(taskId, store::find), keyId, dialect, taskId);
  }

  /**
   * The key's task whatever dialect created it, for Reelgate's own routes; {@link
   * UnknownIdException} when there is none or it belongs to another key.
   */
  public Task getOwn(String keyId, String taskId) {
    return recent.find(taskId, store::find)
        .filter(task -> task.keyId().equals(keyId))
        .orElseThrow(() -> new UnknownIdException("task", taskId));
  }

  /**
   * Cancels the key's task: a QUEUED or PROCESSING task, read afresh from the store, becomes
   * CANCELLED by a compare-and-set (tried again if a worker changed the task meanwhile), and the {@link TaskEvents} hear of it at
   * once, so that a worker of this instance rendering it stops; a
   * worker of another instance sees it when it next writes progress or renews its lease.
   *
   * @throws UnknownIdException as {@link #get}
   * @throws TaskNotCancellableException when the task has already ended
   */
  public Task cancel(String keyId, String dialect, String taskId) {
    while (true) {
      Task task = owned(store.find(taskId), keyId, dialect, taskId);
      if (task.state().status().isTerminal()) throw new TaskNotCancellableException(taskId, task.state().status());
      Optional<Task> cancelled = store.update(task, task.withStatus(Status.CANCELLED, clock.instant()));
      if (cancelled.isPresent()) {
        recent.forget(taskId);
        events.cancelled(taskId);
        return cancelled.get();
      }
    }
  }

  private static Task owned(Optional<Task> found, String keyId, String dialect, String taskId) {
    return found
        .filter(task -> task.keyId().equals(keyId) && task.dialect().equals(dialect))
        .orElseThrow(() -> new UnknownIdException("task", taskId));
  }

  /** The key's tasks, newest first. */
  public List<Task> list(String keyId, int limit, int offset) {
    return store.listByKey(keyId, limit, offset);
  }

  /** The size in bytes of a task's video; empty while it has none. */
  public OptionalLong resultSize(Task task) {
    if (task.state().resultKey() == null) return OptionalLong.empty();
    try {
      return storage.size(task.state().resultKey());
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

package io.reelgate.server.task;

import io.reelgate.core.error.UnknownIdException;
import io.reelgate.core.task.TaskNotCancellableException;
import io.reelgate.core.media.ReferenceRole;
import io.reelgate.core.request.ReferenceFile;
import io.reelgate.core.task.StoredReference;
import java.util.EnumMap;
import java.util.Map;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
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
    TaskRequest asked = requestOf(request, null, null, List.of());
    credits.ensureCanPay(keyId, asked);
    String firstFrameKey = store(taskId, "first-frame", request.firstFrame() == null ? null : request.firstFrame().bytes());
    String lastFrameKey = store(taskId, "last-frame", request.lastFrame() == null ? null : request.lastFrame().bytes());
    List<StoredReference> references = storeReferences(taskId, request.references(), firstFrameKey);
    // The store keeps milliseconds; the task handed back is exactly the one stored.
    Task task = Task.accepted(taskId, keyId, dialect, clock.instant().truncatedTo(ChronoUnit.MILLIS),
        requestOf(request, firstFrameKey, lastFrameKey, references));
    WrittenWithTask target = request.callbackUrl() == null ? WrittenWithTask.NOTHING : callbacks.target(request.callbackUrl());
    try {
      store.insert(task, target.andThen(alongside));
    } catch (RuntimeException e) {
      inputKeys(task.request()).forEach(key -> deleteQuietly(task.id(), key, e));
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
  private static TaskRequest requestOf(ValidatedRequest request, String firstFrameKey, String lastFrameKey,
      List<StoredReference> references) {
    String expandedPrompt = request.promptExpansion() ? request.script().prompt() : null;
    return new TaskRequest(request.model().id(), request.mode(), request.prompt(), expandedPrompt, request.script(),
        request.durationSeconds(), request.resolution(), request.format(), request.promptExpansion(), request.fastPretreatment(),
        firstFrameKey, lastFrameKey, request.scenario(), references, request.watermark());
  }

  /**
   * Stores the reference items as {@code reference-video-0.mp4} and the like, counted within their
   * role; the first picture is the first frame, stored once, under {@code firstFrameKey}.
   */
  private List<StoredReference> storeReferences(String taskId, List<ReferenceFile> files, String firstFrameKey) {
    List<StoredReference> stored = new ArrayList<>();
    Map<ReferenceRole, Integer> counts = new EnumMap<>(ReferenceRole.class);
    try {
      for (ReferenceFile file : files) {
        int index = counts.merge(file.role(), 1, Integer::sum) - 1;
        boolean filmed = file.role() == ReferenceRole.IMAGE && index == 0;
        String name = file.role().wireName().replace('_', '-') + "-" + index + "." + file.format();
        stored.add(new StoredReference(file.role(), filmed ? firstFrameKey : store(taskId, name, file.bytes())));
      }
    } catch (RuntimeException e) {
      Stream.concat(Stream.of(firstFrameKey), stored.stream().map(StoredReference::key)).distinct().forEach(key -> deleteQuietly(taskId, key, e));
      throw e;
    }
    return stored;
  }

  /** Every input file of a task: its frames and its references, once each. */
  private static Stream<String> inputKeys(TaskRequest request) {
    return Stream.concat(Stream.of(request.firstFrameKey(), request.lastFrameKey()), request.references().stream().map(StoredReference::key))
        .filter(Objects::nonNull).distinct();
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

  /**
   * Deletes the key's ended task and its files (pictures, video, previews): the task is gone for
   * every dialect after. A task still queued or processing is refused ({@link
   * TaskNotEndedException}): cancel it first. Its credit ledger and webhooks stay, as history.
   *
   * @throws UnknownIdException as {@link #get}
   */
  public Task delete(String keyId, String dialect, String taskId) {
    while (true) {
      Task task = owned(store.find(taskId), keyId, dialect, taskId);
      if (!task.state().status().isTerminal()) throw new TaskNotEndedException(taskId, task.state().status());
      if (store.delete(task)) {
        recent.forget(taskId);
        List<String> files = new ArrayList<>(PREVIEWS.stream().map(name -> previewKey(taskId, name)).toList());
        Stream.concat(inputKeys(task.request()), Stream.ofNullable(task.state().resultKey())).forEach(files::add);
        files.forEach(key -> deleteAfter(task, key));
        LOG.info("task {}: deleted", taskId);
        return task;
      }
    }
  }

  /** The picture a task was asked to film, empty for a task from text alone. */
  public Optional<byte[]> firstFrame(Task task) {
    String key = task.request().firstFrameKey();
    if (key == null) return Optional.empty();
    try {
      return Optional.of(storage.read(key));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the picture of task " + task.id(), e);
    }
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

  /** Where a task's input (a picture, a reference clip or sound) is kept: {@code tasks/<id>/<name>}. */
  public static String inputKey(String taskId, String name) {
    return "tasks/" + taskId + "/" + name;
  }

  /** Where a task's video is kept. */
  public static String resultKey(String taskId) {
    return "tasks/" + taskId + "/result.mp4";
  }

  /** The thumbnail of a task's video, made on demand ({@code server.previews}). */
  public static final String THUMBNAIL = "thumbnail.jpg";
  /** The spritesheet of a task's video, made on demand ({@code server.previews}). */
  public static final String SPRITESHEET = "spritesheet.jpg";
  private static final List<String> PREVIEWS = List.of(THUMBNAIL, SPRITESHEET);

  /** Where a picture derived from a task's video is kept beside it, deleted with it: {@code tasks/<id>/<name>}. */
  public static String previewKey(String taskId, String name) {
    return "tasks/" + taskId + "/" + name;
  }

  /** Deletes a file of a deleted task; one that cannot be deleted is only logged: the task is gone already. */
  private void deleteAfter(Task task, String key) {
    try {
      storage.delete(key);
    } catch (IOException e) {
      LOG.warn("task {}: deleted, but not its file {}", task.id(), key, e);
    }
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

  private String store(String taskId, String name, byte[] bytes) {
    if (bytes == null) return null;
    String key = inputKey(taskId, name);
    try {
      storage.put(key, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the " + name + " of task " + taskId, e);
    }
    return key;
  }
}

package io.reelgate.server.task;

import io.reelgate.core.error.NotFoundException;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.request.VideoRequest;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskStatus;
import io.reelgate.server.storage.Storage;
import io.reelgate.server.store.TaskStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

/**
 * What every dialect does with tasks: accept one, show one, list a key's. A key sees only its own
 * tasks; another key's task answers exactly as a missing one.
 */
public final class TaskService {
  private final TaskStore store;
  private final Storage storage;
  private final Clock clock;
  private final Runnable onSubmitted;

  /** {@code onSubmitted} runs after each accepted task (the worker pool's {@code wake}). */
  public TaskService(TaskStore store, Storage storage, Clock clock, Runnable onSubmitted) {
    this.store = store;
    this.storage = storage;
    this.clock = clock;
    this.onSubmitted = onSubmitted;
  }

  /**
   * Accepts a validated request as a QUEUED task. The input pictures are stored before the task
   * is: an accepted task always has its inputs, and a crash in between leaves at worst a file no
   * task refers to.
   */
  public Task submit(String keyId, String dialect, String taskId, VideoRequest request) {
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
    store.insert(task);
    onSubmitted.run();
    return task;
  }

  /**
   * The key's task as created through {@code dialect} (each dialect's query endpoint reads the
   * tasks created through it); {@link NotFoundException} when there is none, it belongs to
   * another key or it came through another dialect: all three look the same to the caller.
   */
  public Task get(String keyId, String dialect, String taskId) {
    return store
        .find(taskId)
        .filter(task -> task.keyId().equals(keyId) && task.dialect().equals(dialect))
        .orElseThrow(() -> new NotFoundException("task", taskId));
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

package io.reelgate.core.task;

import java.time.Instant;

/**
 * What has happened to a task since it was accepted. Nullable: {@code failure} (set only when
 * FAILED), {@code resultKey}, {@code videoWidth} and {@code videoHeight} (set only when SUCCEEDED),
 * {@code startedAt} (until first claimed) and {@code finishedAt} (until it ends). {@code attempts}
 * counts the claims that started rendering it.
 */
public record TaskState(
    Status status,
    int progressPercent,
    TaskFailure failure,
    String resultKey,
    Integer videoWidth,
    Integer videoHeight,
    Instant startedAt,
    Instant finishedAt,
    int attempts) {

  /** The state of a task just accepted. */
  public static final TaskState QUEUED = new TaskState(Status.QUEUED, 0, null, null, null, null, null, null, 0);

  /** The failure's message, or {@code otherwise} when the task has no failure. */
  public String failureMessage(String otherwise) {
    return failure == null ? otherwise : failure.message();
  }

  /** Moved to {@code next} at {@code now}; the caller checked the move against {@link TaskTransitions}. */
  TaskState movedTo(Status next, Instant now) {
    Instant started = next == Status.PROCESSING ? now : startedAt;
    Instant finished = next.isTerminal() ? now : null;
    int progress = next == Status.SUCCEEDED ? 100 : next == Status.QUEUED ? 0 : progressPercent;
    int tries = next == Status.PROCESSING ? attempts + 1 : attempts;
    return new TaskState(next, progress, failure, resultKey, videoWidth, videoHeight, started, finished, tries);
  }

  TaskState withProgress(int percent) {
    return new TaskState(status, percent, failure, resultKey, videoWidth, videoHeight, startedAt, finishedAt, attempts);
  }

  TaskState withFailure(TaskFailure why) {
    return new TaskState(status, progressPercent, why, resultKey, videoWidth, videoHeight, startedAt, finishedAt, attempts);
  }

  TaskState withVideo(String key, int width, int height) {
    return new TaskState(status, progressPercent, failure, key, width, height, startedAt, finishedAt, attempts);
  }
}

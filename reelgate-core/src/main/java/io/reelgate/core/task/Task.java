package io.reelgate.core.task;

import java.time.Instant;

/**
 * A video task as the store keeps it: who asked and through which API, what was asked ({@link
 * TaskRequest}, fixed at create) and what has happened since ({@link TaskState}). {@code id} is in
 * the format of the dialect that created it; {@code keyId} is the owning API key. {@code version}
 * grows with every change and is what the store compares before it writes.
 */
public record Task(
    String id, String keyId, String dialect, Instant createdAt, TaskRequest request, TaskState state, long version) {

  /** A task just accepted: queued, nothing done yet. */
  public static Task accepted(String id, String keyId, String dialect, Instant createdAt, TaskRequest request) {
    return new Task(id, keyId, dialect, createdAt, request, TaskState.QUEUED, 0);
  }

  /** This task moved to {@code next}, checked against {@link TaskTransitions}. */
  public Task withStatus(Status next, Instant now) {
    TaskTransitions.check(id, state.status(), next);
    return withState(state.movedTo(next, now));
  }

  public Task withProgress(int percent) {
    return withState(state.withProgress(percent));
  }

  /** Failed for {@code failure}, keeping the progress it had reached. */
  public Task withFailure(TaskFailure failure, Instant now) {
    TaskTransitions.check(id, state.status(), Status.FAILED);
    return withState(state.movedTo(Status.FAILED, now).withFailure(failure));
  }

  /** Succeeded with the video stored at {@code key}. */
  public Task withResult(String key, int width, int height, Instant now) {
    TaskTransitions.check(id, state.status(), Status.SUCCEEDED);
    return withState(state.movedTo(Status.SUCCEEDED, now).withVideo(key, width, height));
  }

  private Task withState(TaskState next) {
    return new Task(id, keyId, dialect, createdAt, request, next, version);
  }
}

package io.reelgate.client;

/** Where a task is, the same in every dialect. */
public enum TaskStatus {
  /** Accepted, waiting for a worker. */
  QUEUED,
  /** Rendering. */
  PROCESSING,
  /** Done; the task has a video URL. */
  SUCCEEDED,
  /** Ended without a video; the task has a failure reason. */
  FAILED,
  /** Cancelled before it ended. */
  CANCELLED;

  /** True for SUCCEEDED, FAILED and CANCELLED: the task will not change any more. */
  public boolean isTerminal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}

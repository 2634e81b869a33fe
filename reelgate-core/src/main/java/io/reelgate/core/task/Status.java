package io.reelgate.core.task;

/** The life of a task. Each dialect names these states in its own words. */
public enum Status {
  QUEUED,
  PROCESSING,
  SUCCEEDED,
  FAILED,
  CANCELLED;

  public boolean isTerminal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}

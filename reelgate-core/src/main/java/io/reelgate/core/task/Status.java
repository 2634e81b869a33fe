package io.reelgate.core.task;

/** The life of a task. Each dialect names these states in its own words. */
public enum Status {
  QUEUED(false),
  PROCESSING(false),
  SUCCEEDED(true),
  FAILED(true),
  CANCELLED(true);

  private final boolean terminal;

  Status(boolean terminal) {
    this.terminal = terminal;
  }

  /** Whether a task in this state has ended: it never changes again. */
  public boolean isTerminal() {
    return terminal;
  }
}

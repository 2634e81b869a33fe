package io.reelgate.server.task;

/**
 * How far a {@link WorkerPool} has got in stopping, read by its workers and its runner: first it
 * drains (no new claims, the renders under way go on), then it stops (those still running are
 * interrupted and handed back to the queue).
 */
final class Shutdown {
  private volatile boolean draining;
  private volatile boolean stopping;

  /** Begins draining; false when it had already begun, so that only the first caller goes on. */
  synchronized boolean beginDraining() {
    if (draining) return false;
    draining = true;
    return true;
  }

  boolean draining() {
    return draining;
  }

  void beginStopping() {
    stopping = true;
  }

  boolean stopping() {
    return stopping;
  }
}

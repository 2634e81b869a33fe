package io.reelgate.server.task;

import io.reelgate.core.task.Task;

/**
 * A task a worker holds: its latest stored version (what the next compare-and-set expects) and
 * the thread rendering it, to interrupt when the pool closes or the lease is lost.
 */
final class Claim {
  private final Thread thread;
  private final String leaseOwner;
  private volatile Task task;
  private volatile boolean lost;
  private volatile boolean finishing;

  Claim(Task task, Thread thread, String leaseOwner) {
    this.task = task;
    this.thread = thread;
    this.leaseOwner = leaseOwner;
  }

  /** Whom the store leased the task to: this claim alone, so that a claim of the same task after its lease ran out is not mistaken for it. */
  String leaseOwner() {
    return leaseOwner;
  }

  Task task() {
    return task;
  }

  void stored(Task latest) {
    this.task = latest;
  }

  /** The task was changed behind this worker (its lease expired and it was requeued). */
  void lose() {
    lost = true;
    if (!finishing) thread.interrupt();
  }

  boolean lost() {
    return lost;
  }

  /** From here on the outcome is being written; an interrupt would only get in its way. */
  void finishing() {
    finishing = true;
  }

  void interrupt() {
    if (!finishing) thread.interrupt();
  }
}

package io.reelgate.server.task;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tasks a pool's workers hold now: their leases are renewed, a cancelled one is stopped, and
 * those still running when the pool stops are interrupted.
 */
final class Claims implements Iterable<Claim> {
  private final Set<Claim> held = ConcurrentHashMap.newKeySet();

  void add(Claim claim) {
    held.add(claim);
  }

  void remove(Claim claim) {
    held.remove(claim);
  }

  int count() {
    return held.size();
  }

  /** The claims of task {@code taskId} are lost: their renders stop and write nothing. */
  void lose(String taskId) {
    for (Claim claim : held) {
      if (claim.task().id().equals(taskId)) claim.lose();
    }
  }

  void interruptAll() {
    held.forEach(Claim::interrupt);
  }

  @Override
  public Iterator<Claim> iterator() {
    return held.iterator();
  }
}

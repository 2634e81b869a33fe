package io.reelgate.server.task;

import io.reelgate.core.engine.RenderProgress;
import io.reelgate.core.task.Task;
import io.reelgate.server.store.StoreException;
import io.reelgate.server.store.TaskStore;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a render's progress to the store as it goes, at most every {@link #MIN_INTERVAL_NANOS}
 * so that the single SQLite writer is not kept busy by it, and never above 99 %: 100 is for the
 * task whose video is stored.
 */
final class ProgressRecorder implements RenderProgress {
  private static final Logger log = LoggerFactory.getLogger(ProgressRecorder.class);
  static final long MIN_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private final TaskStore store;
  private final Claim claim;
  private int written;
  private long writtenAt;
  private boolean everWritten;

  ProgressRecorder(TaskStore store, Claim claim) {
    this.store = store;
    this.claim = claim;
    this.written = claim.task().state().progressPercent();
  }

  @Override
  public void frames(int done, int total) {
    if (total <= 0 || claim.lost()) return;
    int percent = (int) Math.min(99, Math.max(0, (long) done * 100 / total));
    long now = System.nanoTime();
    if (percent <= written || (everWritten && now - writtenAt < MIN_INTERVAL_NANOS)) return;
    Task current = claim.task();
    try {
      Optional<Task> saved = store.update(current, current.withProgress(percent));
      if (saved.isPresent()) {
        claim.stored(saved.get());
      } else {
        log.warn("task {}: changed behind this worker while rendering; stopping", current.id());
        claim.lose();
      }
    } catch (StoreException e) {
      // Progress is only information; the render goes on and the outcome is written later.
      log.warn("task {}: cannot record progress {}%", current.id(), percent, e);
    }
    written = percent;
    writtenAt = now;
    everWritten = true;
  }
}

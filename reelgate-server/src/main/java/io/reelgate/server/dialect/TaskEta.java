package io.reelgate.server.dialect;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import java.time.Duration;
import java.time.Instant;

/**
 * The seconds a task still needs, for the dialects that report it. Once the engine reports
 * progress, the rest is assumed to go at the speed so far; before that, a first guess.
 */
public final class TaskEta {
  /**
   * A guess for a task not yet started or with no progress yet: about two seconds of work per
   * second of video with the local engine on an ordinary machine. Only the order of magnitude
   * matters: it tells a poller how long to wait before asking again.
   */
  private static final int GUESS_SECONDS_PER_VIDEO_SECOND = 2;

  private TaskEta() {}

  public static long secondsLeft(Task task, Instant now) {
    if (task.state().status().isTerminal()) return 0;
    int progress = task.state().progressPercent();
    if (task.state().status() == Status.PROCESSING && task.state().startedAt() != null && progress > 0) {
      double elapsed = Math.max(0, Duration.between(task.state().startedAt(), now).toMillis()) / 1000.0;
      return (long) Math.ceil(elapsed * (100 - progress) / progress);
    }
    return (long) task.request().durationSeconds() * GUESS_SECONDS_PER_VIDEO_SECOND;
  }
}

package io.reelgate.server.store;

import io.reelgate.core.scenario.Scenario;
import io.reelgate.core.task.Task;
import java.time.Duration;

/**
 * How long a new task waits in the queue before a worker may take it, fixed when it is inserted
 * (the SQL stores keep it as {@code run_after}, which their claim respects): the server's pace of
 * the task ({@code timing.Pacing}). Zero for at once.
 */
@FunctionalInterface
public interface QueueTime {
  /** What a store knows alone: the queue time the task's own scenario asks for ({@code queue} of {@code slow}). */
  QueueTime OF_SCENARIO = task -> {
    Scenario scenario = task.request().scenario();
    return scenario == null ? Duration.ZERO : scenario.queueDelay();
  };

  Duration of(Task task);
}

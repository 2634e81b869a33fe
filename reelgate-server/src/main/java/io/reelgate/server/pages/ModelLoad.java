package io.reelgate.server.pages;

import io.reelgate.core.task.Task;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One model's line of the operator's view: its tasks waiting and rendering now (the queue depth
 * per model), those ended, and how long its videos took to render, on average.
 *
 * @param meanRenderSeconds the mean time from a worker taking a task to its video, over the
 *     model's succeeded tasks; null before the first
 */
record ModelLoad(String model, int queued, int running, int succeeded, int failed, Double meanRenderSeconds) {

  /** Adds up the tasks of every key, one model at a time, listed in the order of the models' names. */
  static final class Tally {
    private final Map<String, Counts> byModel = new TreeMap<>();

    private static final class Counts {
      int queued, running, succeeded, failed;
      long renderMillis;
    }

    void add(Task task) {
      Counts counts = byModel.computeIfAbsent(task.request().model(), m -> new Counts());
      switch (task.state().status()) {
        case QUEUED -> counts.queued++;
        case PROCESSING -> counts.running++;
        case FAILED -> counts.failed++;
        case SUCCEEDED -> {
          counts.succeeded++;
          if (task.state().startedAt() != null && task.state().finishedAt() != null) {
            counts.renderMillis += Duration.between(task.state().startedAt(), task.state().finishedAt()).toMillis();
          }
        }
        case CANCELLED -> {}
      }
    }

    List<ModelLoad> loads() {
      return byModel.entrySet().stream()
          .map(e -> {
            Counts c = e.getValue();
            Double mean = c.succeeded == 0 ? null : c.renderMillis / 1000.0 / c.succeeded;
            return new ModelLoad(e.getKey(), c.queued, c.running, c.succeeded, c.failed, mean);
          })
          .toList();
    }
  }
}

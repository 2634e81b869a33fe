package io.reelgate.server.scenario;

import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.server.task.TaskEngine;
import io.reelgate.server.task.TaskFailedException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The run-time scenarios, around the engine that makes the videos: {@code content-policy} fails the
 * task as a content rejection as soon as it is taken; {@code fail-at} moves its progress to the
 * percent asked for, then fails it as the provider's generic generation failure; {@code slow}
 * moves its progress over {@code render} seconds, then has the video made. (The queue time of
 * {@code slow} is the task's {@code run_after}, which the claim respects: no worker waits for it.)
 * Every other task is the engine's alone. Failed tasks are refunded, as every failed task is.
 */
public final class ScenarioEngine implements TaskEngine {
  /** Longer than the progress recorder's shortest interval, so that every step is written. */
  private static final Duration STEP = Duration.ofMillis(300);
  /** How fast {@code fail-at} moves: 50 % in a second. */
  private static final Duration PER_PERCENT = Duration.ofMillis(20);

  private final TaskEngine engine;

  public ScenarioEngine(TaskEngine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return engine.name();
  }

  @Override
  public RenderResult make(Task task, Path output, RenderProgress progress) throws IOException, InterruptedException {
    Scenario scenario = task.request().scenario();
    if (scenario == null) return engine.make(task, output, progress);
    switch (scenario.name()) {
      case CONTENT_POLICY -> throw new TaskFailedException(new TaskFailure(TaskFailure.Kind.CONTENT_POLICY, "prompt",
          "the output was flagged as sensitive by the content policy (scenario content-policy); change the prompt or picture"));
      case FAIL_AT -> {
        int percent = scenario.number("percent");
        advance(progress, percent, PER_PERCENT.multipliedBy(percent));
        throw new TaskFailedException(new TaskFailure(TaskFailure.Kind.PROVIDER, null,
            "video generation failed at " + percent + "% (scenario fail-at); try again"));
      }
      case SLOW -> advance(progress, 99, Duration.ofSeconds(scenario.number("render")));
      default -> {}
    }
    return engine.make(task, output, progress);
  }

  /** Moves the progress evenly from 0 to {@code percent} over {@code time}, a step every {@link #STEP}. */
  private static void advance(RenderProgress progress, int percent, Duration time) throws InterruptedException {
    long steps = Math.max(1, time.toMillis() / STEP.toMillis());
    for (long step = 1; step <= steps; step++) {
      Thread.sleep(time.toMillis() / steps);
      progress.frames((int) (percent * step / steps), 100);
    }
  }

  @Override
  public void cancelled(Task task) {
    engine.cancelled(task);
  }
}

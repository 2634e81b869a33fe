package io.reelgate.server.scenario;

import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.core.scenario.ScenarioName;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.server.task.TaskEngine;
import io.reelgate.server.task.TaskFailedException;
import io.reelgate.server.timing.Pacing;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The run-time scenarios and the pace of a task, around the engine that makes the videos: {@code
 * content-policy} fails the task as a content rejection as soon as it is taken; {@code fail-at}
 * moves its progress to the percent asked for, then fails it as the provider's generic generation
 * failure. Every other task spends its render time first if it is paced ({@link Pacing}: {@code
 * slow}, or the realistic timing), then is the engine's. (Its queue time is its {@code run_after},
 * which the claim respects: no worker waits for it.) Failed tasks are refunded, as every failed
 * task is.
 */
public final class ScenarioEngine implements TaskEngine {
  /** How fast {@code fail-at} moves: 50 % in a second. */
  private static final Duration PER_PERCENT = Duration.ofMillis(20);

  private final Pacing pacing;
  private final TaskEngine engine;

  public ScenarioEngine(Pacing pacing, TaskEngine engine) {
    this.pacing = pacing;
    this.engine = engine;
  }

  @Override
  public String name() {
    return engine.name();
  }

  @Override
  public RenderResult make(Task task, Path output, RenderProgress progress) throws IOException, InterruptedException {
    Scenario scenario = task.request().scenario();
    if (scenario != null && scenario.is(ScenarioName.CONTENT_POLICY)) {
      throw new TaskFailedException(new TaskFailure(TaskFailure.Kind.CONTENT_POLICY, "prompt",
          "the output was flagged as sensitive by the content policy (scenario content-policy); change the prompt or picture"));
    }
    if (scenario != null && scenario.is(ScenarioName.FAIL_AT)) {
      int percent = scenario.number("percent");
      Pacing.advance(progress, percent, PER_PERCENT.multipliedBy(percent));
      throw new TaskFailedException(new TaskFailure(TaskFailure.Kind.PROVIDER, null,
          "video generation failed at " + percent + "% (scenario fail-at); try again"));
    }
    pacing.render(task, progress);
    return engine.make(task, output, progress);
  }

  @Override
  public void cancelled(Task task) {
    engine.cancelled(task);
  }
}

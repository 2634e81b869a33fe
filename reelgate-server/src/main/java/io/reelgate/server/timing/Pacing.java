package io.reelgate.server.timing;

import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.core.scenario.ScenarioName;
import io.reelgate.core.task.Task;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule of how long a task takes before its video is made, read by the claim (its queue
 * time, {@link #queueTime}) and by the worker that took it (its render time, {@link #render}): the
 * {@code slow} scenario's, when the task asks for it; else the server's {@link Timing} for the
 * tasks it renders itself. A task routed upstream is never paced: it takes what its provider takes.
 */
public final class Pacing {
  /** Longer than the progress recorder's shortest interval, so that every step is written. */
  private static final Duration STEP = Duration.ofMillis(300);

  private final Timing timing;
  private final double scale;
  private final Set<String> routedModels;

  /**
   * {@code scale} multiplies the realistic times (1 but in tests, which shorten them); {@code
   * routedModels} are those upstream routes serve.
   */
  public Pacing(Timing timing, double scale, Set<String> routedModels) {
    this.timing = timing;
    this.scale = scale;
    this.routedModels = Set.copyOf(routedModels);
  }

  /** How {@code task} is paced; empty when it is not, and its video is made as soon as a worker takes it. */
  public Optional<Pace> of(Task task) {
    Scenario scenario = task.request().scenario();
    if (scenario != null && scenario.is(ScenarioName.SLOW)) {
      return Optional.of(new Pace(scenario.queueDelay(), Duration.ofSeconds(scenario.number("render"))));
    }
    // A task with a scenario is never routed upstream (ModelFilter): the render workers take it.
    boolean upstream = scenario == null && routedModels.contains(task.request().model());
    if (timing != Timing.REALISTIC || upstream) return Optional.empty();
    return Optional.of(HailuoTimes.pace(task.id(), task.request()).scaled(scale));
  }

  /** How long {@code task} waits in the queue before a worker may take it; zero for at once. */
  public Duration queueTime(Task task) {
    return of(task).map(Pace::queue).orElse(Duration.ZERO);
  }

  /**
   * Spends the render time of {@code task}, if it is paced, moving its {@code progress} evenly to
   * 99 %; its video is made after. An unpaced task returns at once.
   */
  public void render(Task task, RenderProgress progress) throws InterruptedException {
    Optional<Pace> pace = of(task);
    if (pace.isPresent()) advance(progress, 99, pace.get().render());
  }

  /**
   * Moves {@code progress} evenly from 0 to {@code percent} over {@code time}, a step every {@link
   * #STEP}; an interrupt (a cancel, a shutdown) stops it at once.
   */
  public static void advance(RenderProgress progress, int percent, Duration time) throws InterruptedException {
    long steps = Math.max(1, time.toMillis() / STEP.toMillis());
    for (long step = 1; step <= steps; step++) {
      Thread.sleep(time.toMillis() / steps);
      progress.frames((int) (percent * step / steps), 100);
    }
  }
}

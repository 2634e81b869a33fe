package io.reelgate.server.timing;

import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.TaskRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How long the real Hailuo services take, for {@link Timing#REALISTIC}; the figures and where
 * they come from are in docs/SCENARIOS.md ("Timing"). A task queues about {@link #QUEUE}, then
 * renders its model's time for a 6-second 768P video, in proportion to its duration, times its
 * resolution's factor. Each time is spread by up to {@link #SPREAD} either way, drawn from the
 * task's id: the same task is always paced the same, across restarts and instances.
 */
final class HailuoTimes {
  static final Duration QUEUE = Duration.ofSeconds(20);
  /** MiniMax-Hailuo-02 and GPTProto's hailuo-02-*: 4 to 5 minutes for 6 seconds, 8 to 9 for 10. */
  static final Duration HAILUO_02 = Duration.ofSeconds(270);
  /** The 2.3 Fast models. */
  static final Duration HAILUO_23_FAST = Duration.ofSeconds(60);
  /** MiniMax-Hailuo-2.3 and every other model, reelgate-motion among them. */
  static final Duration HAILUO_23 = Duration.ofSeconds(90);
  static final double SPREAD = 0.2;
  private static final int REFERENCE_SECONDS = 6;

  private HailuoTimes() {}

  /** The pace of the task {@code taskId} asking for {@code request}. */
  static Pace pace(String taskId, TaskRequest request) {
    SplittableRandom spread = new SplittableRandom(taskId.hashCode());
    Duration render = reference(request.model())
        .multipliedBy(request.durationSeconds())
        .dividedBy(REFERENCE_SECONDS);
    double renderMillis = render.toMillis() * factor(request.resolution());
    return new Pace(spread(QUEUE.toMillis(), spread), spread(renderMillis, spread));
  }

  /** The render time of a 6-second 768P video of {@code model}. */
  static Duration reference(String model) {
    String id = model.toLowerCase(Locale.ROOT);
    if (id.contains("hailuo-02")) return HAILUO_02;
    if (id.contains("hailuo-2.3-fast")) return HAILUO_23_FAST;
    return HAILUO_23;
  }

  /**
   * How much longer than 768P a resolution takes: as much as it costs more, following the steps of
   * the providers' prices that Reelgate's default price table copies (docs/BILLING.md).
   */
  static double factor(Resolution resolution) {
    return switch (resolution) {
      case P512 -> 0.5;
      case P720, P768 -> 1;
      case P1080 -> 2;
      case K2 -> 1.6;
    };
  }

  private static Duration spread(double millis, SplittableRandom spread) {
    return Duration.ofMillis(Math.round(millis * (1 + spread.nextDouble(-SPREAD, SPREAD))));
  }
}

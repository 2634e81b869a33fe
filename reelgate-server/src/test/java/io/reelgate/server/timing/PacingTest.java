package io.reelgate.server.timing;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.Task;
import java.time.Duration;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The pace of a task: the realistic figures per model, duration and resolution, and which tasks are paced at all. */
class PacingTest {
  private static final String ROUTED = "MiniMax-Hailuo-02";
  private static final Pacing REALISTIC = new Pacing(Timing.REALISTIC, 1, Set.of());

  @ParameterizedTest(name = "{0} {1} s {2}: about {3} s")
  @CsvSource({
      "MiniMax-Hailuo-02,         6,  P768,  270",
      "MiniMax-Hailuo-02,         10, P768,  450",
      "MiniMax-Hailuo-02,         6,  P1080, 540",
      "MiniMax-Hailuo-02,         6,  P512,  135",
      "MiniMax-Hailuo-2.3,        6,  P768,  90",
      "MiniMax-Hailuo-2.3,        10, P768,  150",
      "MiniMax-Hailuo-2.3,        6,  P1080, 180",
      "MiniMax-Hailuo-2.3-Fast,   6,  P768,  60",
      "gptproto/hailuo-02-pro,    6,  P1080, 540",
      "gptproto/hailuo-2.3-fast,  6,  P768,  60",
      "gptproto/hailuo-2.3-pro,   6,  P1080, 180",
      "reelgate-motion,           6,  P768,  90"})
  void a_realistic_task_queues_then_renders_its_models_time_for_its_duration_and_resolution(
      String model, int seconds, Resolution resolution, long renderSeconds) {
    for (int i = 0; i < 20; i++) {
      Pace pace = REALISTIC.of(aTask().withModel(model).lasting(seconds, resolution).build()).orElseThrow();

      assertThat(pace.queue()).isBetween(Duration.ofSeconds(16), Duration.ofSeconds(24));
      assertThat(pace.render()).isBetween(Duration.ofMillis(renderSeconds * 800), Duration.ofMillis(renderSeconds * 1200));
    }
  }

  @Test
  void a_task_is_always_paced_the_same_and_tasks_are_spread() {
    Task task = aTask().withModel("MiniMax-Hailuo-2.3").lasting(6, Resolution.P768).build();

    assertThat(REALISTIC.of(task)).isEqualTo(REALISTIC.of(task));
    assertThat(IntStream.range(0, 20).mapToObj(i -> REALISTIC.of(aTask().build()).orElseThrow().render()).distinct())
        .as("renders of 20 tasks").hasSizeGreaterThan(10);
  }

  @Test
  void an_explicit_slow_scenario_wins_over_the_timing_and_is_not_scaled() {
    Task slow = aTask().withScenario("slow; queue=3; render=4").build();

    for (Timing timing : Timing.values()) {
      assertThat(new Pacing(timing, 0.01, Set.of()).of(slow)).as(timing.toString())
          .contains(new Pace(Duration.ofSeconds(3), Duration.ofSeconds(4)));
    }
  }

  @Test
  void fast_and_instant_pace_nothing_but_slow() {
    Task plain = aTask().build();

    assertThat(new Pacing(Timing.FAST, 1, Set.of()).of(plain)).isEmpty();
    assertThat(new Pacing(Timing.INSTANT, 1, Set.of()).of(plain)).isEmpty();
    assertThat(new Pacing(Timing.FAST, 1, Set.of()).queueTime(plain)).isZero();
  }

  @Test
  void a_task_routed_upstream_is_never_paced_but_one_with_a_scenario_is_rendered_here_and_is() {
    Pacing pacing = new Pacing(Timing.REALISTIC, 1, Set.of(ROUTED));

    assertThat(pacing.of(aTask().withModel(ROUTED).build())).isEmpty();
    assertThat(pacing.of(aTask().withModel(ROUTED).withScenario("expired-link").build())).isPresent();
    assertThat(pacing.of(aTask().withModel("MiniMax-Hailuo-2.3").build())).isPresent();
  }

  @Test
  void the_tests_scale_shortens_realistic_times() {
    Task task = aTask().withModel("MiniMax-Hailuo-2.3").lasting(6, Resolution.P768).build();

    Pace pace = new Pacing(Timing.REALISTIC, 0.01, Set.of()).of(task).orElseThrow();

    assertThat(pace.queue()).isBetween(Duration.ofMillis(160), Duration.ofMillis(240));
    assertThat(pace.render()).isBetween(Duration.ofMillis(720), Duration.ofMillis(1080));
    assertThat(new Pacing(Timing.REALISTIC, 0.01, Set.of()).queueTime(task)).isEqualTo(pace.queue());
  }
}

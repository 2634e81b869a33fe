package io.reelgate.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the operator's view shows of each route: its health, its calls and their mean time, its tasks and spend. */
class RouteStatsTest {
  private final RouteStats stats =
      new RouteStats(Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC), List.of("minimax", "novita"));

  @Test
  void a_snapshot_gives_each_routes_health_call_times_tasks_and_spend() {
    stats.succeeded("minimax", RouteStats.Call.CREATE, Duration.ofMillis(800));
    stats.succeeded("minimax", RouteStats.Call.CREATE, Duration.ofMillis(1200));
    stats.failed("minimax", RouteStats.Call.POLL, "timeout", Duration.ofMillis(300));
    stats.taskSucceeded("minimax", 12);
    stats.taskSucceeded("minimax", 24);
    stats.taskFailed("minimax");
    for (int i = 0; i < RouteStats.FAILURES_IN_A_ROW; i++) stats.failed("novita", RouteStats.Call.CREATE, "http_503", Duration.ofSeconds(2));

    List<RouteStats.Snapshot> routes = stats.snapshot();

    assertThat(routes).extracting(RouteStats.Snapshot::name).containsExactly("minimax", "novita");
    RouteStats.Snapshot minimax = routes.get(0);
    assertThat(minimax.healthy()).isTrue();
    assertThat(minimax.calls()).isEqualTo(3);
    assertThat(minimax.failedCalls()).isEqualTo(1);
    assertThat(minimax.meanSeconds().get("create")).isCloseTo(1.0, within(1e-9));
    assertThat(minimax.meanSeconds().get("poll")).isCloseTo(0.3, within(1e-9));
    assertThat(minimax.tasksSucceeded()).isEqualTo(2);
    assertThat(minimax.tasksFailed()).isEqualTo(1);
    assertThat(minimax.spendCredits()).isEqualTo(36);
    RouteStats.Snapshot novita = routes.get(1);
    assertThat(novita.healthy()).as("three failures in a row rest it").isFalse();
    assertThat(novita.failedCalls()).isEqualTo(3);
    assertThat(novita.spendCredits()).isZero();
  }
}

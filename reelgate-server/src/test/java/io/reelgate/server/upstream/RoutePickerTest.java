package io.reelgate.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoutePickerTest {
  private static final String MODEL = "MiniMax-Hailuo-2.3";
  private static final Duration TOOK = Duration.ofMillis(250);

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));

  @Test
  void without_weights_the_routes_are_tried_in_the_order_of_the_file() {
    RoutingTable table = table(new ModelRoute("b", 0), new ModelRoute("a", 0), new ModelRoute("c", 0));
    RoutePicker picker = new RoutePicker(table, stats(table), new SplittableRandom(7));

    for (int i = 0; i < 100; i++) assertThat(names(picker.order(MODEL))).containsExactly("b", "a", "c");
    assertThat(picker.order("a-model-no-route-serves")).isEmpty();
  }

  @Test
  void weighted_routes_share_the_first_pick_by_weight_and_the_rest_keep_the_file_order() {
    RoutingTable table = table(new ModelRoute("plain", 0), new ModelRoute("heavy", 70), new ModelRoute("light", 30));
    RoutePicker picker = new RoutePicker(table, stats(table), new SplittableRandom(42));

    Map<List<String>, Integer> orders = new HashMap<>();
    int picks = 10_000;
    for (int i = 0; i < picks; i++) orders.merge(names(picker.order(MODEL)), 1, Integer::sum);

    assertThat(orders).containsOnlyKeys(List.of("heavy", "plain", "light"), List.of("light", "plain", "heavy"));
    double heavyFirst = orders.get(List.of("heavy", "plain", "light")) / (double) picks;
    assertThat(heavyFirst).isCloseTo(0.70, within(0.03));
  }

  @Test
  void a_route_that_failed_three_times_in_a_row_moves_to_the_end_and_is_not_dropped() {
    RoutingTable table = table(new ModelRoute("a", 0), new ModelRoute("b", 0), new ModelRoute("c", 0));
    RouteStats stats = stats(table);
    RoutePicker picker = new RoutePicker(table, stats, new SplittableRandom(7));

    stats.failed("a", RouteStats.Call.CREATE, "http_503", TOOK);
    stats.failed("a", RouteStats.Call.POLL, "timeout", TOOK);
    stats.succeeded("a", RouteStats.Call.POLL, TOOK);
    stats.failed("a", RouteStats.Call.CREATE, "http_503", TOOK);
    stats.failed("a", RouteStats.Call.CREATE, "http_503", TOOK);
    assertThat(names(picker.order(MODEL))).as("a success broke the streak").containsExactly("a", "b", "c");

    stats.failed("a", RouteStats.Call.CREATE, "http_503", TOOK);
    assertThat(stats.healthy("a")).isFalse();
    assertThat(names(picker.order(MODEL))).containsExactly("b", "c", "a");
  }

  @Test
  void a_resting_route_is_back_in_its_place_after_the_cool_down() {
    RoutingTable table = table(new ModelRoute("a", 0), new ModelRoute("b", 0), new ModelRoute("c", 0));
    RouteStats stats = stats(table);
    RoutePicker picker = new RoutePicker(table, stats, new SplittableRandom(7));
    for (int i = 0; i < RouteStats.FAILURES_IN_A_ROW; i++) stats.failed("a", RouteStats.Call.CREATE, "refused", TOOK);

    clock.advance(RouteStats.COOL_DOWN.minusMillis(1));
    assertThat(names(picker.order(MODEL))).containsExactly("b", "c", "a");

    clock.advance(Duration.ofMillis(1));
    assertThat(names(picker.order(MODEL))).containsExactly("a", "b", "c");
    assertThat(RouteStats.COOL_DOWN).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void an_account_refusal_rests_the_route_five_minutes_after_one_call() {
    RoutingTable table = table(new ModelRoute("a", 0), new ModelRoute("b", 0), new ModelRoute("c", 0));
    RouteStats stats = stats(table);
    RoutePicker picker = new RoutePicker(table, stats, new SplittableRandom(7));

    stats.accountRefused("b", RouteStats.Call.CREATE, "1008", TOOK);
    assertThat(names(picker.order(MODEL))).containsExactly("a", "c", "b");

    clock.advance(RouteStats.COOL_DOWN);
    assertThat(names(picker.order(MODEL))).as("longer than a failure's cool-down").containsExactly("a", "c", "b");

    clock.advance(Duration.ofMinutes(5).minus(RouteStats.COOL_DOWN).minusMillis(1));
    assertThat(names(picker.order(MODEL))).containsExactly("a", "c", "b");

    clock.advance(Duration.ofMillis(1));
    assertThat(names(picker.order(MODEL))).containsExactly("a", "b", "c");
  }

  @Test
  void a_resting_weighted_route_loses_the_first_pick_and_every_route_resting_keeps_the_file_order() {
    RoutingTable table = table(new ModelRoute("heavy", 90), new ModelRoute("light", 10), new ModelRoute("plain", 0));
    RouteStats stats = stats(table);
    RoutePicker picker = new RoutePicker(table, stats, new SplittableRandom(42));

    stats.accountRefused("heavy", RouteStats.Call.CREATE, "401", TOOK);
    for (int i = 0; i < 200; i++) assertThat(names(picker.order(MODEL))).containsExactly("light", "plain", "heavy");

    for (String route : List.of("light", "plain")) {
      for (int i = 0; i < RouteStats.FAILURES_IN_A_ROW; i++) stats.failed(route, RouteStats.Call.POLL, "timeout", TOOK);
    }
    assertThat(names(picker.order(MODEL))).containsExactly("heavy", "light", "plain");
  }

  @Test
  void prometheus_text_holds_the_calls_health_alerts_tasks_and_spend_of_each_route() {
    RouteStats stats = new RouteStats(clock, List.of("minimax", "novita", "idle"));
    stats.succeeded("minimax", RouteStats.Call.CREATE, Duration.ofMillis(1500));
    stats.succeeded("minimax", RouteStats.Call.POLL, Duration.ofMillis(200));
    stats.succeeded("minimax", RouteStats.Call.POLL, Duration.ofMillis(300));
    stats.rejected("minimax", RouteStats.Call.CREATE, "invalid_request", Duration.ofMillis(100));
    stats.taskSucceeded("minimax", 120);
    stats.taskSucceeded("minimax", 30);
    stats.taskFailed("minimax");
    stats.accountRefused("novita", RouteStats.Call.CREATE, "1008", Duration.ofMillis(400));
    stats.accountRefused("novita", RouteStats.Call.CREATE, null, Duration.ofMillis(400));

    List<String> lines = stats.prometheus(4).lines().toList();

    assertThat(lines).contains(
        "# TYPE reelgate_route_requests_total counter",
        "reelgate_route_requests_total{route=\"minimax\",call=\"create\",outcome=\"ok\"} 1",
        "reelgate_route_requests_total{route=\"minimax\",call=\"poll\",outcome=\"ok\"} 2",
        "reelgate_route_requests_total{route=\"minimax\",call=\"create\",outcome=\"invalid_request\"} 1",
        "reelgate_route_requests_total{route=\"novita\",call=\"create\",outcome=\"account_refused\"} 2",
        "reelgate_route_request_seconds_sum{route=\"minimax\",call=\"poll\"} 0.5",
        "reelgate_route_request_seconds_count{route=\"minimax\",call=\"poll\"} 2",
        "reelgate_route_request_seconds_count{route=\"minimax\",call=\"create\"} 2",
        "# TYPE reelgate_route_healthy gauge",
        "reelgate_route_healthy{route=\"minimax\"} 1",
        "reelgate_route_healthy{route=\"novita\"} 0",
        "reelgate_route_healthy{route=\"idle\"} 1",
        "reelgate_route_alerts_total{route=\"novita\",code=\"1008\"} 1",
        "reelgate_route_alerts_total{route=\"novita\",code=\"unknown\"} 1",
        "reelgate_route_tasks_total{route=\"minimax\",outcome=\"succeeded\"} 2",
        "reelgate_route_tasks_total{route=\"minimax\",outcome=\"failed\"} 1",
        "reelgate_route_spend_credits_total{route=\"minimax\"} 150",
        "reelgate_route_spend_credits_total{route=\"novita\"} 0",
        "reelgate_route_spend_credits_total{route=\"idle\"} 0",
        "reelgate_upstream_reconciling 4");
    assertThat(lines).noneMatch(line -> line.startsWith("reelgate_route_requests_total{route=\"idle\""));
    assertThat(lines).noneMatch(line -> line.startsWith("reelgate_route_alerts_total{route=\"minimax\""));
    // Each line is a comment or "name{labels} value": nothing a scraper would refuse.
    assertThat(lines).allMatch(line -> line.startsWith("# HELP ") || line.startsWith("# TYPE ")
        || line.matches("[a-z_]+(\\{[^}]*})? -?[0-9.E]+"));

    clock.advance(RouteStats.ACCOUNT_COOL_DOWN);
    assertThat(stats.prometheus(0).lines()).contains("reelgate_route_healthy{route=\"novita\"} 1");
  }

  @Test
  void prometheus_labels_escape_quotes_and_backslashes() {
    RouteStats stats = new RouteStats(clock, List.of("we\"ird\\route"));
    stats.taskSucceeded("we\"ird\\route", 5);

    assertThat(stats.prometheus(0).lines()).contains("reelgate_route_spend_credits_total{route=\"we\\\"ird\\\\route\"} 5");
  }

  private static RoutingTable table(ModelRoute... routes) {
    Map<String, RouteSettings> settings = new LinkedHashMap<>();
    for (ModelRoute r : routes) {
      settings.put(r.route(), RouteSettings.builder(r.route(), EngineKind.MINIMAX)
          .baseUrl(URI.create("https://" + r.route() + ".example")).apiKey("key").build());
    }
    return new RoutingTable(settings, Map.of(MODEL, List.of(routes)), RoutingTable.DEFAULT_CONCURRENCY);
  }

  private RouteStats stats(RoutingTable table) {
    return new RouteStats(clock, table.routes().keySet());
  }

  private static List<String> names(List<RouteSettings> order) {
    return order.stream().map(RouteSettings::name).toList();
  }

  /** A clock that stands still until the test moves it. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}

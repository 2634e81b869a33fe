package io.reelgate.server.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Each route's health and what went through it, in this process: the calls by outcome and their
 * time, the account alerts, the credits of the tasks it made. A route is unhealthy for {@link
 * #COOL_DOWN} after {@link #FAILURES_IN_A_ROW} failures in a row, and for {@link
 * #ACCOUNT_COOL_DOWN} after the upstream refused the operator's account; any success makes it
 * healthy again. Exported by {@link #prometheus} on {@code /metrics}.
 */
public final class RouteStats {
  static final int FAILURES_IN_A_ROW = 3;
  static final Duration COOL_DOWN = Duration.ofSeconds(30);
  static final Duration ACCOUNT_COOL_DOWN = Duration.ofMinutes(5);

  /** A call to an upstream. */
  enum Call { CREATE, POLL, DOWNLOAD }

  private final Clock clock;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();

  public RouteStats(Clock clock, Iterable<String> routeNames) {
    this.clock = clock;
    for (String name : routeNames) routes.put(name, new Route());
  }

  /** A call that got an answer the route is healthy for (an accepted create, a poll's answer). */
  void succeeded(String route, Call call, Duration took) {
    Route r = route(route);
    r.count(call, "ok", took);
    r.failuresInARow.set(0);
    r.unhealthyUntil = null;
  }

  /** A call the route failed: no connection, a 5xx, a rate limit, a lost answer. */
  void failed(String route, Call call, String outcome, Duration took) {
    Route r = route(route);
    r.count(call, outcome, took);
    if (r.failuresInARow.incrementAndGet() >= FAILURES_IN_A_ROW) r.unhealthyUntil = clock.instant().plus(COOL_DOWN);
  }

  /** A call answered with a refusal that is the request's own (a 400, a content-policy refusal): the route is fine. */
  void rejected(String route, Call call, String outcome, Duration took) {
    route(route).count(call, outcome, took);
  }

  /** The upstream refused the operator's account (a bad key, no balance): an alert, and the route rests. */
  void accountRefused(String route, Call call, String code, Duration took) {
    Route r = route(route);
    r.count(call, "account_refused", took);
    r.alerts.computeIfAbsent(code == null ? "unknown" : code, c -> new LongAdder()).increment();
    r.unhealthyUntil = clock.instant().plus(ACCOUNT_COOL_DOWN);
  }

  /** A task the route made, and the credits it was charged. */
  void taskSucceeded(String route, long credits) {
    Route r = route(route);
    r.tasks.computeIfAbsent("succeeded", o -> new LongAdder()).increment();
    r.spend.add(credits);
  }

  void taskFailed(String route) {
    route(route).tasks.computeIfAbsent("failed", o -> new LongAdder()).increment();
  }

  boolean healthy(String route) {
    Instant until = route(route).unhealthyUntil;
    return until == null || !clock.instant().isBefore(until);
  }

  /**
   * A route as the operator's view shows it.
   *
   * @param meanSeconds the mean time of a call, by call ({@code create}, {@code poll}, {@code
   *     download}), for the calls made
   * @param failedCalls calls whose outcome was not {@code ok}
   */
  public record Snapshot(
      String name, boolean healthy, long calls, long failedCalls, Map<String, Double> meanSeconds, long tasksSucceeded,
      long tasksFailed, long spendCredits) {}

  /** Every route, by name. */
  public List<Snapshot> snapshot() {
    return new TreeMap<>(routes).entrySet().stream().map(e -> e.getValue().snapshot(e.getKey(), healthy(e.getKey()))).toList();
  }

  /** The metrics in the Prometheus text format, with the number of tasks past their poll deadline. */
  public String prometheus(int reconciling) {
    StringBuilder out = new StringBuilder();
    Map<String, Route> sorted = new TreeMap<>(routes);
    header(out, "reelgate_route_requests_total", "Calls to each upstream route by call and outcome.", "counter");
    sorted.forEach((name, r) -> r.calls.forEach((key, n) -> out.append("reelgate_route_requests_total{route=\"")
        .append(label(name)).append("\",call=\"").append(key.call).append("\",outcome=\"").append(key.outcome)
        .append("\"} ").append(n.sum()).append('\n')));
    header(out, "reelgate_route_request_seconds", "Time of the calls to each upstream route.", "summary");
    sorted.forEach((name, r) -> r.seconds.forEach((call, sum) -> {
      String labels = "{route=\"" + label(name) + "\",call=\"" + call + "\"}";
      out.append("reelgate_route_request_seconds_sum").append(labels).append(' ').append(sum.sum()).append('\n');
      out.append("reelgate_route_request_seconds_count").append(labels).append(' ').append(r.callCount(call)).append('\n');
    }));
    header(out, "reelgate_route_healthy", "1 when the route takes new tasks first, 0 while it rests after failures.", "gauge");
    sorted.forEach((name, r) -> out.append("reelgate_route_healthy{route=\"").append(label(name)).append("\"} ")
        .append(healthy(name) ? 1 : 0).append('\n'));
    header(out, "reelgate_route_alerts_total", "Refusals of the operator's account (MiniMax 1004/1008, HTTP 401/402/403) by code.", "counter");
    sorted.forEach((name, r) -> r.alerts.forEach((code, n) -> out.append("reelgate_route_alerts_total{route=\"")
        .append(label(name)).append("\",code=\"").append(label(code)).append("\"} ").append(n.sum()).append('\n')));
    header(out, "reelgate_route_tasks_total", "Tasks each route ended, by outcome.", "counter");
    sorted.forEach((name, r) -> r.tasks.forEach((outcome, n) -> out.append("reelgate_route_tasks_total{route=\"")
        .append(label(name)).append("\",outcome=\"").append(outcome).append("\"} ").append(n.sum()).append('\n')));
    header(out, "reelgate_route_spend_credits_total", "Credits charged for the tasks each route made.", "counter");
    sorted.forEach((name, r) -> out.append("reelgate_route_spend_credits_total{route=\"").append(label(name)).append("\"} ")
        .append(r.spend.sum()).append('\n'));
    header(out, "reelgate_upstream_reconciling", "Tasks past their route's poll deadline, still waiting for the upstream.", "gauge");
    out.append("reelgate_upstream_reconciling ").append(reconciling).append('\n');
    return out.toString();
  }

  private Route route(String name) {
    return routes.computeIfAbsent(name, n -> new Route());
  }

  private static void header(StringBuilder out, String name, String help, String type) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static String label(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private record CallOutcome(String call, String outcome) {}

  private static final class Route {
    final Map<CallOutcome, LongAdder> calls = new ConcurrentHashMap<>();
    final Map<String, DoubleAdder> seconds = new ConcurrentHashMap<>();
    final Map<String, LongAdder> alerts = new ConcurrentHashMap<>();
    final Map<String, LongAdder> tasks = new ConcurrentHashMap<>();
    final LongAdder spend = new LongAdder();
    final AtomicLong failuresInARow = new AtomicLong();
    volatile Instant unhealthyUntil;

    void count(Call call, String outcome, Duration took) {
      String c = call.name().toLowerCase(java.util.Locale.ROOT);
      calls.computeIfAbsent(new CallOutcome(c, outcome), k -> new LongAdder()).increment();
      seconds.computeIfAbsent(c, k -> new DoubleAdder()).add(took.toNanos() / 1e9);
    }

    Snapshot snapshot(String name, boolean healthy) {
      long all = calls.values().stream().mapToLong(LongAdder::sum).sum();
      long ok = calls.entrySet().stream().filter(e -> e.getKey().outcome.equals("ok")).mapToLong(e -> e.getValue().sum()).sum();
      Map<String, Double> mean = new LinkedHashMap<>();
      new TreeMap<>(seconds).forEach((call, sum) -> mean.put(call, sum.sum() / Math.max(1, callCount(call))));
      return new Snapshot(name, healthy, all, all - ok, java.util.Collections.unmodifiableMap(mean), count(tasks, "succeeded"), count(tasks, "failed"),
          spend.sum());
    }

    private static long count(Map<String, LongAdder> counters, String key) {
      LongAdder n = counters.get(key);
      return n == null ? 0 : n.sum();
    }

    long callCount(String call) {
      return calls.entrySet().stream().filter(e -> e.getKey().call.equals(call)).mapToLong(e -> e.getValue().sum()).sum();
    }
  }
}

package io.reelgate.server.pages;

import io.reelgate.server.upstream.RouteStats;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The upstream routes as the operator's view and {@code /metrics} show them: each route's health,
 * call times, tasks and spend; nothing when the server routes no model upstream.
 *
 * @param reconciling how many upstream tasks are past their route's poll deadline
 */
record UpstreamRoutes(RouteStats stats, IntSupplier reconciling) {

  List<RouteStats.Snapshot> snapshot() {
    return stats.snapshot();
  }

  /** The routes' part of {@code /metrics}, empty without routes. */
  String prometheus() {
    return snapshot().isEmpty() ? "" : stats.prometheus(reconciling.getAsInt());
  }
}

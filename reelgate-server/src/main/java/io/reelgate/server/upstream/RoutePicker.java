package io.reelgate.server.upstream;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The order in which a model's routes are tried for one task: the healthy routes in the order of
 * the routing file, except that the first pick is drawn among the healthy weighted routes in
 * proportion to their weights; then the resting (unhealthy) routes, in file order, so that a task
 * is never refused only because every route had a bad minute.
 */
final class RoutePicker {
  private final RoutingTable table;
  private final RouteStats stats;
  private final RandomGenerator random;

  RoutePicker(RoutingTable table, RouteStats stats, RandomGenerator random) {
    this.table = table;
    this.stats = stats;
    this.random = random;
  }

  List<RouteSettings> order(String model) {
    List<ModelRoute> healthy = new ArrayList<>();
    List<ModelRoute> resting = new ArrayList<>();
    for (ModelRoute r : table.routesOf(model)) (stats.healthy(r.route()) ? healthy : resting).add(r);
    int totalWeight = healthy.stream().mapToInt(ModelRoute::weight).sum();
    if (totalWeight > 0) {
      int ticket = random.nextInt(totalWeight);
      for (int i = 0; i < healthy.size(); i++) {
        ticket -= healthy.get(i).weight();
        if (ticket < 0) {
          healthy.add(0, healthy.remove(i));
          break;
        }
      }
    }
    List<RouteSettings> order = new ArrayList<>();
    for (ModelRoute r : healthy) order.add(table.route(r.route()));
    for (ModelRoute r : resting) order.add(table.route(r.route()));
    return order;
  }
}

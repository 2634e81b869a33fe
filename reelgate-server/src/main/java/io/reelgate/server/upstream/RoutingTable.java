package io.reelgate.server.upstream;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which upstream routes serve which model, as the routing file says ({@code --routes}). Models
 * not in {@code models} are rendered by the built-in engine.
 *
 * @param routes the routes by name
 * @param models each routed model (a catalog id) with its routes in the order they are tried
 * @param concurrency how many upstream tasks this instance follows at once (they mostly wait, so
 *     this is far above the render workers)
 */
public record RoutingTable(Map<String, RouteSettings> routes, Map<String, List<ModelRoute>> models, int concurrency) {
  public static final int DEFAULT_CONCURRENCY = 64;
  public static final RoutingTable NONE = new RoutingTable(Map.of(), Map.of(), DEFAULT_CONCURRENCY);

  public RoutingTable {
    routes = Map.copyOf(routes);
    models = Map.copyOf(models);
    if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    for (var model : models.entrySet()) {
      if (model.getValue().isEmpty()) throw new IllegalArgumentException("model " + model.getKey() + " has no routes");
      for (ModelRoute r : model.getValue()) {
        if (!routes.containsKey(r.route())) {
          throw new IllegalArgumentException("model " + model.getKey() + " names route '" + r.route() + "', which is not defined; defined: " + routes.keySet());
        }
      }
    }
  }

  public Set<String> routedModels() {
    return models.keySet();
  }

  public boolean routes(String model) {
    return models.containsKey(model);
  }

  public List<ModelRoute> routesOf(String model) {
    return models.getOrDefault(model, List.of());
  }

  public RouteSettings route(String name) {
    return routes.get(name);
  }
}

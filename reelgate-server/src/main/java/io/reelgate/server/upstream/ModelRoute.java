package io.reelgate.server.upstream;

/**
 * One entry of a model's ordered list of routes.
 *
 * @param route the name of a route of the routing file
 * @param weight 0 when the route is only tried in its turn; above 0, the route shares the first
 *     pick with the other weighted routes of the model, in proportion to the weights
 */
public record ModelRoute(String route, int weight) {
  public ModelRoute {
    if (weight < 0) throw new IllegalArgumentException("the weight of route " + route + " is negative: " + weight);
  }
}

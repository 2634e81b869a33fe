package io.reelgate.server.store;

import java.util.Set;

/**
 * Which tasks a worker pool claims, by model: the render workers take the models no upstream
 * route serves, the upstream workers take the routed ones, so a task that waits minutes on a
 * provider never holds a render worker. A task with a scenario is always the render workers': it
 * never goes upstream. Plain data: each store turns it into its own query (the
 * SQL stores in {@code store.jdbc}).
 */
public record ModelFilter(Set<String> models, boolean only) {
  public static final ModelFilter ANY = new ModelFilter(Set.of(), false);

  public ModelFilter {
    models = Set.copyOf(models);
  }

  /** Only the tasks of these models. */
  public static ModelFilter only(Set<String> models) {
    return new ModelFilter(models, true);
  }

  /** The tasks of every model but these. */
  public static ModelFilter except(Set<String> models) {
    return new ModelFilter(models, false);
  }
}

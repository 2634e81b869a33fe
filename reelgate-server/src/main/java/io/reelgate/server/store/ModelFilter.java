package io.reelgate.server.store;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which tasks a worker pool claims, by model: the render workers take the models no upstream
 * route serves, the upstream workers take the routed ones, so a task that waits minutes on a
 * provider never holds a render worker.
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

  /**
   * The condition on the model column {@code column}, to append to a WHERE clause: "" for any model.
   * Model ids come from the operator's routing file and are checked against the catalog, and
   * quotes are doubled all the same.
   */
  public String sqlCondition(String column) {
    if (models.isEmpty()) return only ? " AND 1 = 0" : "";
    String list = models.stream().sorted().map(m -> "'" + m.replace("'", "''") + "'").collect(Collectors.joining(", "));
    return " AND " + column + " " + (only ? "IN" : "NOT IN") + " (" + list + ")";
  }
}

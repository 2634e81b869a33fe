package io.reelgate.server.store.jdbc;

import io.reelgate.server.store.ModelFilter;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A {@link ModelFilter} in SQL: a condition on a model column, to append to a WHERE clause. The
 * model ids are bound as parameters ({@code :model0}, {@code :model1}, ...), never
 * written into the text, so no id, whatever quotes or backslashes it holds, can change the
 * statement; and the text depends only on how many ids there are, so a statement made once per
 * filter serves every call.
 */
final class ModelCondition {
  private ModelCondition() {}

  /** The condition on {@code column}: "" for any model, never true for {@code only} no model. */
  static String on(String column, ModelFilter models) {
    if (models.models().isEmpty()) return models.only() ? " AND 1 = 0" : "";
    String parameters =
        IntStream.range(0, models.models().size()).mapToObj(i -> ":model" + i).collect(Collectors.joining(", "));
    return " AND " + column + " " + (models.only() ? "IN" : "NOT IN") + " (" + parameters + ")";
  }

  /** Binds the ids of {@code models} to the parameters {@link #on} wrote. */
  static <S extends SqlStatement<S>> S bind(S statement, ModelFilter models) {
    int i = 0;
    for (String model : models.models()) statement.bind("model" + i++, model);
    return statement;
  }
}

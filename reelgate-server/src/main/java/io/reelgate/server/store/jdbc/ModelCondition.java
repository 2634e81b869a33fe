package io.reelgate.server.store.jdbc;

import io.reelgate.server.store.ModelFilter;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A {@link ModelFilter} in SQL: a condition on the model and scenario columns, to append to a
 * WHERE clause. A task with a scenario is always let through by an {@code except} filter and never
 * by an {@code only} one: it never goes upstream. The
 * model ids are bound as parameters ({@code :model0}, {@code :model1}, ...), never
 * written into the text, so no id, whatever quotes or backslashes it holds, can change the
 * statement; and the text depends only on how many ids there are, so a statement made once per
 * filter serves every call.
 */
final class ModelCondition {
  private ModelCondition() {}

  /**
   * The condition on the columns of the table named {@code alias} ({@code "q."}, or {@code ""} for
   * the statement's one table): "" for any model, never true for {@code only} no model.
   */
  static String on(String alias, ModelFilter models) {
    if (models.models().isEmpty()) return models.only() ? " AND 1 = 0" : "";
    String parameters =
        IntStream.range(0, models.models().size()).mapToObj(i -> ":model" + i).collect(Collectors.joining(", "));
    return models.only()
        ? " AND " + alias + "model IN (" + parameters + ") AND " + alias + "scenario IS NULL"
        : " AND (" + alias + "model NOT IN (" + parameters + ") OR " + alias + "scenario IS NOT NULL)";
  }

  /** Binds the ids of {@code models} to the parameters {@link #on} wrote. */
  static <S extends SqlStatement<S>> S bind(S statement, ModelFilter models) {
    int i = 0;
    for (String model : models.models()) statement.bind("model" + i++, model);
    return statement;
  }
}

package io.reelgate.server.store.jdbc;

import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * The Jdbi of a database, made once per database and shared by its stores: an {@link Instant} is
 * bound and mapped as {@link EpochMillis} (Jdbi's default would be a SQL timestamp), and SQL runs
 * as written, without Jdbi's {@code <name>} templating, which our SQL never uses and whose
 * rendering would only cost time on every statement.
 */
public final class Jdbis {
  private Jdbis() {}

  public static Jdbi create(DataSource dataSource) {
    return configure(Jdbi.create(dataSource));
  }

  static Jdbi configure(Jdbi jdbi) {
    jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
    jdbi.registerArgument(new InstantArgument());
    jdbi.registerColumnMapper(Instant.class, (row, column, context) -> EpochMillis.get(row, column));
    return jdbi;
  }

  private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
    InstantArgument() {
      super(Types.BIGINT); // what a null Instant is bound as
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      return (position, statement, context) -> EpochMillis.set(statement, position, value);
    }
  }
}

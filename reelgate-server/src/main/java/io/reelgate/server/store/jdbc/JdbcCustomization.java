package io.reelgate.server.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What differs between the databases behind the JDBC stores: how a time is kept, how the next
 * queued task is locked, what breaks ties in the order of insertion, how a duplicate key is told.
 * The defaults are standard SQL and JDBC ({@code TIMESTAMP WITH TIME ZONE}, SQLState 23505); a
 * backend overrides only what it does otherwise. (After db-scheduler's {@code JdbcCustomization}.)
 */
public abstract class JdbcCustomization {
  /** For the log: {@code SQLite}, {@code PostgreSQL}. */
  public abstract String name();

  /**
   * The subquery that picks the id of the oldest QUEUED task, for {@code WHERE id = (...)}; a
   * database that can skip rows other transactions locked says so here.
   */
  public String selectNextQueued() {
    return "SELECT id FROM tasks WHERE status = 'QUEUED' ORDER BY created_at, " + insertionOrder() + " LIMIT 1";
  }

  /** A column that grows with each insert, to order tasks created in the same millisecond. */
  public abstract String insertionOrder();

  public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
    statement.setObject(index, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
  }

  public Instant getInstant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** True when {@code e} says a row with the same unique key exists. */
  public boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}

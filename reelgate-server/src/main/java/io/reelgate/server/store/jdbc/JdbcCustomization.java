package io.reelgate.server.store.jdbc;

import io.reelgate.server.store.ModelFilter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What differs between the databases behind the JDBC stores: how the next queued task is locked,
 * what breaks ties in the order of insertion, how a duplicate key is told. The defaults are
 * standard SQL and JDBC (SQLState 23505); a backend overrides only what it does otherwise. Times
 * are the same everywhere, {@link EpochMillis}. (After db-scheduler's {@code JdbcCustomization}.)
 */
public abstract class JdbcCustomization {
  /** For the log: {@code SQLite}, {@code PostgreSQL}. */
  public abstract String name();

  /**
   * The subquery that picks the id of the next QUEUED task, for {@code WHERE id = (...)}. Keys take
   * turns: the task picked is the oldest of the key with the fewest tasks running, and among keys
   * running as many, of the key served longest ago (whose latest task started first), so one
   * key's thousand queued tasks do not hold back another key's one. With {@code
   * maxRunningPerKey} above 0, a key already running that many is skipped. A database that can
   * skip rows other transactions locked says so here.
   */
  public String selectNextQueued(int maxRunningPerKey) {
    return selectNextQueued(maxRunningPerKey, ModelFilter.ANY);
  }

  /** As {@link #selectNextQueued(int)}, among the tasks of the models {@code models} lets through. */
  public String selectNextQueued(int maxRunningPerKey, ModelFilter models) {
    String running = "(SELECT count(*) FROM tasks r WHERE r.key_id = q.key_id AND r.status = 'PROCESSING')";
    return "SELECT q.id FROM tasks q WHERE q.status = 'QUEUED'" + models.sqlCondition("q.model")
        + (maxRunningPerKey > 0 ? " AND " + running + " < " + maxRunningPerKey : "")
        + " ORDER BY " + running + ","
        + " (SELECT max(s.started_at) FROM tasks s WHERE s.key_id = q.key_id) NULLS FIRST,"
        + " q.created_at, q." + insertionOrder() + " LIMIT 1";
  }

  /** A column that grows with each insert, to order tasks created in the same millisecond. */
  public abstract String insertionOrder();

  /** As {@link EpochMillis#set}: the one way times are kept, on every database. */
  public final void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
    EpochMillis.set(statement, index, value);
  }

  /** As {@link EpochMillis#get(ResultSet, String)}. */
  public final Instant getInstant(ResultSet row, String column) throws SQLException {
    return EpochMillis.get(row, column);
  }

  /** As {@link EpochMillis#get(ResultSet, int)}, by the column's position. */
  public final Instant getInstant(ResultSet row, int column) throws SQLException {
    return EpochMillis.get(row, column);
  }

  /** True when {@code e} says a row with the same unique key exists. */
  public boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}

package io.reelgate.server.store.jdbc;

import io.reelgate.server.store.ModelFilter;
import java.sql.SQLException;

/**
 * What differs between the databases behind the JDBC stores: how the next queued task is locked,
 * what breaks ties in the order of insertion, how a duplicate key is told. The defaults are
 * standard SQL and JDBC (SQLState 23505); a backend overrides only what it does otherwise. Times
 * are the same everywhere, {@link EpochMillis}, so they are not here. (After db-scheduler's {@code
 * JdbcCustomization}.)
 */
public abstract class JdbcCustomization {
  private final String name;
  private final String insertionOrder;

  /** {@code insertionOrder}: a column that grows with each insert, to order tasks created in the same millisecond. */
  protected JdbcCustomization(String name, String insertionOrder) {
    this.name = name;
    this.insertionOrder = insertionOrder;
  }

  /** For the log: {@code SQLite}, {@code PostgreSQL}. */
  public final String name() {
    return name;
  }

  /**
   * The subquery that picks the id of the next QUEUED task, for {@code WHERE id = (...)}. Keys take
   * turns: the task picked is the oldest of the key with the fewest tasks running, and among keys
   * running as many, of the key served longest ago (whose latest task started first), so one
   * key's thousand queued tasks do not hold back another key's one. A task whose {@code run_after}
   * (its scenario's queue delay) is still to come, after the statement's {@code :now}, waits. With {@code
   * maxRunningPerKey} above 0, a key already running that many is skipped. A database that can
   * skip rows other transactions locked says so here.
   */
  public String selectNextQueued(int maxRunningPerKey) {
    return selectNextQueued(maxRunningPerKey, ModelFilter.ANY);
  }

  /**
   * As {@link #selectNextQueued(int)}, among the tasks of the models {@code models} lets through,
   * whose ids the statement binds ({@link ModelCondition}).
   */
  public String selectNextQueued(int maxRunningPerKey, ModelFilter models) {
    String running = "(SELECT count(*) FROM tasks r WHERE r.key_id = q.key_id AND r.status = 'PROCESSING')";
    return "SELECT q.id FROM tasks q WHERE q.status = 'QUEUED'" + ModelCondition.on("q.", models)
        + " AND (q.run_after IS NULL OR q.run_after <= :now)"
        + (maxRunningPerKey > 0 ? " AND " + running + " < " + maxRunningPerKey : "")
        + " ORDER BY " + running + ","
        + " (SELECT max(s.started_at) FROM tasks s WHERE s.key_id = q.key_id) NULLS FIRST,"
        + " q.created_at, q." + insertionOrder() + " LIMIT 1";
  }

  /** A column that grows with each insert, to order tasks created in the same millisecond. */
  public final String insertionOrder() {
    return insertionOrder;
  }

  /** True when {@code e} says a row with the same unique key exists. */
  public boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}

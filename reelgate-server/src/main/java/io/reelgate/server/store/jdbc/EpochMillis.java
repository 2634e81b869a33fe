package io.reelgate.server.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * How every time is kept, in every table of both databases: BIGINT milliseconds since the epoch
 * (UTC), NULL for none. Numbers because leases and expiries are compared and subtracted in SQL the
 * same way on SQLite (which has no time type) and PostgreSQL, and because the server keeps times
 * to the millisecond anyway. Plain JDBC code reads and writes times here; Jdbi code gets the same
 * from {@link Jdbis}, which binds and maps {@link Instant} with these methods.
 */
final class EpochMillis {
  private EpochMillis() {}

  public static void set(PreparedStatement statement, int index, Instant value) throws SQLException {
    if (value == null) statement.setNull(index, Types.BIGINT);
    else statement.setLong(index, value.toEpochMilli());
  }

  public static Instant get(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  public static Instant get(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(value);
  }
}

package io.reelgate.server.store.sqlite;

import io.reelgate.server.store.jdbc.JdbcCustomization;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import org.sqlite.SQLiteErrorCode;

/**
 * SQLite keeps times as INTEGER milliseconds since the epoch, orders ties by {@code rowid}, and
 * needs no row locks to claim: it has a single writer, so the claim statement never interleaves
 * with another.
 */
final class SqliteCustomization extends JdbcCustomization {
  static final SqliteCustomization INSTANCE = new SqliteCustomization();

  private SqliteCustomization() {}

  @Override
  public String name() {
    return "SQLite";
  }

  @Override
  public String insertionOrder() {
    return "rowid";
  }

  @Override
  public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
    if (value == null) statement.setNull(index, Types.INTEGER);
    else statement.setLong(index, value.toEpochMilli());
  }

  @Override
  public Instant getInstant(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  @Override
  public Instant getInstant(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  @Override
  public boolean isDuplicateKey(SQLException e) {
    return e.getErrorCode() == SQLiteErrorCode.SQLITE_CONSTRAINT.code;
  }
}

package io.reelgate.server.store.sqlite;

import io.reelgate.server.store.jdbc.JdbcCustomization;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/**
 * SQLite orders ties by {@code rowid}, tells a duplicate key by its own error code, and needs no
 * row locks to claim: it has a single writer, so the claim statement never interleaves with
 * another.
 */
final class SqliteCustomization extends JdbcCustomization {
  static final SqliteCustomization INSTANCE = new SqliteCustomization();

  private SqliteCustomization() {
    super("SQLite", "rowid");
  }

  @Override
  public boolean isDuplicateKey(SQLException e) {
    return e.getErrorCode() == SQLiteErrorCode.SQLITE_CONSTRAINT.code;
  }
}

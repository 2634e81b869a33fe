package io.reelgate.server.store.jdbc;

import io.reelgate.server.store.Settings;
import io.reelgate.server.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Settings in the {@code settings} table. The first value is kept with {@code INSERT ... ON
 * CONFLICT DO NOTHING}, which SQLite and PostgreSQL both understand, so the first writer wins.
 */
public final class JdbcSettings implements Settings {
  private final DataSource dataSource;

  public JdbcSettings(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String getOrCreate(String name, Supplier<String> initial) {
    return read(name)
        .orElseGet(
            () -> {
              insertIfAbsent(name, initial.get());
              return read(name).orElseThrow();
            });
  }

  private Optional<String> read(String name) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the setting " + name + ": " + e.getMessage(), e);
    }
  }

  private void insertIfAbsent(String name, String value) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
      insert.setString(1, name);
      insert.setString(2, value);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot write the setting " + name + ": " + e.getMessage(), e);
    }
  }
}

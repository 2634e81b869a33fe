package io.reelgate.server.store.jdbc;

import io.reelgate.server.store.Settings;
import io.reelgate.server.store.StoreException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Settings in the {@code settings} table. The first value is kept with {@code INSERT ... ON
 * CONFLICT DO NOTHING}, which SQLite and PostgreSQL both understand, so the first writer wins.
 */
public final class JdbcSettings implements Settings {
  private final Jdbi jdbi;

  public JdbcSettings(Jdbi jdbi) {
    this.jdbi = jdbi;
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
    try {
      return jdbi.withHandle(
          handle -> handle.createQuery("SELECT value FROM settings WHERE name = :name")
              .bind("name", name)
              .mapTo(String.class)
              .findOne());
    } catch (JdbiException e) {
      throw StoreException.cannot("read the setting " + name, e);
    }
  }

  private void insertIfAbsent(String name, String value) {
    try {
      jdbi.useHandle(
          handle -> handle.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
              .bind("name", name)
              .bind("value", value)
              .execute());
    } catch (JdbiException e) {
      throw StoreException.cannot("write the setting " + name, e);
    }
  }
}

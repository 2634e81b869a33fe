package io.reelgate.server.keys;

import io.reelgate.server.store.StoreException;
import io.reelgate.server.store.jdbc.JdbcCustomization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * API keys in the {@code api_keys} table of a SQL database: an id, a name, and the SHA-256 of the
 * secret (see {@link SecretHash} for why that hash), never the secret itself. Every backend shares
 * this; how it keeps times is its {@link JdbcCustomization}.
 */
public abstract class JdbcKeyStore implements KeyStore {
  static final String SECRET_PREFIX = "rg_";
  private static final int SECRET_LENGTH = 32;
  private static final int ID_LENGTH = 12;

  private final DataSource dataSource;
  private final JdbcCustomization customization;
  private final Clock clock;

  protected JdbcKeyStore(DataSource dataSource, JdbcCustomization customization, Clock clock) {
    this.dataSource = dataSource;
    this.customization = customization;
    this.clock = clock;
  }

  /** A key with a fresh secret; a blank name is replaced by the key's id. */
  @Override
  public CreatedKey create(String name) {
    String secret = SECRET_PREFIX + SecretHash.randomBase62(SECRET_LENGTH);
    ApiKey key = newKey(name);
    insert("INSERT INTO api_keys (id, name, secret_hash, created_at) VALUES (?, ?, ?, ?)", key, SecretHash.sha256(secret));
    return new CreatedKey(key, secret);
  }

  /**
   * The key with this secret, added when missing. A key that was revoked stays revoked: listing
   * its secret in the environment again does not bring it back.
   */
  @Override
  public ApiKey ensure(String secret, String name) {
    if (secret == null || secret.isBlank() || !secret.strip().equals(secret)) {
      throw new IllegalArgumentException("an API key must not be blank nor start or end with spaces");
    }
    String hash = SecretHash.sha256(secret);
    return byHash(hash, false)
        .orElseGet(
            () -> {
              // DO NOTHING: two servers starting at once with the same environment add it once.
              insert(
                  "INSERT INTO api_keys (id, name, secret_hash, created_at) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (secret_hash) DO NOTHING",
                  newKey(name), hash);
              return byHash(hash, false).orElseThrow();
            });
  }

  @Override
  public Optional<ApiKey> authenticate(String secret) {
    if (secret == null || secret.isEmpty()) return Optional.empty();
    return byHash(SecretHash.sha256(secret), true);
  }

  /** Every key, revoked ones included, oldest first. */
  @Override
  public List<ApiKey> list() {
    return query("SELECT * FROM api_keys ORDER BY created_at, id");
  }

  /** Revokes the live key with this id, or every live key with this name. */
  @Override
  public boolean revoke(String idOrName) {
    String sql = "UPDATE api_keys SET revoked_at = ? WHERE (id = ? OR name = ?) AND revoked_at IS NULL";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      customization.setInstant(statement, 1, Instant.ofEpochMilli(clock.millis()));
      statement.setString(2, idOrName);
      statement.setString(3, idOrName);
      return statement.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException("cannot write API keys: " + e.getMessage(), e);
    }
  }

  /**
   * True when no key was ever made. Revoked keys count: a server whose keys were all revoked must
   * not quietly make itself a new one at start.
   */
  @Override
  public boolean isEmpty() {
    return query("SELECT * FROM api_keys LIMIT 1").isEmpty();
  }

  private ApiKey newKey(String name) {
    String id = "key_" + SecretHash.randomBase62(ID_LENGTH);
    String shown = name == null || name.isBlank() ? id : name.strip();
    return new ApiKey(id, shown, Instant.ofEpochMilli(clock.millis()), false);
  }

  private void insert(String sql, ApiKey key, String hash) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key.id());
      statement.setString(2, key.name());
      statement.setString(3, hash);
      customization.setInstant(statement, 4, key.createdAt());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot write API keys: " + e.getMessage(), e);
    }
  }

  private Optional<ApiKey> byHash(String hash, boolean liveOnly) {
    String sql = "SELECT * FROM api_keys WHERE secret_hash = ?" + (liveOnly ? " AND revoked_at IS NULL" : "");
    return query(sql, hash).stream().findFirst();
  }

  private List<ApiKey> query(String sql, String... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) statement.setString(i + 1, parameters[i]);
      List<ApiKey> keys = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          keys.add(
              new ApiKey(
                  rows.getString("id"),
                  rows.getString("name"),
                  customization.getInstant(rows, "created_at"),
                  customization.getInstant(rows, "revoked_at") != null));
        }
      }
      return List.copyOf(keys);
    } catch (SQLException e) {
      throw new StoreException("cannot read API keys: " + e.getMessage(), e);
    }
  }
}

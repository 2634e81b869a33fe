package io.reelgate.server.keys;

import io.reelgate.server.store.StoreException;
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
 * API keys in the {@code api_keys} table of the data folder's database: an id, a name, and the
 * SHA-256 of the secret (see {@link SecretHash} for why that hash), never the secret itself.
 */
public final class SqliteKeyStore implements KeyStore {
  static final String SECRET_PREFIX = "rg_";
  private static final int SECRET_LENGTH = 32;
  private static final int ID_LENGTH = 12;

  private final DataSource dataSource;
  private final Clock clock;

  public SqliteKeyStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public SqliteKeyStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** A key with a fresh secret; a blank name is replaced by the key's id. */
  @Override
  public CreatedKey create(String name) {
    String secret = SECRET_PREFIX + SecretHash.randomBase62(SECRET_LENGTH);
    ApiKey key = newKey(name);
    insert(key, SecretHash.sha256(secret));
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
              ApiKey key = newKey(name);
              // DO NOTHING: two servers starting at once with the same environment add it once.
              execute(
                  "INSERT INTO api_keys (id, name, secret_hash, created_at) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (secret_hash) DO NOTHING",
                  key.id(), key.name(), hash, key.createdAt().toEpochMilli());
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
    return execute(
            "UPDATE api_keys SET revoked_at = ? WHERE (id = ? OR name = ?) AND revoked_at IS NULL",
            clock.millis(), idOrName, idOrName)
        > 0;
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

  private void insert(ApiKey key, String hash) {
    execute(
        "INSERT INTO api_keys (id, name, secret_hash, created_at) VALUES (?, ?, ?, ?)",
        key.id(), key.name(), hash, key.createdAt().toEpochMilli());
  }

  private Optional<ApiKey> byHash(String hash, boolean liveOnly) {
    String sql = "SELECT * FROM api_keys WHERE secret_hash = ?" + (liveOnly ? " AND revoked_at IS NULL" : "");
    return query(sql, hash).stream().findFirst();
  }

  private List<ApiKey> query(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<ApiKey> keys = new ArrayList<>();
      while (rows.next()) {
        rows.getLong("revoked_at");
        boolean revoked = !rows.wasNull();
        keys.add(
            new ApiKey(
                rows.getString("id"),
                rows.getString("name"),
                Instant.ofEpochMilli(rows.getLong("created_at")),
                revoked));
      }
      return List.copyOf(keys);
    } catch (SQLException e) {
      throw new StoreException("cannot read API keys: " + e.getMessage(), e);
    }
  }

  private int execute(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot write API keys: " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
    return statement;
  }
}

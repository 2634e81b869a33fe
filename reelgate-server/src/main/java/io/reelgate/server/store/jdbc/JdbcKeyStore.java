package io.reelgate.server.store.jdbc;

import io.reelgate.core.scenario.Scenario;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.keys.SecretHash;
import io.reelgate.server.store.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * API keys in the {@code api_keys} table, the same on SQLite and PostgreSQL: an id, a name, and
 * the SHA-256 of the secret (see {@link SecretHash} for why that hash), never the secret itself.
 * Every request looks its key up by that hash, through the unique index on it.
 */
public final class JdbcKeyStore implements KeyStore {
  private static final String INSERT =
      "INSERT INTO api_keys (id, name, secret_hash, created_at) VALUES (:id, :name, :hash, :createdAt)";
  // DO NOTHING: two servers starting at once with the same environment add it once.
  private static final String INSERT_IF_ABSENT = INSERT + " ON CONFLICT (secret_hash) DO NOTHING";
  private static final String BY_HASH = "SELECT * FROM api_keys WHERE secret_hash = :hash";
  private static final String LIVE_BY_HASH = BY_HASH + " AND revoked_at IS NULL";
  private static final String REVOKE =
      "UPDATE api_keys SET revoked_at = :now WHERE (id = :key OR name = :key) AND revoked_at IS NULL";
  private static final String SET_SCENARIO = "UPDATE api_keys SET scenario = :scenario WHERE id = :key";

  private static final RowMapper<ApiKey> ROW =
      (row, context) ->
          new ApiKey(
              row.getString("id"),
              row.getString("name"),
              EpochMillis.get(row, "created_at"),
              EpochMillis.get(row, "revoked_at") != null,
              scenario(row.getString("scenario")));

  private final Jdbi jdbi;
  private final Clock clock;

  public JdbcKeyStore(Jdbi jdbi) {
    this(jdbi, Clock.systemUTC());
  }

  public JdbcKeyStore(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** A key with a fresh secret; a blank name is replaced by the key's id. */
  @Override
  public CreatedKey create(String name) {
    CreatedKey created = CreatedKey.fresh(name, now());
    insert(INSERT, created.key(), SecretHash.sha256(created.secret()));
    return created;
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
    return byHash(BY_HASH, hash)
        .orElseGet(
            () -> {
              insert(INSERT_IF_ABSENT, ApiKey.fresh(name, now()), hash);
              return byHash(BY_HASH, hash).orElseThrow();
            });
  }

  @Override
  public Optional<ApiKey> authenticate(String secret) {
    if (secret == null || secret.isEmpty()) return Optional.empty();
    return byHash(LIVE_BY_HASH, SecretHash.sha256(secret));
  }

  /** Every key, revoked ones included, oldest first. */
  @Override
  public List<ApiKey> list() {
    return read(handle -> handle.createQuery("SELECT * FROM api_keys ORDER BY created_at, id").map(ROW).list());
  }

  /** Revokes the live key with this id, or every live key with this name. */
  @Override
  public boolean revoke(String idOrName) {
    return write(handle -> handle.createUpdate(REVOKE).bind("now", now()).bind("key", idOrName).execute() > 0);
  }

  @Override
  public boolean setScenario(String id, Scenario scenario) {
    String text = scenario == null ? null : scenario.toString();
    return write(handle -> handle.createUpdate(SET_SCENARIO).bind("scenario", text).bind("key", id).execute() > 0);
  }

  private boolean write(HandleCallback<Boolean, RuntimeException> update) {
    try {
      return jdbi.withHandle(update);
    } catch (JdbiException e) {
      throw StoreException.cannot("write API keys", e);
    }
  }

  /** The key's scenario, in the header's syntax it was written in. */
  private static Scenario scenario(String text) {
    return text == null ? null : Scenario.parse(text, "api_keys.scenario");
  }

  /**
   * True when no key was ever made. Revoked keys count: a server whose keys were all revoked must
   * not quietly make itself a new one at start.
   */
  @Override
  public boolean isEmpty() {
    return read(handle -> handle.createQuery("SELECT * FROM api_keys LIMIT 1").map(ROW).findFirst()).isEmpty();
  }

  private Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }

  private void insert(String sql, ApiKey key, String hash) {
    try {
      jdbi.useHandle(
          handle -> handle.createUpdate(sql)
              .bind("id", key.id())
              .bind("name", key.name())
              .bind("hash", hash)
              .bind("createdAt", key.createdAt())
              .execute());
    } catch (JdbiException e) {
      throw StoreException.cannot("write API keys", e);
    }
  }

  private Optional<ApiKey> byHash(String sql, String hash) {
    return read(handle -> handle.createQuery(sql).bind("hash", hash).map(ROW).findFirst());
  }

  private <T> T read(HandleCallback<T, RuntimeException> query) {
    try {
      return jdbi.withHandle(query);
    } catch (JdbiException e) {
      throw StoreException.cannot("read API keys", e);
    }
  }
}

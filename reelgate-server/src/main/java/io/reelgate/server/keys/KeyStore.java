package io.reelgate.server.keys;

import io.reelgate.core.scenario.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys, stored hashed: the secret is shown once, when the key is created. */
public interface KeyStore {
  /** A new key: the stored record and the secret to hand to the user (shown once). */
  record CreatedKey(ApiKey key, String secret) {
    /** A key with a fresh id and secret (see {@link ApiKey#fresh} and {@link SecretHash#newSecret}). */
    public static CreatedKey fresh(String name, Instant createdAt) {
      return new CreatedKey(ApiKey.fresh(name, createdAt), SecretHash.newSecret());
    }
  }

  CreatedKey create(String name);

  /** Registers a secret given from outside (REELGATE_API_KEYS); does nothing when it exists. */
  ApiKey ensure(String secret, String name);

  /** The live key with this secret. */
  Optional<ApiKey> authenticate(String secret);

  List<ApiKey> list();

  /**
   * Gives the key of this id the scenario every task it creates will behave like (null for none);
   * false when there is no such key. A server sees the change within a second (it trusts a key it
   * found for that long).
   */
  boolean setScenario(String id, Scenario scenario);

  /** Revokes by id or name; false when there is no such live key. */
  boolean revoke(String idOrName);

  boolean isEmpty();
}

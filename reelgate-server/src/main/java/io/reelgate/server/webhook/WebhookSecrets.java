package io.reelgate.server.webhook;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The signing secret of each API key, made on first use and kept in {@code webhook_secrets}, so
 * that every instance signs with the same one. {@code reelgate keys webhook-secret} shows it.
 */
public final class WebhookSecrets {
  private static final String SELECT = "SELECT secret FROM webhook_secrets WHERE key_id = :key";
  // Two instances making the first one at once: the first insert wins, both read it back.
  private static final String INSERT =
      "INSERT INTO webhook_secrets (key_id, secret, created_at) VALUES (:key, :secret, :at) ON CONFLICT (key_id) DO NOTHING";

  private final WebhookDb db;
  private final Clock clock;

  public WebhookSecrets(Jdbi jdbi, Clock clock) {
    this.db = new WebhookDb(jdbi);
    this.clock = clock;
  }

  /** The secret of key {@code keyId}, created now if it has none. */
  public String forKey(String keyId) {
    return db.withHandle("read the webhook secret of key " + keyId, handle -> {
      Optional<String> secret = find(handle, keyId);
      if (secret.isPresent()) return secret.get();
      handle.createUpdate(INSERT)
          .bind("key", keyId)
          .bind("secret", WebhookSignature.newSecret())
          .bind("at", clock.millis())
          .execute();
      return find(handle, keyId).orElse(null);
    });
  }

  private static Optional<String> find(Handle handle, String keyId) {
    return handle.createQuery(SELECT).bind("key", keyId).mapTo(String.class).findOne();
  }
}

package io.reelgate.server.webhook;

import io.reelgate.server.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The signing secret of each API key, made on first use and kept in {@code webhook_secrets}, so
 * that every instance signs with the same one. {@code reelgate keys webhook-secret} shows it.
 */
public final class WebhookSecrets {
  private static final String SELECT = "SELECT secret FROM webhook_secrets WHERE key_id = ?";
  // Two instances making the first one at once: the first insert wins, both read it back.
  private static final String INSERT =
      "INSERT INTO webhook_secrets (key_id, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (key_id) DO NOTHING";

  private final DataSource dataSource;
  private final Clock clock;

  public WebhookSecrets(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** The secret of key {@code keyId}, created now if it has none. */
  public String forKey(String keyId) {
    try (Connection connection = dataSource.getConnection()) {
      String secret = find(connection, keyId);
      if (secret != null) return secret;
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        insert.setString(1, keyId);
        insert.setString(2, WebhookSignature.newSecret());
        insert.setLong(3, clock.millis());
        insert.executeUpdate();
      }
      return find(connection, keyId);
    } catch (SQLException e) {
      throw new StoreException("cannot read the webhook secret of key " + keyId, e);
    }
  }

  private static String find(Connection connection, String keyId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, keyId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}

package io.reelgate.server.billing;

import io.reelgate.server.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The operator's side of credits: granting them to a key and reading a key's usage. */
public final class Credits {
  /**
   * A key's account. {@code reserved} is held by its queued and running tasks, {@code spent} went
   * to tasks that succeeded, {@code refunded} came back from tasks that failed or were cancelled;
   * {@code balance} is what it may still spend, null when it has no limit.
   */
  public record Usage(String keyId, long reserved, long spent, long refunded, Long balance) {
    public boolean unlimited() {
      return balance == null;
    }
  }

  private final DataSource dataSource;

  public Credits(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Adds {@code amount} (negative to take some back) to the balance of the key with this id; a key
   * without a limit gets one, starting at {@code amount}. False when there is no such key.
   */
  public boolean grant(String keyId, long amount) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement("UPDATE api_keys SET credits = COALESCE(credits, 0) + ? WHERE id = ?")) {
      update.setLong(1, amount);
      update.setString(2, keyId);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("cannot grant credits to key " + keyId + ": " + e.getMessage(), e);
    }
  }

  /** Takes the key's limit away: it may spend without bound again. */
  public boolean unlimit(String keyId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement("UPDATE api_keys SET credits = NULL WHERE id = ?")) {
      update.setString(1, keyId);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("cannot change key " + keyId + ": " + e.getMessage(), e);
    }
  }

  public Usage usage(String keyId) {
    String sql =
        """
        SELECT
          (SELECT credits FROM api_keys WHERE id = ?) AS balance,
          COALESCE(SUM(CASE WHEN kind = 'RESERVE' THEN amount ELSE 0 END), 0) AS reserved,
          COALESCE(SUM(CASE WHEN kind = 'SETTLE' THEN amount ELSE 0 END), 0) AS spent,
          COALESCE(SUM(CASE WHEN kind = 'REFUND' THEN amount ELSE 0 END), 0) AS refunded
        FROM credit_ledger WHERE key_id = ?
        """;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, keyId);
      select.setString(2, keyId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        long balance = row.getLong("balance");
        Long shown = row.wasNull() ? null : balance;
        long spent = row.getLong("spent");
        long refunded = row.getLong("refunded");
        return new Usage(keyId, row.getLong("reserved") - spent - refunded, spent, refunded, shown);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the credits of key " + keyId + ": " + e.getMessage(), e);
    }
  }
}

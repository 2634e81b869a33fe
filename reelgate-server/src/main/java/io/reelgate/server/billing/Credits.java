package io.reelgate.server.billing;

import io.reelgate.server.store.StoreException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

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

  private static final String GRANT = "UPDATE api_keys SET credits = COALESCE(credits, 0) + :amount WHERE id = :key";
  private static final String UNLIMIT = "UPDATE api_keys SET credits = NULL WHERE id = :key";
  private static final String USAGE =
      """
      SELECT
        (SELECT credits FROM api_keys WHERE id = :key) AS balance,
        COALESCE(SUM(CASE WHEN kind = 'RESERVE' THEN amount ELSE 0 END), 0) AS reserved,
        COALESCE(SUM(CASE WHEN kind = 'SETTLE' THEN amount ELSE 0 END), 0) AS spent,
        COALESCE(SUM(CASE WHEN kind = 'REFUND' THEN amount ELSE 0 END), 0) AS refunded
      FROM credit_ledger WHERE key_id = :key
      """;

  private final Jdbi jdbi;

  public Credits(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Adds {@code amount} (negative to take some back) to the balance of the key with this id; a key
   * without a limit gets one, starting at {@code amount}. False when there is no such key.
   */
  public boolean grant(String keyId, long amount) {
    try {
      return jdbi.withHandle(handle -> handle.createUpdate(GRANT).bind("amount", amount).bind("key", keyId).execute() == 1);
    } catch (JdbiException e) {
      throw StoreException.cannot("grant credits to key " + keyId, e);
    }
  }

  /** Takes the key's limit away: it may spend without bound again. */
  public boolean unlimit(String keyId) {
    try {
      return jdbi.withHandle(handle -> handle.createUpdate(UNLIMIT).bind("key", keyId).execute() == 1);
    } catch (JdbiException e) {
      throw StoreException.cannot("change key " + keyId, e);
    }
  }

  public Usage usage(String keyId) {
    RowMapper<Usage> usage =
        (row, context) -> {
          long balance = row.getLong("balance");
          Long shown = row.wasNull() ? null : balance;
          long spent = row.getLong("spent");
          long refunded = row.getLong("refunded");
          return new Usage(keyId, row.getLong("reserved") - spent - refunded, spent, refunded, shown);
        };
    try {
      return jdbi.withHandle(handle -> handle.createQuery(USAGE).bind("key", keyId).map(usage).one());
    } catch (JdbiException e) {
      throw StoreException.cannot("read the credits of key " + keyId, e);
    }
  }
}

package io.reelgate.server.idempotency;

import io.reelgate.server.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * The {@code idempotency_keys} table: one row per API key and {@code Idempotency-Key}. Its
 * primary key is the lock: the first request inserts a {@code pending} row, so a concurrent twin
 * finds it and waits; the first then writes its answer ({@code done}) or, when it failed and
 * created nothing, deletes the row. Plain SQL that SQLite and PostgreSQL both run; times are epoch
 * milliseconds.
 */
public final class IdempotencyStore {
  /** How long an answer is replayed. */
  public static final Duration KEPT_FOR = Duration.ofHours(24);
  /**
   * A row still pending after this was left by a process that died between the insert and the
   * answer; it is taken over. Longer than any create takes, GPTProto's sync mode included.
   */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

  private static final String INSERT =
      """
      INSERT INTO idempotency_keys (api_key_id, idem_key, request_hash, status, created_at)
      VALUES (?, ?, ?, 'pending', ?)
      ON CONFLICT (api_key_id, idem_key) DO NOTHING
      """;
  private static final String SELECT =
      "SELECT request_hash, status, response_status, response_body, created_at FROM idempotency_keys"
          + " WHERE api_key_id = ? AND idem_key = ?";
  private static final String DELETE_ROW =
      "DELETE FROM idempotency_keys WHERE api_key_id = ? AND idem_key = ? AND created_at = ?";
  private static final String COMPLETE =
      "UPDATE idempotency_keys SET status = 'done', response_status = ?, response_body = ?"
          + " WHERE api_key_id = ? AND idem_key = ? AND status = 'pending'";
  private static final String ABANDON =
      "DELETE FROM idempotency_keys WHERE api_key_id = ? AND idem_key = ? AND status = 'pending'";
  private static final String DELETE_EXPIRED = "DELETE FROM idempotency_keys WHERE created_at <= ?";

  /** What {@link #begin} found. */
  public sealed interface Outcome {}

  /** This request is the first: answer it, then {@link #complete} or {@link #abandon}. */
  public record Started() implements Outcome {}

  /** The first request with this key is still being answered. */
  public record Pending() implements Outcome {}

  /** The key was used for another request. */
  public record Mismatch() implements Outcome {}

  /** The original answer, to send again exactly. */
  public record Replay(int status, byte[] body) implements Outcome {
    @Override
    public boolean equals(Object o) {
      return o instanceof Replay r && r.status == status && Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
      return 31 * status + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
      return "Replay[" + status + ", " + body.length + " bytes]";
    }
  }

  private final DataSource dataSource;

  public IdempotencyStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Outcome begin(String apiKeyId, String idemKey, String requestHash, Instant now) {
    try (Connection connection = dataSource.getConnection()) {
      while (true) {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
          insert.setString(1, apiKeyId);
          insert.setString(2, idemKey);
          insert.setString(3, requestHash);
          insert.setLong(4, now.toEpochMilli());
          if (insert.executeUpdate() == 1) return new Started();
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
          select.setString(1, apiKeyId);
          select.setString(2, idemKey);
          try (ResultSet row = select.executeQuery()) {
            if (!row.next()) continue; // deleted in between: try again
            long createdAt = row.getLong("created_at");
            boolean pending = "pending".equals(row.getString("status"));
            Duration age = Duration.ofMillis(now.toEpochMilli() - createdAt);
            if (age.compareTo(KEPT_FOR) >= 0 || (pending && age.compareTo(ABANDONED_AFTER) >= 0)) {
              delete(connection, apiKeyId, idemKey, createdAt);
              continue;
            }
            if (!requestHash.equals(row.getString("request_hash"))) return new Mismatch();
            if (pending) return new Pending();
            return new Replay(row.getInt("response_status"), row.getBytes("response_body"));
          }
        }
      }
    } catch (SQLException e) {
      throw failure("look up Idempotency-Key " + idemKey, e);
    }
  }

  /** Keeps the answer of the request that {@link #begin} started. */
  public void complete(String apiKeyId, String idemKey, int status, byte[] body) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(COMPLETE)) {
      update.setInt(1, status);
      update.setBytes(2, body);
      update.setString(3, apiKeyId);
      update.setString(4, idemKey);
      update.executeUpdate();
    } catch (SQLException e) {
      throw failure("keep the answer for Idempotency-Key " + idemKey, e);
    }
  }

  /** Forgets a started request that created nothing, so that the key can be sent again. */
  public void abandon(String apiKeyId, String idemKey) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(ABANDON)) {
      delete.setString(1, apiKeyId);
      delete.setString(2, idemKey);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw failure("release Idempotency-Key " + idemKey, e);
    }
  }

  /** Deletes the rows older than {@link #KEPT_FOR}; returns how many. */
  public int deleteExpired(Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(DELETE_EXPIRED)) {
      delete.setLong(1, now.minus(KEPT_FOR).toEpochMilli());
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw failure("delete expired idempotency keys", e);
    }
  }

  private static void delete(Connection connection, String apiKeyId, String idemKey, long createdAt)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE_ROW)) {
      delete.setString(1, apiKeyId);
      delete.setString(2, idemKey);
      delete.setLong(3, createdAt);
      delete.executeUpdate();
    }
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }
}

package io.reelgate.server.idempotency;

import io.reelgate.core.error.IdempotencyConflictException;
import io.reelgate.server.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import javax.sql.DataSource;

/**
 * The {@code idempotency_keys} table: one row per API key and {@code Idempotency-Key}. Its primary
 * key is the lock: the first request inserts a {@code pending} row held by a lease, so a concurrent
 * twin finds it and waits. The row turns {@code done}, with the task's id and the create's answer,
 * in the transaction that inserts the task ({@link #bind}); a request that fails before it deletes
 * its row ({@link #release}). A process that dies holding a pending row leaves it to expire with
 * its lease, which the live process {@link #renew renews} while it works, exactly as workers hold
 * tasks. Plain SQL that SQLite and PostgreSQL both run; times are epoch milliseconds.
 */
public final class IdempotencyStore {
  /** How long an answer is replayed. */
  public static final Duration KEPT_FOR = Duration.ofHours(24);

  private static final String INSERT =
      """
      INSERT INTO idempotency_keys (api_key_id, idem_key, request_hash, status, created_at, lease_owner, lease_until)
      VALUES (?, ?, ?, 'pending', ?, ?, ?)
      ON CONFLICT (api_key_id, idem_key) DO NOTHING
      """;
  private static final String SELECT =
      "SELECT request_hash, status, response_status, response_body, created_at, lease_owner, lease_until"
          + " FROM idempotency_keys WHERE api_key_id = ? AND idem_key = ?";
  private static final String DELETE_EXPIRED_ROW =
      "DELETE FROM idempotency_keys WHERE api_key_id = ? AND idem_key = ? AND created_at = ?";
  // Deletes only while the lease is still out: a renewal in between keeps the row.
  private static final String DELETE_ABANDONED_ROW =
      "DELETE FROM idempotency_keys WHERE api_key_id = ? AND idem_key = ? AND status = 'pending'"
          + " AND COALESCE(lease_until, 0) < ?";
  /** Tries of the insert before a row that keeps coming back is reported as pending. */
  private static final int MAX_TRIES = 10;
  private static final String BIND =
      """
      UPDATE idempotency_keys
         SET status = 'done', task_id = ?, response_status = ?, response_body = ?, lease_owner = NULL, lease_until = NULL
       WHERE api_key_id = ? AND idem_key = ? AND status = 'pending' AND lease_owner = ?
      """;
  private static final String ANSWER_AGAIN =
      "UPDATE idempotency_keys SET response_status = ?, response_body = ? WHERE api_key_id = ? AND idem_key = ?"
          + " AND task_id = ?";
  private static final String RELEASE =
      "DELETE FROM idempotency_keys WHERE api_key_id = ? AND idem_key = ? AND status = 'pending' AND lease_owner = ?";
  private static final String RENEW =
      "UPDATE idempotency_keys SET lease_until = ? WHERE api_key_id = ? AND idem_key = ? AND status = 'pending'"
          + " AND lease_owner = ?";
  private static final String RELEASE_ALL_PENDING = "DELETE FROM idempotency_keys WHERE status = 'pending'";
  private static final String DELETE_EXPIRED = "DELETE FROM idempotency_keys WHERE created_at <= ?";

  /** A pending row this process holds: the request with it is being answered here. */
  public record Claim(String apiKeyId, String idemKey, String owner) {}

  /** What {@link #begin} found. */
  public sealed interface Outcome {}

  /** This request is the first: answer it, {@link #bind} its task, then {@link #release} the claim. */
  public record Started(Claim claim) implements Outcome {}

  /** The first request with this key is still being answered (its row is pending, its lease alive). */
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

  /**
   * Claims the key for {@code owner} until {@code now + lease}, or tells what holds it. A row
   * older than {@link #KEPT_FOR}, or pending with its lease run out (its process died before
   * creating anything), is deleted and the claim tried again.
   */
  public Outcome begin(String apiKeyId, String idemKey, String requestHash, String owner, Instant now, Duration lease) {
    try (Connection connection = dataSource.getConnection()) {
      for (int tries = 0; tries < MAX_TRIES; tries++) {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
          insert.setString(1, apiKeyId);
          insert.setString(2, idemKey);
          insert.setString(3, requestHash);
          insert.setLong(4, now.toEpochMilli());
          insert.setString(5, owner);
          insert.setLong(6, now.plus(lease).toEpochMilli());
          if (insert.executeUpdate() == 1) return new Started(new Claim(apiKeyId, idemKey, owner));
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
          select.setString(1, apiKeyId);
          select.setString(2, idemKey);
          try (ResultSet row = select.executeQuery()) {
            if (!row.next()) continue; // deleted in between: try again
            long createdAt = row.getLong("created_at");
            boolean pending = "pending".equals(row.getString("status"));
            if (now.toEpochMilli() - createdAt >= KEPT_FOR.toMillis()) {
              execute(connection, DELETE_EXPIRED_ROW, apiKeyId, idemKey, createdAt);
              continue;
            }
            if (pending && row.getLong("lease_until") < now.toEpochMilli()) {
              execute(connection, DELETE_ABANDONED_ROW, apiKeyId, idemKey, now.toEpochMilli());
              continue;
            }
            if (!requestHash.equals(row.getString("request_hash"))) return new Mismatch();
            if (pending) return new Pending();
            return new Replay(row.getInt("response_status"), row.getBytes("response_body"));
          }
        }
      }
      // Deleted and written again by others at every try: some request holds it, the caller waits.
      return new Pending();
    } catch (SQLException e) {
      throw failure("look up Idempotency-Key " + idemKey, e);
    }
  }

  /**
   * Turns the claim's row {@code done} with the task it produced and the answer to replay, through
   * {@code connection}: inside the transaction that inserts the task, so that both commit or
   * neither does. A claim whose lease ran out (and was perhaps taken by a twin) cannot be bound:
   * {@link IdempotencyConflictException}, which rolls the insert back.
   */
  public void bind(Connection connection, Claim claim, String taskId, int status, byte[] body) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(BIND)) {
      update.setString(1, taskId);
      update.setInt(2, status);
      update.setBytes(3, body);
      update.setString(4, claim.apiKeyId());
      update.setString(5, claim.idemKey());
      update.setString(6, claim.owner());
      if (update.executeUpdate() != 1) throw IdempotencyConflictException.stillInProgress(claim.idemKey());
    }
  }

  /**
   * Replaces the answer kept for the key's task (GPTProto's sync mode: the task as it ended,
   * instead of as it was accepted). The task stays the same, whatever is replayed.
   */
  public void answerAgain(Claim claim, String taskId, int status, byte[] body) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(ANSWER_AGAIN)) {
      update.setInt(1, status);
      update.setBytes(2, body);
      update.setString(3, claim.apiKeyId());
      update.setString(4, claim.idemKey());
      update.setString(5, taskId);
      update.executeUpdate();
    } catch (SQLException e) {
      throw failure("keep the final answer for Idempotency-Key " + claim.idemKey(), e);
    }
  }

  /** Deletes the claim's row if it is still pending (its request created nothing), so that the key can be sent again. */
  public void release(Claim claim) {
    try (Connection connection = dataSource.getConnection()) {
      execute(connection, RELEASE, claim.apiKeyId(), claim.idemKey(), claim.owner());
    } catch (SQLException e) {
      throw failure("release Idempotency-Key " + claim.idemKey(), e);
    }
  }

  /** Extends the leases of the claims still pending to {@code until}. */
  public void renew(Collection<Claim> claims, Instant until) {
    if (claims.isEmpty()) return;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(RENEW)) {
      for (Claim claim : claims) {
        update.setLong(1, until.toEpochMilli());
        update.setString(2, claim.apiKeyId());
        update.setString(3, claim.idemKey());
        update.setString(4, claim.owner());
        update.addBatch();
      }
      update.executeBatch();
    } catch (SQLException e) {
      throw failure("renew " + claims.size() + " Idempotency-Key lease(s)", e);
    }
  }

  /**
   * Deletes every pending row: for a database only this process uses, at start, when every
   * pending row was left by a process that died before creating its task. Returns how many.
   */
  public int releaseAllPending() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(RELEASE_ALL_PENDING)) {
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw failure("release the Idempotency-Keys of a previous run", e);
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

  private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
      statement.executeUpdate();
    }
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }
}

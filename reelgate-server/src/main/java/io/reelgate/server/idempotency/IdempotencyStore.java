package io.reelgate.server.idempotency;

import io.reelgate.core.error.IdempotencyConflictException;
import io.reelgate.server.store.StoreException;
import io.reelgate.server.store.jdbc.JoinedTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

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
      VALUES (:apiKey, :idemKey, :hash, 'pending', :now, :owner, :until)
      ON CONFLICT (api_key_id, idem_key) DO NOTHING
      """;
  private static final String SELECT =
      "SELECT request_hash, status, response_status, response_body, created_at, lease_owner, lease_until"
          + " FROM idempotency_keys WHERE api_key_id = :apiKey AND idem_key = :idemKey";
  private static final String DELETE_EXPIRED_ROW =
      "DELETE FROM idempotency_keys WHERE api_key_id = :apiKey AND idem_key = :idemKey AND created_at = :createdAt";
  // Deletes only while the lease is still out: a renewal in between keeps the row.
  private static final String DELETE_ABANDONED_ROW =
      "DELETE FROM idempotency_keys WHERE api_key_id = :apiKey AND idem_key = :idemKey AND status = 'pending'"
          + " AND COALESCE(lease_until, 0) < :now";
  /** Tries of the insert before a row that keeps coming back is reported as pending. */
  private static final int MAX_TRIES = 10;
  private static final String BIND =
      """
      UPDATE idempotency_keys
         SET status = 'done', task_id = :task, response_status = :status, response_body = :body,
             lease_owner = NULL, lease_until = NULL
       WHERE api_key_id = :apiKey AND idem_key = :idemKey AND status = 'pending' AND lease_owner = :owner
      """;
  private static final String ANSWER_AGAIN =
      "UPDATE idempotency_keys SET response_status = :status, response_body = :body"
          + " WHERE api_key_id = :apiKey AND idem_key = :idemKey AND task_id = :task";
  private static final String RELEASE =
      "DELETE FROM idempotency_keys WHERE api_key_id = :apiKey AND idem_key = :idemKey AND status = 'pending'"
          + " AND lease_owner = :owner";
  private static final String RENEW =
      "UPDATE idempotency_keys SET lease_until = :until WHERE api_key_id = :apiKey AND idem_key = :idemKey"
          + " AND status = 'pending' AND lease_owner = :owner";
  private static final String RELEASE_ALL_PENDING = "DELETE FROM idempotency_keys WHERE status = 'pending'";
  private static final String DELETE_EXPIRED = "DELETE FROM idempotency_keys WHERE created_at <= :cutoff";

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

  /** The row {@link #begin} found in the way of its insert. */
  private record Found(String requestHash, boolean pending, int responseStatus, byte[] responseBody, long createdAt,
      long leaseUntil) {}

  private static final RowMapper<Found> FOUND =
      (row, context) ->
          new Found(
              row.getString("request_hash"),
              "pending".equals(row.getString("status")),
              row.getInt("response_status"),
              row.getBytes("response_body"),
              row.getLong("created_at"),
              row.getLong("lease_until"));

  private final Jdbi jdbi;
  private final JoinedTransaction transaction = new JoinedTransaction();

  public IdempotencyStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Claims the key for {@code owner} until {@code now + lease}, or tells what holds it. A row
   * older than {@link #KEPT_FOR}, or pending with its lease run out (its process died before
   * creating anything), is deleted and the claim tried again. Each statement commits on its own:
   * the primary key, not a transaction, keeps twins apart.
   */
  public Outcome begin(String apiKeyId, String idemKey, String requestHash, String owner, Instant now, Duration lease) {
    Claim claim = new Claim(apiKeyId, idemKey, owner);
    try {
      return jdbi.withHandle(handle -> {
        for (int tries = 0; tries < MAX_TRIES; tries++) {
          int inserted = bindKey(handle.createUpdate(INSERT), claim)
              .bind("owner", owner)
              .bind("hash", requestHash)
              .bind("now", now)
              .bind("until", now.plus(lease))
              .execute();
          if (inserted == 1) return new Started(claim);
          Optional<Found> found = bindKey(handle.createQuery(SELECT), claim).map(FOUND).findFirst();
          if (found.isEmpty()) continue; // deleted in between: try again
          Found row = found.get();
          if (now.toEpochMilli() - row.createdAt() >= KEPT_FOR.toMillis()) {
            bindKey(handle.createUpdate(DELETE_EXPIRED_ROW), claim).bind("createdAt", row.createdAt()).execute();
            continue;
          }
          if (row.pending() && row.leaseUntil() < now.toEpochMilli()) {
            bindKey(handle.createUpdate(DELETE_ABANDONED_ROW), claim).bind("now", now).execute();
            continue;
          }
          if (!requestHash.equals(row.requestHash())) return new Mismatch();
          if (row.pending()) return new Pending();
          return new Replay(row.responseStatus(), row.responseBody());
        }
        // Deleted and written again by others at every try: some request holds it, the caller waits.
        return new Pending();
      });
    } catch (JdbiException e) {
      throw StoreException.cannot("look up Idempotency-Key " + idemKey, e);
    }
  }

  /**
   * Turns the claim's row {@code done} with the task it produced and the answer to replay, through
   * {@code connection}: inside the transaction that inserts the task, so that both commit or
   * neither does. A claim whose lease ran out (and was perhaps taken by a twin) cannot be bound:
   * {@link IdempotencyConflictException}, which rolls the insert back.
   */
  public void bind(Connection connection, Claim claim, String taskId, int status, byte[] body) throws SQLException {
    int bound = transaction.on(connection, handle -> bindKey(handle.createUpdate(BIND), claim)
        .bind("owner", claim.owner())
        .bind("task", taskId)
        .bind("status", status)
        .bind("body", body)
        .execute());
    if (bound != 1) throw IdempotencyConflictException.stillInProgress(claim.idemKey());
  }

  /**
   * Replaces the answer kept for the key's task (GPTProto's sync mode: the task as it ended,
   * instead of as it was accepted). The task stays the same, whatever is replayed.
   */
  public void answerAgain(Claim claim, String taskId, int status, byte[] body) {
    write("keep the final answer for Idempotency-Key " + claim.idemKey(), handle ->
        bindKey(handle.createUpdate(ANSWER_AGAIN), claim).bind("task", taskId).bind("status", status).bind("body", body).execute());
  }

  /** Deletes the claim's row if it is still pending (its request created nothing), so that the key can be sent again. */
  public void release(Claim claim) {
    write("release Idempotency-Key " + claim.idemKey(), handle ->
        bindKey(handle.createUpdate(RELEASE), claim).bind("owner", claim.owner()).execute());
  }

  /** Extends the leases of the claims still pending to {@code until}. */
  public void renew(Collection<Claim> claims, Instant until) {
    if (claims.isEmpty()) return;
    write("renew " + claims.size() + " Idempotency-Key lease(s)", handle -> {
      PreparedBatch batch = handle.prepareBatch(RENEW);
      for (Claim claim : claims) bindKey(batch, claim).bind("owner", claim.owner()).bind("until", until).add();
      return batch.execute().length;
    });
  }

  /**
   * Deletes every pending row: for a database only this process uses, at start, when every
   * pending row was left by a process that died before creating its task. Returns how many.
   */
  public int releaseAllPending() {
    return write("release the Idempotency-Keys of a previous run", handle -> handle.createUpdate(RELEASE_ALL_PENDING).execute());
  }

  /** Deletes the rows older than {@link #KEPT_FOR}; returns how many. */
  public int deleteExpired(Instant now) {
    return write("delete expired idempotency keys", handle ->
        handle.createUpdate(DELETE_EXPIRED).bind("cutoff", now.minus(KEPT_FOR)).execute());
  }

  private static <S extends SqlStatement<S>> S bindKey(S statement, Claim claim) {
    return statement.bind("apiKey", claim.apiKeyId()).bind("idemKey", claim.idemKey());
  }

  /** Runs one statement, which commits on its own. */
  private int write(String what, HandleCallback<Integer, RuntimeException> statement) {
    try {
      return jdbi.withHandle(statement);
    } catch (JdbiException e) {
      throw StoreException.cannot(what, e);
    }
  }
}

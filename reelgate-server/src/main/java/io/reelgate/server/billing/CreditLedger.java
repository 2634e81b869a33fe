package io.reelgate.server.billing;

import io.reelgate.core.error.InsufficientCreditException;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.store.jdbc.JoinedTransaction;
import io.reelgate.server.store.jdbc.TaskChangeHook;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Keeps each key's credit in step with its tasks, inside the transaction of each task change: the
 * price is reserved (taken from {@code api_keys.credits}) in the insert's transaction, settled
 * when the task succeeds, given back when it fails or is cancelled. Each is a row of {@code
 * credit_ledger}, unique by task and kind, so none happens twice, and the balance moves in the
 * same transaction as the row, so a crash leaves both or neither. A key whose {@code credits} is
 * NULL has no limit: its reservations are still recorded, for {@code reelgate keys usage}.
 */
public final class CreditLedger implements TaskChangeHook {
  static final String RESERVE = "RESERVE";
  static final String SETTLE = "SETTLE";
  static final String REFUND = "REFUND";

  private static final String TAKE =
      "UPDATE api_keys SET credits = credits - :price WHERE id = :key AND credits IS NOT NULL AND credits >= :price";
  private static final String BALANCE = "SELECT credits FROM api_keys WHERE id = :key";
  private static final String RESERVED =
      "INSERT INTO credit_ledger (task_id, kind, key_id, amount, charged, at) VALUES (:task, :kind, :key, :amount, :charged, :at)";
  // The kind row is added once, and only for a task that has a reservation (not one created before billing).
  private static final String RECORD =
      """
      INSERT INTO credit_ledger (task_id, kind, key_id, amount, charged, at)
      SELECT task_id, :kind, key_id, amount, charged, :at FROM credit_ledger WHERE task_id = :task AND kind = 'RESERVE'
         AND NOT EXISTS (SELECT 1 FROM credit_ledger e WHERE e.task_id = :task AND e.kind IN ('SETTLE', 'REFUND'))
      """;
  private static final String GIVE_BACK =
      """
      UPDATE api_keys SET credits = credits
           + COALESCE((SELECT amount FROM credit_ledger WHERE task_id = :task AND kind = 'RESERVE' AND charged = 1), 0)
       WHERE id = :key AND credits IS NOT NULL
      """;

  private final PriceTable prices;
  private final Clock clock;
  private final JoinedTransaction transaction = new JoinedTransaction();

  public CreditLedger(PriceTable prices, Clock clock) {
    this.prices = prices;
    this.clock = clock;
  }

  /** Reserves the price, or refuses with {@link InsufficientCreditException}, which rolls the insert back. */
  @Override
  public void inserted(Connection connection, Task task) throws SQLException {
    long price = prices.price(task.request().model(), task.request().durationSeconds(), task.request().resolution());
    transaction.on(connection, handle -> {
      boolean charged = handle.createUpdate(TAKE).bind("price", price).bind("key", task.keyId()).execute() == 1;
      if (!charged) {
        Optional<Long> balance = balance(handle, task.keyId());
        if (balance.isPresent()) throw new InsufficientCreditException(task.keyId(), price, balance.get());
      }
      return handle.createUpdate(RESERVED)
          .bind("task", task.id())
          .bind("kind", RESERVE)
          .bind("key", task.keyId())
          .bind("amount", price)
          .bind("charged", charged ? 1 : 0)
          .bind("at", now())
          .execute();
    });
  }

  @Override
  public void changed(Connection connection, Task before, Task after) throws SQLException {
    if (before.state().status() == after.state().status()) return;
    Status status = after.state().status();
    if (status == Status.SUCCEEDED) {
      transaction.on(connection, handle -> record(handle, after.id(), SETTLE));
    } else if (status == Status.FAILED || status == Status.CANCELLED) {
      transaction.on(connection, handle -> {
        if (!record(handle, after.id(), REFUND)) return 0;
        return handle.createUpdate(GIVE_BACK).bind("task", after.id()).bind("key", after.keyId()).execute();
      });
    }
  }

  /** Adds the {@code kind} row of the task: false when it has no reservation or the row exists already. */
  private boolean record(Handle handle, String taskId, String kind) {
    return handle.createUpdate(RECORD).bind("kind", kind).bind("at", now()).bind("task", taskId).execute() == 1;
  }

  /** The key's balance; empty when it has no limit (or no longer exists). */
  private static Optional<Long> balance(Handle handle, String keyId) {
    return handle.createQuery(BALANCE).bind("key", keyId).mapTo(Long.class).findFirst();
  }

  private Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }
}

package io.reelgate.server.billing;

import io.reelgate.core.error.InsufficientCreditException;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskStatus;
import io.reelgate.server.store.jdbc.JdbcCustomization;
import io.reelgate.server.store.jdbc.TaskChangeHook;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

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

  private final PriceTable prices;
  private final JdbcCustomization customization;
  private final Clock clock;

  public CreditLedger(PriceTable prices, JdbcCustomization customization, Clock clock) {
    this.prices = prices;
    this.customization = customization;
    this.clock = clock;
  }

  /** Reserves the price, or refuses with {@link InsufficientCreditException}, which rolls the insert back. */
  @Override
  public void inserted(Connection connection, Task task) throws SQLException {
    long price = prices.price(task.request().model(), task.request().durationSeconds(), task.request().resolution());
    boolean charged;
    try (PreparedStatement take =
        connection.prepareStatement(
            "UPDATE api_keys SET credits = credits - ? WHERE id = ? AND credits IS NOT NULL AND credits >= ?")) {
      take.setLong(1, price);
      take.setString(2, task.keyId());
      take.setLong(3, price);
      charged = take.executeUpdate() == 1;
    }
    if (!charged) {
      Long balance = balance(connection, task.keyId());
      if (balance != null) throw new InsufficientCreditException(task.keyId(), price, balance);
    }
    try (PreparedStatement row =
        connection.prepareStatement(
            "INSERT INTO credit_ledger (task_id, kind, key_id, amount, charged, at) VALUES (?, ?, ?, ?, ?, ?)")) {
      row.setString(1, task.id());
      row.setString(2, RESERVE);
      row.setString(3, task.keyId());
      row.setLong(4, price);
      row.setInt(5, charged ? 1 : 0);
      customization.setInstant(row, 6, now());
      row.executeUpdate();
    }
  }

  @Override
  public void changed(Connection connection, Task before, Task after) throws SQLException {
    if (before.state().status() == after.state().status()) return;
    TaskStatus status = after.state().status();
    if (status == TaskStatus.SUCCEEDED) {
      record(connection, after.id(), SETTLE);
    } else if (status == TaskStatus.FAILED || status == TaskStatus.CANCELLED) {
      if (record(connection, after.id(), REFUND)) {
        try (PreparedStatement give =
            connection.prepareStatement(
                "UPDATE api_keys SET credits = credits"
                    + " + COALESCE((SELECT amount FROM credit_ledger WHERE task_id = ? AND kind = 'RESERVE' AND charged = 1), 0)"
                    + " WHERE id = ? AND credits IS NOT NULL")) {
          give.setString(1, after.id());
          give.setString(2, after.keyId());
          give.executeUpdate();
        }
      }
    }
  }

  /**
   * Adds the {@code kind} row of a task that has a reservation, once: false when the task has
   * none (created before billing) or the row exists already.
   */
  private boolean record(Connection connection, String taskId, String kind) throws SQLException {
    try (PreparedStatement row =
        connection.prepareStatement(
            "INSERT INTO credit_ledger (task_id, kind, key_id, amount, charged, at)"
                + " SELECT task_id, ?, key_id, amount, charged, ? FROM credit_ledger WHERE task_id = ? AND kind = 'RESERVE'"
                + " AND NOT EXISTS (SELECT 1 FROM credit_ledger e WHERE e.task_id = ? AND e.kind IN ('SETTLE', 'REFUND'))")) {
      row.setString(1, kind);
      customization.setInstant(row, 2, now());
      row.setString(3, taskId);
      row.setString(4, taskId);
      return row.executeUpdate() == 1;
    }
  }

  private static Long balance(Connection connection, String keyId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT credits FROM api_keys WHERE id = ?")) {
      select.setString(1, keyId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) return null;
        long credits = row.getLong(1);
        return row.wasNull() ? null : credits;
      }
    }
  }

  private Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }
}

package io.reelgate.server.billing;

import io.reelgate.core.error.InsufficientCreditException;
import io.reelgate.core.task.TaskRequest;
import io.reelgate.server.store.StoreException;
import io.reelgate.server.task.CreditCheck;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Refuses a create whose price is above its key's balance before any of it is stored. Two creates
 * of one key at the same moment may both pass; the reservation in the insert's transaction ({@link
 * CreditLedger}) is what holds the balance, and refuses the second.
 */
public final class PriceCheck implements CreditCheck {
  private static final String BALANCE = "SELECT credits FROM api_keys WHERE id = :key";

  private final PriceTable prices;
  private final Jdbi jdbi;

  public PriceCheck(PriceTable prices, Jdbi jdbi) {
    this.prices = prices;
    this.jdbi = jdbi;
  }

  @Override
  public void ensureCanPay(String keyId, TaskRequest request) {
    long price = prices.price(request.model(), request.durationSeconds(), request.resolution());
    Optional<Long> balance = balance(keyId);
    if (balance.isPresent() && balance.get() < price) throw new InsufficientCreditException(keyId, price, balance.get());
  }

  /** The key's credits; empty when it has no limit (or no row, which its authentication already refused). */
  private Optional<Long> balance(String keyId) {
    try {
      return jdbi.withHandle(handle -> handle.createQuery(BALANCE).bind("key", keyId).mapTo(Long.class).findOne());
    } catch (JdbiException e) {
      throw StoreException.cannot("read the credits of key " + keyId, e);
    }
  }
}

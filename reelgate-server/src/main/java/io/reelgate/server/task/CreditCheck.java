package io.reelgate.server.task;

import io.reelgate.core.task.TaskRequest;

/**
 * Refuses a create that the key cannot pay for, before anything of it is stored. The reservation
 * itself is made in the transaction that inserts the task; this check only spares a refused create
 * its writes.
 */
@FunctionalInterface
public interface CreditCheck {
  /** No prices: every create may go on. */
  CreditCheck NONE = (keyId, request) -> {};

  /** @throws io.reelgate.core.error.InsufficientCreditException when the key's credit is below the price */
  void ensureCanPay(String keyId, TaskRequest request);
}

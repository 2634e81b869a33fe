package io.reelgate.server.scenario;

import io.reelgate.core.error.InsufficientCreditException;

/**
 * A create refused by the {@code insufficient-balance} scenario: answered as too little credit,
 * though the key's balance is not looked at (nor touched); price and balance are given as 0.
 */
final class ScenarioBalance extends InsufficientCreditException {
  ScenarioBalance(String keyId) {
    super("insufficient balance (scenario insufficient-balance): top up the account", keyId, 0, 0);
  }
}

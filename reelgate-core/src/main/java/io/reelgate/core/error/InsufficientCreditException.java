package io.reelgate.core.error;

/** The key's credit balance is below the price of the task it asked for; nothing was stored. */
public class InsufficientCreditException extends ReelgateException {
  private final String keyId;
  private final long price;
  private final long balance;

  public InsufficientCreditException(String keyId, long price, long balance) {
    this("insufficient credit: the task costs " + price + " credits and the key has " + balance, keyId, price, balance);
  }

  /** For a refusal whose message says more (a scenario's), answered as too little credit all the same. */
  protected InsufficientCreditException(String message, String keyId, long price, long balance) {
    super(message);
    this.keyId = keyId;
    this.price = price;
    this.balance = balance;
  }

  public String keyId() {
    return keyId;
  }

  public long price() {
    return price;
  }

  public long balance() {
    return balance;
  }
}

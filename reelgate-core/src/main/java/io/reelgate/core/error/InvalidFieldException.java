package io.reelgate.core.error;

/** A request field is missing, of the wrong type or out of range; {@code field} is its wire name. */
public class InvalidFieldException extends ReelgateException {
  private final String field;
  private final String reason;

  public InvalidFieldException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public InvalidFieldException(String field, String reason, Throwable cause) {
    super(field + ": " + reason, cause);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }

  /** The same error reported under the name a dialect gives the field (e.g. {@code image_urls[0]}). */
  public InvalidFieldException renamed(String wireField) {
    return new InvalidFieldException(wireField, reason, getCause());
  }
}

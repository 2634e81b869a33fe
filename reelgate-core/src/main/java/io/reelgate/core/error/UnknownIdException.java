package io.reelgate.core.error;

/** No such thing for this caller (a task of another key is reported the same way). */
public class UnknownIdException extends ReelgateException {
  private final String id;

  public UnknownIdException(String what, String id) {
    super(what + " not found: " + id);
    this.id = id;
  }

  public String id() {
    return id;
  }
}

package io.reelgate.server.pages;

import io.reelgate.core.error.ReelgateException;

/** A valid key asked for the operator's view, which it is not configured to see. */
final class AdminOnlyException extends ReelgateException {
  private final String keyId;

  public AdminOnlyException(String keyId) {
    super("this key is not an admin key; the server's operator lists admin keys with --admin-keys");
    this.keyId = keyId;
  }

  public String keyId() {
    return keyId;
  }
}

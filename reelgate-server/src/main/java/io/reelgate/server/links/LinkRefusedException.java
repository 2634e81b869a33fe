package io.reelgate.server.links;

import io.reelgate.core.error.ReelgateException;

/** A file link whose signature does not match, or whose time is up: answered 403. */
public class LinkRefusedException extends ReelgateException {
  public LinkRefusedException(String message) {
    super(message);
  }
}

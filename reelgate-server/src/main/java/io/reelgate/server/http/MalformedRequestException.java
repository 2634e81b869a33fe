package io.reelgate.server.http;

import io.reelgate.core.error.ReelgateException;

/** The request as a whole cannot be read: a body that is not JSON, or not a JSON object. */
public class MalformedRequestException extends ReelgateException {
  public MalformedRequestException(String message) {
    super(message);
  }
}

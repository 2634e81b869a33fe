package io.reelgate.server.http;

/**
 * A request body that did not arrive in time: below the minimum rate, stalled, or not whole by
 * its deadline ({@link RequestBodyLimits}). Each dialect answers it as a request timeout (408;
 * MiniMax 1001), and a dialect without a row for it as the malformed request it also is.
 */
public class SlowBodyException extends MalformedRequestException {
  public SlowBodyException(String message) {
    super(message);
  }
}

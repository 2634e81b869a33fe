package io.reelgate.core.net;

import java.time.Duration;

/**
 * A fetch failed or was refused. The message is safe to show to whoever gave the URL: it names the
 * host as the URL wrote it and never an address that a host name resolved to.
 */
public final class FetchException extends Exception {
  /** What went wrong, for callers that word some cases their own way. */
  public enum Kind {
    INVALID_URL,
    /** The address is not one Reelgate may fetch from (loopback, private, link-local...). */
    REFUSED_ADDRESS,
    UNKNOWN_HOST,
    CONNECT_FAILED,
    CONNECT_TIMEOUT,
    TLS_FAILED,
    /** The whole exchange took longer than its time limit. */
    TIMEOUT,
    /** The body is larger than the cap; it was not read past the cap. */
    TOO_LARGE,
    /** The answer is not HTTP/1.x as this client reads it, or the connection broke. */
    BAD_RESPONSE
  }

  private final Kind kind;
  private final String host;

  FetchException(Kind kind, String host, String message) {
    this(kind, host, message, null);
  }

  FetchException(Kind kind, String host, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.host = host;
  }

  /** The whole exchange with {@code host} outlasted {@code timeout}. */
  static FetchException timedOut(String host, Duration timeout, Throwable cause) {
    return new FetchException(
        Kind.TIMEOUT, host, "the exchange with " + host + " took longer than " + timeout.toSeconds() + " s", cause);
  }

  public Kind kind() {
    return kind;
  }

  /** The host as the URL names it (canonical for IP literals), or "" when the URL has none. */
  public String host() {
    return host;
  }
}

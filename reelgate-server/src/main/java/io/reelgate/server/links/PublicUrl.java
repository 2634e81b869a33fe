package io.reelgate.server.links;

import io.reelgate.server.http.StartingUpException;
import java.util.function.Supplier;

/**
 * The scheme and host of the links Reelgate hands out ({@code urls.get}, signed file links, the
 * curl examples), without a trailing slash. The routes exist before the port opens, so that no
 * request ever meets a half-registered server; the URL is then known at once when it is configured
 * or the port is fixed, and for port 0 once Jetty has bound the port ({@link #portBound}). A
 * request that needs it in the moment between gets {@link StartingUpException}: a 503 with {@code
 * Retry-After}, in its dialect's shape.
 */
public final class PublicUrl implements Supplier<String> {
  private volatile String url;

  private PublicUrl(String url) {
    this.url = url;
  }

  /** The configured URL, else {@code http://localhost:<port>}; unknown until bound for port 0. */
  public static PublicUrl of(String configured, int port) {
    if (configured != null) return new PublicUrl(strip(configured));
    return new PublicUrl(port == 0 ? null : localhost(port));
  }

  /** Fills in the URL of port 0 once the port is known; a known URL stays as it is. */
  public void portBound(int port) {
    if (url == null) url = localhost(port);
  }

  /** @throws StartingUpException while the port is not bound yet */
  @Override
  public String get() {
    String known = url;
    if (known == null) throw new StartingUpException();
    return known;
  }

  private static String localhost(int port) {
    return "http://localhost:" + port;
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

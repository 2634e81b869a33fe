package io.reelgate.server.upstream;

import io.reelgate.client.Dialect;
import java.util.Locale;

/**
 * The upstream engines a route can use: the provider's API dialect, spoken through the SDK's
 * client of that dialect, and where the provider serves it unless the route says otherwise.
 */
public enum EngineKind {
  MINIMAX(Dialect.MINIMAX, "https://api.minimax.io"),
  NOVITA(Dialect.NOVITA, "https://api.novita.ai"),
  /** HighwayAPI speaks Novita's dialect (its documents are Novita-shaped). */
  HIGHWAYAPI(Dialect.NOVITA, "https://api.highwayapi.ai"),
  EVOLINK(Dialect.EVOLINK, "https://api.evolink.ai"),
  GPTPROTO(Dialect.GPTPROTO, "https://gptproto.com");

  private final Dialect dialect;
  private final String defaultBaseUrl;

  EngineKind(Dialect dialect, String defaultBaseUrl) {
    this.dialect = dialect;
    this.defaultBaseUrl = defaultBaseUrl;
  }

  public Dialect dialect() {
    return dialect;
  }

  public String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** The name used in the routing file, e.g. {@code minimax}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

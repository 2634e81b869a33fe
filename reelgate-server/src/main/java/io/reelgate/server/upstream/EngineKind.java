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
  GPTPROTO(Dialect.GPTPROTO, "https://gptproto.com"),
  /** MiniMax's V2 API, for MiniMax-H3. */
  MINIMAX_V2(Dialect.MINIMAX_V2, "https://api.minimax.io"),
  /** Novita's resale of MiniMax-H3: MiniMax's V2 API under {@code /v3/minimax}. */
  NOVITA_H3(Dialect.MINIMAX_V2, "https://api.novita.ai/v3/minimax");

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

  /** The name used in the routing file, e.g. {@code minimax} or {@code minimax-v2}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

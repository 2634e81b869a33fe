package io.reelgate.server.upstream;

import io.reelgate.client.Dialect;
import java.util.Locale;

/**
 * The upstream engines a route can use: the provider's API dialect, spoken through the SDK's
 * client of that dialect, where the provider serves it unless the route says otherwise, and the
 * path the API sits under on that host. MiniMax-H3 exists only behind MiniMax's V2 API and the
 * Hailuo 2.x models only behind the others, so each engine carries one of the two families.
 */
public enum EngineKind {
  MINIMAX(Dialect.MINIMAX, "https://api.minimax.io", ""),
  NOVITA(Dialect.NOVITA, "https://api.novita.ai", ""),
  /** HighwayAPI speaks Novita's dialect (its documents are Novita-shaped). */
  HIGHWAYAPI(Dialect.NOVITA, "https://api.highwayapi.ai", ""),
  EVOLINK(Dialect.EVOLINK, "https://api.evolink.ai", ""),
  GPTPROTO(Dialect.GPTPROTO, "https://gptproto.com", ""),
  /** MiniMax's V2 API, for MiniMax-H3. */
  MINIMAX_V2(Dialect.MINIMAX_V2, "https://api.minimax.io", ""),
  /** Novita's resale of MiniMax-H3: MiniMax's V2 API under {@code /v3/minimax} (so a Reelgate peer works too). */
  NOVITA_H3(Dialect.MINIMAX_V2, "https://api.novita.ai", "/v3/minimax");

  /** The prefix of MiniMax-H3's model ids ({@code MiniMax-H3}, {@code MiniMax-H3-Max}). */
  private static final String H3_MODELS = "MiniMax-H3";

  private final Dialect dialect;
  private final String defaultBaseUrl;
  private final String apiPath;

  EngineKind(Dialect dialect, String defaultBaseUrl, String apiPath) {
    this.dialect = dialect;
    this.defaultBaseUrl = defaultBaseUrl;
    this.apiPath = apiPath;
  }

  public Dialect dialect() {
    return dialect;
  }

  public String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** The path the API sits under on its host, appended to the route's base URL: {@code /v3/minimax} for Novita's H3. */
  public String apiPath() {
    return apiPath;
  }

  /** Whether this engine's API sells {@code model}: H3 models only through the V2 API, the others never through it. */
  public boolean carries(String model) {
    return model.startsWith(H3_MODELS) == (dialect == Dialect.MINIMAX_V2);
  }

  /** The name used in the routing file, e.g. {@code minimax} or {@code minimax-v2}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

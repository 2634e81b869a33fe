package io.reelgate.server.dialect;

/**
 * The copy-paste create request that {@code /docs} shows for a dialect: the key comes from
 * {@code $REELGATE_API_KEY}, one option a line, the JSON body in single quotes.
 */
public final class CurlExample {
  /** The {@code Authorization} header value most dialects take. */
  public static final String BEARER = "Bearer $REELGATE_API_KEY";

  private CurlExample() {}

  public static String post(String url, String authorization, String jsonBody) {
    return String.join(
        " \\\n",
        "curl -X POST " + url,
        "  -H \"Authorization: " + authorization + "\"",
        "  -H \"Content-Type: application/json\"",
        "  -d '" + jsonBody + "'");
  }
}

package io.reelgate.server.http;

import io.javalin.http.Context;
import io.reelgate.core.error.AuthenticationException;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.keys.KeyStore;

/**
 * Finds the caller's API key in the {@code Authorization} header. Novita and Evolink send {@code
 * Bearer <key>}; GPTProto sends the bare key, so each dialect says which it expects.
 */
public final class ApiKeyAuth {
  private static final String BEARER = "bearer ";

  private final KeyStore keys;

  public ApiKeyAuth(KeyStore keys) {
    this.keys = keys;
  }

  /** The key of {@code Authorization: Bearer <key>}. */
  public ApiKey bearer(Context ctx) {
    String header = header(ctx, "Bearer <API key>");
    // The scheme is case-insensitive (RFC 9110 section 11.1).
    if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new AuthenticationException("the Authorization header must be 'Bearer <API key>'");
    }
    return authenticate(header.substring(BEARER.length()).trim());
  }

  /** The key of {@code Authorization: <key>}. */
  public ApiKey bare(Context ctx) {
    return authenticate(header(ctx, "<API key>").trim());
  }

  private static String header(Context ctx, String expected) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw new AuthenticationException("no API key: send the header 'Authorization: " + expected + "'");
    }
    return header;
  }

  private ApiKey authenticate(String secret) {
    return keys.authenticate(secret)
        .orElseThrow(() -> new AuthenticationException("the API key is unknown or revoked"));
  }
}

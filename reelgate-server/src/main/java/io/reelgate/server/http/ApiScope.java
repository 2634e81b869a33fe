package io.reelgate.server.http;

import java.util.List;

/**
 * The paths one API answers under, and how it writes what goes wrong there: a request under one
 * of {@code pathPrefixes} that no route takes (an unknown path, a wrong method, an error of the
 * web layer) is answered in this API's error shape (a prefix {@code /v3/} covers {@code /v3} too), and every answer under them names its request
 * id in {@code requestIdHeader}. The longest matching prefix wins ({@link ApiScopes}).
 */
public record ApiScope(
    List<String> pathPrefixes, String requestIdHeader, ErrorTable errors, GuardedRoutes.ErrorWriter writer) {
  /** The request id header of every API but MiniMax's. */
  public static final String X_REQUEST_ID = "X-Request-Id";

  public ApiScope {
    pathPrefixes = List.copyOf(pathPrefixes);
    for (String prefix : pathPrefixes) {
      if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
        throw new IllegalArgumentException("a path prefix starts and ends with /: " + prefix);
      }
    }
  }
}

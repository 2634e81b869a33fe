package io.reelgate.server.http;

import io.javalin.http.Context;
import io.reelgate.core.error.ApiKeyRefusedException;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.keys.KeyStore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the caller's API key in the {@code Authorization} header, the same way in every dialect:
 * {@code Bearer <key>} (the scheme in any case, RFC 9110 section 11.1, with any spaces around)
 * or the bare key. The providers differ (GPTProto documents the bare key, Novita's JavaScript SDK
 * sends it and Novita accepts it, the others document {@code Bearer}), and clients written for one
 * are pointed at another, so every dialect takes both. Anything else, such as {@code Basic ...},
 * is refused. The key never appears in a message or a log line. A key found is trusted for a
 * second ({@link RecentKeys}), so that polls do not each cost a database look-up.
 */
public final class ApiKeyAuth {
  private static final Pattern BEARER = Pattern.compile("(?i)bearer[ \\t]+(\\S+)");
  private static final Pattern BARE = Pattern.compile("\\S+");
  private static final String FORMS = "'Authorization: Bearer <API key>' or 'Authorization: <API key>'";

  private final KeyStore keys;
  private final RecentKeys recent = new RecentKeys(System::nanoTime);

  public ApiKeyAuth(KeyStore keys) {
    this.keys = keys;
  }

  /** The key of {@code Authorization: Bearer <key>} or {@code Authorization: <key>}. */
  public ApiKey key(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw new ApiKeyRefusedException("no API key: send the header " + FORMS);
    }
    return authenticate(secret(header.strip()));
  }

  private static String secret(String header) {
    Matcher bearer = BEARER.matcher(header);
    if (bearer.matches()) return bearer.group(1);
    if (BARE.matcher(header).matches() && !header.equalsIgnoreCase("bearer")) return header;
    throw new ApiKeyRefusedException("the Authorization header must be " + FORMS);
  }

  private ApiKey authenticate(String secret) {
    return recent.authenticate(secret, keys::authenticate)
        .orElseThrow(() -> new ApiKeyRefusedException("the API key is unknown or revoked"));
  }
}

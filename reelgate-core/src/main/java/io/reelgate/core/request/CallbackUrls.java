package io.reelgate.core.request;

import io.reelgate.core.error.InvalidFieldException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a client asks to be told that its task ended ({@code callback_url} in Evolink and
 * MiniMax, {@code extra.webhook.url} in Novita). Checked on create so that a typo is a 400 now,
 * not a delivery that silently never arrives. Delivered by the server's webhook outbox.
 */
public final class CallbackUrls {
  public static final int MAX_LENGTH = 2048;

  private CallbackUrls() {}

  /** The URL, or null when {@code text} is absent or blank; an error naming {@code field} otherwise. */
  public static URI parse(String field, String text) {
    if (text == null || text.isBlank()) return null;
    String url = text.strip();
    if (url.length() > MAX_LENGTH) {
      throw new InvalidFieldException(field, "is " + url.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidFieldException(field, "is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new InvalidFieldException(field, "must be an http or https URL with a host");
    }
    return uri;
  }
}

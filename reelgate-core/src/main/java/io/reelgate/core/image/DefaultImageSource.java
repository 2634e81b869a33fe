package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.net.GuardedHttpClient;
import java.time.Duration;
import java.util.Locale;

/** The two ways the APIs take a picture: a {@code data:} URI or a public http(s) URL. */
public final class DefaultImageSource implements ImageSource {
  private final ImageSource dataUris;
  private final ImageSource urls;

  /** URLs of public addresses only. */
  public DefaultImageSource() {
    this(false);
  }

  /**
   * @param allowPrivateNetwork whether URLs may point at loopback and private addresses too (the
   *     operator's {@code --allow-private-network}); link-local and other special addresses stay
   *     refused either way
   */
  public DefaultImageSource(boolean allowPrivateNetwork) {
    this(allowPrivateNetwork, HttpImageSource.TOTAL_TIMEOUT);
  }

  /** @param urlTimeout how long one URL may take, redirects and body included */
  public DefaultImageSource(boolean allowPrivateNetwork, Duration urlTimeout) {
    this(allowPrivateNetwork, urlTimeout, InputKind.IMAGE);
  }

  /** Inputs of {@code kind} (reference clips and sound too), with its media type and cap. */
  public DefaultImageSource(boolean allowPrivateNetwork, Duration urlTimeout, InputKind kind) {
    this(
        new DataUriImageSource(kind),
        new HttpImageSource(GuardedHttpClient.builder().allowPrivateNetwork(allowPrivateNetwork).build(), urlTimeout, kind));
  }

  public DefaultImageSource(ImageSource dataUris, ImageSource urls) {
    this.dataUris = dataUris;
    this.urls = urls;
  }

  @Override
  public byte[] fetch(String field, String reference) {
    String trimmed = reference == null ? "" : reference.strip();
    if (trimmed.isEmpty()) throw new InvalidFieldException(field, "is empty; give a URL or a data URI");
    String lower = trimmed.substring(0, Math.min(8, trimmed.length())).toLowerCase(Locale.ROOT);
    if (lower.startsWith("data:")) return dataUris.fetch(field, trimmed);
    if (lower.startsWith("http://") || lower.startsWith("https://")) return urls.fetch(field, trimmed);
    throw new InvalidFieldException(
        field, "must be an http(s) URL or a data:image/...;base64, URI; got " + describe(trimmed));
  }

  /** Names the scheme if there is one, without echoing what may be a long or private string. */
  private static String describe(String reference) {
    int colon = reference.indexOf(':');
    String scheme = colon > 0 ? reference.substring(0, colon) : "";
    if (!scheme.isEmpty() && scheme.length() <= 16 && scheme.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
      return "a '" + scheme.toLowerCase(Locale.ROOT) + ":' reference";
    }
    return "neither";
  }
}

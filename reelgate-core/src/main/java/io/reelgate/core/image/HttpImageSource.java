package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.net.FetchException;
import io.reelgate.core.net.GuardedHttpClient;
import io.reelgate.core.net.HttpResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads a picture from an http or https URL through a {@link GuardedHttpClient}, which refuses
 * loopback, private and link-local addresses (unless the operator allows the private network) and
 * connects only to the addresses it checked. Limits a client cannot stretch: 5 s to connect, 20 s
 * in all (redirects and body included), at most 3 redirects, each sent through the guarded client
 * again, and at most 20 MB, counted while the body streams in so that a larger one is cut off
 * rather than read.
 *
 * <p>The download runs on a virtual thread of its own, and the caller waits for it until the
 * deadline and no longer: the client checks the deadline on every read, but resolving the host
 * name is out of its reach. At the deadline the download is interrupted, which closes its socket.
 * A slow image host thus holds no thread that answers other requests, and a create no longer than
 * its deadline.
 */
final class HttpImageSource implements ImageSource {
  static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(20);
  static final int MAX_REDIRECTS = 3;

  private static final Map<String, String> ACCEPT =
      Map.of("Accept", "image/jpeg, image/png, image/webp;q=0.9, */*;q=0.5");

  private final GuardedHttpClient client;
  private final Duration totalTimeout;
  private final InputKind kind;

  /** Fetches from public addresses only. */
  HttpImageSource() {
    this(GuardedHttpClient.publicOnly());
  }

  HttpImageSource(GuardedHttpClient client) {
    this(client, TOTAL_TIMEOUT);
  }

  /** @param totalTimeout for one URL, redirects and body included */
  HttpImageSource(GuardedHttpClient client, Duration totalTimeout) {
    this(client, totalTimeout, InputKind.IMAGE);
  }

  HttpImageSource(GuardedHttpClient client, Duration totalTimeout, long maxBytes) {
    this(client, totalTimeout, InputKind.IMAGE.withMaxBytes(maxBytes));
  }

  /** @param kind what is fetched: its name in errors and its cap */
  HttpImageSource(GuardedHttpClient client, Duration totalTimeout, InputKind kind) {
    this.client = client;
    this.totalTimeout = totalTimeout;
    this.kind = kind;
  }

  @Override
  public byte[] fetch(String field, String reference) {
    URI url = httpUrl(field, reference, "not an http or https URL");
    long deadline = System.nanoTime() + totalTimeout.toNanos();
    FutureTask<byte[]> download = new FutureTask<>(() -> follow(field, url, deadline));
    Thread.ofVirtual().name(kind.mediaType() + "-download").start(download);
    try {
      return download.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw slow(field);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) throw failure;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException("the " + kind.noun() + " download failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidFieldException(field, "fetching the " + kind.noun() + " was interrupted");
    } finally {
      download.cancel(true);
    }
  }

  /** GETs {@code url}, following redirects, until a 2xx answer or {@code deadline}. */
  private byte[] follow(String field, URI first, long deadline) {
    URI url = first;
    for (int redirects = 0; ; redirects++) {
      HttpResponse response = get(field, url, deadline);
      int status = response.status();
      if (response.isRedirect()) {
        if (redirects == MAX_REDIRECTS) {
          throw new InvalidFieldException(field, "the URL redirects more than " + MAX_REDIRECTS + " times");
        }
        url = redirectTarget(field, url, response);
        continue;
      }
      if (status < 200 || status > 299) {
        throw new InvalidFieldException(field, "fetching the " + kind.noun() + " from " + hostOf(url) + " failed with HTTP " + status);
      }
      return response.body();
    }
  }

  private HttpResponse get(String field, URI url, long deadline) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) throw slow(field);
    try {
      return client.get(url, kind == InputKind.IMAGE ? ACCEPT : Map.of("Accept", kind.mediaType() + "/*, */*;q=0.5"),
          Duration.ofNanos(remaining), kind.maxBytes());
    } catch (FetchException e) {
      throw failure(field, e);
    }
  }

  private InvalidFieldException failure(String field, FetchException e) {
    String host = e.host();
    return switch (e.kind()) {
      case TOO_LARGE -> new InvalidFieldException(
          field, "the " + kind.noun() + " at " + host + " is larger than " + DataUriImageSource.megabytes(kind.maxBytes()) + ", the most accepted");
      case TIMEOUT -> slow(field);
      case INVALID_URL -> new InvalidFieldException(field, e.getMessage());
      case REFUSED_ADDRESS, UNKNOWN_HOST, CONNECT_FAILED, CONNECT_TIMEOUT, TLS_FAILED -> new InvalidFieldException(field, e.getMessage(), e);
      case BAD_RESPONSE -> new InvalidFieldException(field, "fetching the " + kind.noun() + " failed: " + e.getMessage(), e);
    };
  }

  private URI redirectTarget(String field, URI from, HttpResponse response) {
    String location =
        response
            .header("Location")
            .orElseThrow(
                () -> new InvalidFieldException(field, "HTTP " + response.status() + " from " + hostOf(from) + " without a Location"));
    URI target;
    try {
      target = from.resolve(new URI(location.trim()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new InvalidFieldException(field, "the URL redirects to an invalid URL", e);
    }
    return httpUrl(field, target.toString(), "the URL redirects to a URL that is not http or https");
  }

  private static URI httpUrl(String field, String text, String notHttp) {
    URI url;
    try {
      url = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new InvalidFieldException(field, "not a valid URL", e);
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) throw new InvalidFieldException(field, notHttp);
    if (url.getRawAuthority() == null) throw new InvalidFieldException(field, "the URL has no host");
    return url;
  }

  /** For messages about a URL that was fetched, so whose host is known to be well formed. */
  private static String hostOf(URI url) {
    String authority = url.getRawAuthority();
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = host.lastIndexOf(':');
    return colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
  }

  private InvalidFieldException slow(String field) {
    long millis = totalTimeout.toMillis();
    String limit = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    return new InvalidFieldException(field, "fetching the " + kind.noun() + " took longer than " + limit);
  }
}

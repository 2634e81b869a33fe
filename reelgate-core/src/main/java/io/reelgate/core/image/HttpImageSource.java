package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Downloads a picture from an http or https URL, with limits a client cannot stretch: 5 s to
 * connect, 20 s in all (redirects and body included), at most 3 redirects, and at most 20 MB,
 * counted while the body streams in so that a larger one is cut off rather than read. Redirects
 * are followed here, not by the HTTP client, so that the {@link UrlGuard} sees every hop.
 */
public final class HttpImageSource implements ImageSource {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(20);
  static final int MAX_REDIRECTS = 3;

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final HttpClient client;
  private final UrlGuard guard;
  private final Duration connectTimeout;
  private final Duration totalTimeout;
  private final long maxBytes;

  /** Fetches from any address; see {@link UrlGuard} for the seam that will restrict them. */
  public HttpImageSource() {
    this(UrlGuard.ALLOW_ALL);
  }

  public HttpImageSource(UrlGuard guard) {
    this(guard, CONNECT_TIMEOUT, TOTAL_TIMEOUT, ImageRules.MAX_BYTES);
  }

  HttpImageSource(UrlGuard guard, Duration connectTimeout, Duration totalTimeout, long maxBytes) {
    this.guard = guard;
    this.connectTimeout = connectTimeout;
    this.totalTimeout = totalTimeout;
    this.maxBytes = maxBytes;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public byte[] fetch(String field, String reference) {
    URI url = httpUrl(field, reference, "not an http or https URL");
    long deadline = System.nanoTime() + totalTimeout.toNanos();
    for (int redirects = 0; ; redirects++) {
      guard.check(field, url);
      HttpResponse<byte[]> response = get(field, url, deadline);
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        if (redirects == MAX_REDIRECTS) {
          throw new InvalidFieldException(field, "the URL redirects more than " + MAX_REDIRECTS + " times");
        }
        url = redirectTarget(field, url, response);
        continue;
      }
      if (status < 200 || status > 299) {
        throw new InvalidFieldException(field, "fetching the image from " + url.getHost() + " failed with HTTP " + status);
      }
      return response.body();
    }
  }

  private HttpResponse<byte[]> get(String field, URI url, long deadline) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) throw slow(field);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(Duration.ofNanos(remaining))
            .header("Accept", "image/jpeg, image/png, image/webp;q=0.9, */*;q=0.5")
            .build();
    CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, this::bodyOf);
    try {
      // The request timeout covers only the wait for headers; this covers the body as well.
      return pending.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw slow(field);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching " + field, e);
    } catch (ExecutionException e) {
      throw failure(field, url, e.getCause());
    }
  }

  /** The body of a success, capped; the body of anything else is not wanted. */
  private HttpResponse.BodySubscriber<byte[]> bodyOf(HttpResponse.ResponseInfo info) {
    if (info.statusCode() < 200 || info.statusCode() > 299) {
      return HttpResponse.BodySubscribers.replacing(null);
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new CappedBodySubscriber(maxBytes, declared);
  }

  private InvalidFieldException failure(String field, URI url, Throwable cause) {
    String host = url.getHost();
    if (cause instanceof CappedBodySubscriber.TooLargeException) {
      return new InvalidFieldException(
          field, "the image at " + host + " is larger than " + DataUriImageSource.megabytes(maxBytes) + "; at most 20 MB is accepted");
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new InvalidFieldException(field, "could not connect to " + host + " within " + connectTimeout.toSeconds() + " s", cause);
    }
    if (cause instanceof HttpTimeoutException) return slow(field);
    if (cause instanceof ConnectException) {
      return new InvalidFieldException(field, "could not connect to " + host, cause);
    }
    if (cause instanceof SSLException) {
      return new InvalidFieldException(field, "the TLS handshake with " + host + " failed", cause);
    }
    if (cause instanceof IOException) {
      return new InvalidFieldException(field, "fetching the image from " + host + " failed: " + cause.getMessage(), cause);
    }
    throw new IllegalStateException("fetching " + field + " failed unexpectedly", cause);
  }

  private URI redirectTarget(String field, URI from, HttpResponse<?> response) {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () -> new InvalidFieldException(field, "HTTP " + response.statusCode() + " from " + from.getHost() + " without a Location"));
    URI target;
    try {
      target = from.resolve(new URI(location.trim()));
    } catch (URISyntaxException e) {
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
    if (url.getHost() == null) throw new InvalidFieldException(field, "the URL has no host");
    return url;
  }

  private InvalidFieldException slow(String field) {
    return new InvalidFieldException(field, "fetching the image took longer than " + totalTimeout.toSeconds() + " s");
  }
}

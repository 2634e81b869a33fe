package io.reelgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

/** HTTP with JSON, retries and backoff; each dialect supplies how its errors read. */
final class Transport {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration timeout;

  Transport(VideoClient.Builder settings) {
    this.http = settings.httpClient != null
        ? settings.httpClient
        : HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    this.maxRetries = settings.maxRetries;
    this.initialBackoff = settings.initialBackoff;
    this.maxBackoff = settings.maxBackoff;
    this.timeout = settings.requestTimeout;
  }

  /**
   * Sends the request, retrying on rate limits and server errors, and answers the JSON body of a
   * success. {@code errors} reads a failure from status and body, or answers null for a success.
   */
  JsonNode call(HttpRequest.Builder request, BiFunction<Integer, JsonNode, Failure> errors) {
    HttpRequest built = request.timeout(timeout).build();
    Duration backoff = initialBackoff;
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> response;
      try {
        response = sendWithin(built, HttpResponse.BodyHandlers.ofString(), timeout);
      } catch (IOException e) {
        if (attempt < maxRetries) {
          backoff = sleepAndGrow(backoff, null);
          continue;
        }
        throw new ReelgateClientException(0, null, "no answer from " + built.uri() + ": " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReelgateClientException(0, null, "interrupted", e);
      }
      JsonNode body = parse(response.body());
      Failure failure = errors.apply(response.statusCode(), body);
      if (failure == null) return body;
      Duration retryAfter = retryAfter(response);
      boolean retryable = failure.kind() == Failure.Kind.RATE_LIMITED || failure.kind() == Failure.Kind.SERVER;
      if (retryable && attempt < maxRetries) {
        backoff = sleepAndGrow(backoff, retryAfter);
        continue;
      }
      throw failure.toException(retryAfter);
    }
  }

  /**
   * Sends and reads the whole answer within {@code limit}. A request's own timeout ends at the
   * answer's headers; a body that stalls after them would otherwise hold the caller for ever.
   */
  private <T> HttpResponse<T> sendWithin(HttpRequest request, HttpResponse.BodyHandler<T> body, Duration limit)
      throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<T>> answer = http.sendAsync(request, body);
    try {
      return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new HttpTimeoutException("no whole answer from " + request.uri() + " within " + limit);
    } catch (InterruptedException e) {
      answer.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      throw new IOException(e.getCause());
    }
  }

  /** Streams {@code url} into {@code target} (through a temporary file beside it), with the same retries. */
  long download(URI url, Path target) {
    return download(url, target, null);
  }

  /** As {@link #download(URI, Path)}, sending {@code authorization} (null for none) as the Authorization header. */
  long download(URI url, Path target, String authorization) {
    Duration backoff = initialBackoff;
    for (int attempt = 0; ; attempt++) {
      Path parent = target.toAbsolutePath().getParent();
      Path tmp = null;
      try {
        Files.createDirectories(parent);
        tmp = Files.createTempFile(parent, ".download-", ".part");
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout.multipliedBy(10)).GET();
        if (authorization != null) request.header("Authorization", authorization);
        HttpResponse<Path> response = sendWithin(
            request.build(),
            HttpResponse.BodyHandlers.ofFile(tmp), timeout.multipliedBy(10));
        int status = response.statusCode();
        if (status == 200) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          return Files.size(target);
        }
        Failure failure = new Failure(status, Failure.kindOf(status), null, "download of " + url + " failed", null);
        Duration retryAfter = retryAfter(response);
        if ((status == 429 || status >= 500) && attempt < maxRetries) {
          backoff = sleepAndGrow(backoff, retryAfter);
          continue;
        }
        throw failure.toException(retryAfter);
      } catch (IOException e) {
        if (attempt < maxRetries) {
          backoff = sleepAndGrow(backoff, null);
          continue;
        }
        throw new ReelgateClientException(0, null, "download of " + url + " failed: " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReelgateClientException(0, null, "interrupted", e);
      } finally {
        if (tmp != null) {
          try {
            Files.deleteIfExists(tmp);
          } catch (IOException ignored) {
            // best effort
          }
        }
      }
    }
  }

  private Duration sleepAndGrow(Duration backoff, Duration retryAfter) {
    Duration wait = retryAfter != null ? retryAfter : backoff;
    sleep(wait);
    Duration next = backoff.multipliedBy(2);
    return next.compareTo(maxBackoff) > 0 ? maxBackoff : next;
  }

  static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReelgateClientException(0, null, "interrupted", e);
    }
  }

  /** {@code Retry-After} in seconds, or null when absent or not a number. */
  static Duration retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After");
    if (value.isEmpty()) return null;
    try {
      long seconds = Long.parseLong(value.get().trim());
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) return MissingNode.getInstance();
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }
}

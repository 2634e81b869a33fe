package io.reelgate.app.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on a free port, started in-process once per class, for the compatibility suite:
 * each test replays the exact requests of one public client library (paths, headers, auth form,
 * body, order of calls) and reads the answers as that library does, so that a change that would
 * break the library breaks the test.
 *
 * <p>Polling cadence: each test names the library's interval and goes through {@link #pause}, which
 * keeps the library's order of calls (a first poll at once or after one interval, as the library
 * does) but waits at most {@link #LONGEST_PAUSE}, so that the suite stays fast.
 */
abstract class CompatServer {
  static final String KEY = "rg_test_compat_0123456789abcdef0123456789";
  static final Duration LONGEST_PAUSE = Duration.ofMillis(200);
  static final Duration RENDER_TIMEOUT = Duration.ofMinutes(3);
  static final ObjectMapper JSON = new ObjectMapper();
  /** No redirects, as GPTProto's SDKs (httpx's default) and a plain {@code fetch} of an API answer. */
  static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @TempDir static Path dataDir;
  private static ReelgateServer server;
  /** The server's scheme and host; a subclass that starts the server otherwise (the packaged jar) sets it. */
  static String baseUrl;

  @BeforeAll
  static void startServer() throws Exception {
    server = ReelgateServer.start(ServerConfig.builder().port(0).dataDir(dataDir).workers(2).apiKeys(List.of(KEY)).build());
    baseUrl = "http://localhost:" + server.port();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  static String baseUrl() {
    return baseUrl;
  }

  /** The library's poll interval, capped at {@link #LONGEST_PAUSE}. */
  static void pause(Duration libraryInterval) throws InterruptedException {
    Thread.sleep(Math.min(libraryInterval.toMillis(), LONGEST_PAUSE.toMillis()));
  }

  /** Sends exactly these headers (and the body, when not null) to {@code pathAndQuery} of the server. */
  static HttpResponse<String> send(String method, String pathAndQuery, Map<String, String> headers, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Downloads {@code url} with a plain GET and no key, as every library does, and probes the MP4. */
  static VideoInfo download(String url, Path file) throws Exception {
    HttpResponse<Path> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
    assertThat(response.statusCode()).as("download of " + url).isEqualTo(200);
    return VideoProbe.probe(file);
  }

  /** A core test photo as a {@code data:} URI, as the libraries send a local file. */
  static String photo(String name, String mediaType) {
    return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(TestPhotos.bytes(name));
  }
}

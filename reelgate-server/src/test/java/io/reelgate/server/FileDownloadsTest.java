package io.reelgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.database.Database;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.files.local.LocalStorage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Results behind signed, expiring links, with HTTP ranges. */
class FileDownloadsTest extends RunningServer {
  private static final String KEY = "tasks/download-test/result.mp4";
  private static final byte[] VIDEO = new byte[100_000];

  @BeforeAll
  static void storeAFile() throws IOException {
    new Random(7).nextBytes(VIDEO);
    new LocalStorage(dataDir.resolve(ReelgateServer.FILES_FOLDER)).put(KEY, VIDEO);
  }

  @Test
  void signed_link_downloads_the_whole_file() {
    HttpResponse<byte[]> response = download(link(Clock.systemUTC()), null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("video/mp4");
    assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(VIDEO.length));
    assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(response.body()).isEqualTo(VIDEO);
  }

  @Test
  void range_request_answers_206_with_exactly_those_bytes() {
    HttpResponse<byte[]> response = download(link(Clock.systemUTC()), "bytes=1000-1999");

    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + VIDEO.length);
    assertThat(response.headers().firstValue("Content-Length")).hasValue("1000");
    assertThat(response.body()).isEqualTo(Arrays.copyOfRange(VIDEO, 1000, 2000));
  }

  @Test
  void open_ended_and_suffix_ranges_are_served() {
    assertThat(download(link(Clock.systemUTC()), "bytes=99000-").body())
        .isEqualTo(Arrays.copyOfRange(VIDEO, 99_000, VIDEO.length));
    assertThat(download(link(Clock.systemUTC()), "bytes=-10").body())
        .isEqualTo(Arrays.copyOfRange(VIDEO, VIDEO.length - 10, VIDEO.length));
  }

  @Test
  void range_past_the_end_answers_416() {
    HttpResponse<byte[]> response = download(link(Clock.systemUTC()), "bytes=100000-");

    assertThat(response.statusCode()).isEqualTo(416);
    assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + VIDEO.length);
  }

  @Test
  void tampered_link_is_refused() {
    String link = link(Clock.systemUTC());
    String otherFile = link.replace("download-test", "someone-else");
    String laterExpiry = link.replaceFirst("expires=(\\d+)", "expires=9999999999");
    String flippedSignature = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");

    assertThat(download(otherFile, null).statusCode()).isEqualTo(403);
    assertThat(download(laterExpiry, null).statusCode()).isEqualTo(403);
    assertThat(download(flippedSignature, null).statusCode()).isEqualTo(403);
    assertThat(download(link.substring(0, link.indexOf('?')), null).statusCode()).isEqualTo(403);
  }

  @Test
  void expired_link_is_refused() {
    Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);

    HttpResponse<byte[]> response = download(link(twoHoursAgo), null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(new String(response.body())).contains("expired");
  }

  /** A link signed with the server's own secret, as if handed out at {@code clock}'s time. */
  private static String link(Clock clock) {
    try (Database database = Database.open(null, dataDir)) {
      byte[] secret = LinkSigner.loadOrCreateSecret(database.settings(), null);
      return new LinkSigner(secret, server::publicUrl, Duration.ofHours(1), clock).link(KEY);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<byte[]> download(String url, String range) {
    HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(url)).GET();
    if (range != null) request.header("Range", range);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

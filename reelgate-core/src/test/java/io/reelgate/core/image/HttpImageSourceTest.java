package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.net.GuardedHttpClient;
import io.reelgate.core.net.HostResolver;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against a real HTTP server on an ephemeral loopback port, which the source reaches only with the
 * private network allowed explicitly; the default source refuses it.
 */
class HttpImageSourceTest {
  private static final long CAP = 1024 * 1024;
  private static final long HUGE = 200L * 1024 * 1024;

  private final byte[] photo = TestPhotos.bytes("hubble_deep_field.jpg");
  private final CompletableFuture<Long> hugeBodyWritten = new CompletableFuture<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> hostHeaders = Collections.synchronizedList(new ArrayList<>());
  /** images.test is the loopback server; metadata.test the cloud metadata address. */
  private final AtomicInteger lookups = new AtomicInteger();
  private final HostResolver names =
      host -> {
        lookups.incrementAndGet();
        return switch (host) {
          case "images.test" -> List.of(InetAddress.getLoopbackAddress());
          case "metadata.test" -> List.of(InetAddress.getByAddress(new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254}));
          default -> throw new java.net.UnknownHostException(host);
        };
      };
  private final GuardedHttpClient loopbackAllowed =
      GuardedHttpClient.builder().allowPrivateNetwork(true).resolver(names).build();
  private final HttpImageSource source = new HttpImageSource(loopbackAllowed);
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", ex -> {
      requests.incrementAndGet();
      hostHeaders.add(ex.getRequestHeaders().getFirst("Host"));
      send(ex, 404, "no".getBytes());
    });
    server.createContext("/photo.jpg", ex -> {
      requests.incrementAndGet();
      hostHeaders.add(ex.getRequestHeaders().getFirst("Host"));
      send(ex, 200, photo);
    });
    server.createContext("/missing", ex -> send(ex, 404, "no".getBytes()));
    // /hop/3 -> /hop/2 -> /hop/1 -> the photo: /hop/N is N redirects away from the photo.
    server.createContext("/hop/", ex -> {
      int left = Integer.parseInt(ex.getRequestURI().getPath().substring("/hop/".length()));
      redirect(ex, left == 1 ? "/photo.jpg" : "/hop/" + (left - 1));
    });
    server.createContext("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
    server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
    server.createContext("/to-metadata-name", ex -> redirect(ex, "http://metadata.test/latest/meta-data/"));
    server.createContext("/to-hex-loopback", ex -> redirect(ex, "http://0x7f.1:" + server.getAddress().getPort() + "/photo.jpg"));
    server.createContext("/huge-declared", ex -> streamHugeBody(ex, HUGE));
    server.createContext("/huge-streamed", ex -> streamHugeBody(ex, 0)); // 0: chunked, no length
    server.createContext("/slow", ex -> {
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 50; i++) {
          out.write(new byte[10]);
          out.flush();
          Thread.sleep(100);
        }
      } catch (InterruptedException | IOException e) {
        // the client gave up
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void a_photo_is_downloaded_byte_for_byte() {
    assertThat(source.fetch("image", base + "/photo.jpg")).isEqualTo(photo);
  }

  @Test
  void a_missing_photo_is_an_error_naming_the_field_and_status() {
    assertThatThrownBy(() -> source.fetch("end_image", base + "/missing"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo("end_image");
              assertThat(e.reason()).isEqualTo("fetching the image from 127.0.0.1 failed with HTTP 404");
            });
  }

  @Test
  void three_redirects_are_followed() {
    assertThat(source.fetch("image", base + "/hop/3")).isEqualTo(photo);
  }

  @Test
  void a_fourth_redirect_is_refused() {
    assertThatThrownBy(() -> source.fetch("image", base + "/hop/4"))
        .hasMessage("image: the URL redirects more than 3 times");
  }

  @Test
  void a_redirect_away_from_http_is_refused() {
    assertThatThrownBy(() -> source.fetch("image", base + "/to-file"))
        .hasMessage("image: the URL redirects to a URL that is not http or https");
  }

  @Test
  void by_default_a_loopback_url_is_refused_without_a_request() {
    assertThatThrownBy(() -> new HttpImageSource().fetch("image", base + "/photo.jpg"))
        .hasMessage("image: 127.0.0.1 is a loopback address; only public addresses are fetched");
    assertThat(requests).hasValue(0);
  }

  @Test
  void by_default_a_name_that_resolves_to_loopback_is_refused_without_a_request() {
    HttpImageSource publicOnly = new HttpImageSource(GuardedHttpClient.builder().resolver(names).build());

    assertThatThrownBy(() -> publicOnly.fetch("image", "http://images.test:" + server.getAddress().getPort() + "/photo.jpg"))
        .hasMessage("image: images.test resolves to a loopback address; only public addresses are fetched");
    assertThat(requests).hasValue(0);
  }

  @Test
  void a_redirect_to_the_metadata_address_is_refused_even_on_the_private_network() {
    assertThatThrownBy(() -> source.fetch("image", base + "/to-metadata"))
        .hasMessage("image: 169.254.169.254 is a link-local address; only public addresses are fetched");
  }

  @Test
  void a_redirect_to_a_name_of_the_metadata_address_is_refused() {
    assertThatThrownBy(() -> source.fetch("image", base + "/to-metadata-name"))
        .hasMessage("image: metadata.test resolves to a link-local address; only public addresses are fetched");
  }

  @Test
  void a_redirect_to_loopback_spelled_in_hex_is_recognised_and_followed_only_when_allowed() {
    assertThat(source.fetch("image", base + "/to-hex-loopback")).isEqualTo(photo);
    assertThat(hostHeaders).containsExactly("127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void a_name_is_resolved_once_and_sent_as_the_host_header() {
    int port = server.getAddress().getPort();

    assertThat(source.fetch("image", "http://images.test:" + port + "/photo.jpg")).isEqualTo(photo);
    assertThat(lookups).hasValue(1);
    assertThat(hostHeaders).containsExactly("images.test:" + port);
  }

  @Test
  void a_declared_oversize_body_is_refused_without_reading_it() {
    HttpImageSource source = new HttpImageSource(loopbackAllowed, Duration.ofSeconds(20), CAP);

    assertThatThrownBy(() -> source.fetch("image", base + "/huge-declared"))
        .hasMessage("image: the image at 127.0.0.1 is larger than 1 MB, the most accepted");
  }

  @Test
  void an_oversize_body_without_a_length_is_cut_off_while_streaming() throws Exception {
    HttpImageSource source = new HttpImageSource(loopbackAllowed, Duration.ofSeconds(20), CAP);

    assertThatThrownBy(() -> source.fetch("image", base + "/huge-streamed"))
        .hasMessage("image: the image at 127.0.0.1 is larger than 1 MB, the most accepted");
    // The server could write the cap plus what socket buffers hold, never the 200 MB.
    assertThat(hugeBodyWritten.get(10, TimeUnit.SECONDS)).isLessThan(32L * 1024 * 1024);
  }

  @Test
  void a_body_that_trickles_past_the_total_time_is_abandoned() {
    HttpImageSource source = new HttpImageSource(loopbackAllowed, Duration.ofSeconds(1), CAP);
    long start = System.nanoTime();

    assertThatThrownBy(() -> source.fetch("image", base + "/slow"))
        .hasMessage("image: fetching the image took longer than 1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void a_closed_port_is_an_error_naming_the_host() throws IOException {
    int closedPort;
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    int port = closedPort;

    assertThatThrownBy(() -> source.fetch("image", "http://127.0.0.1:" + port + "/a.png"))
        .hasMessage("image: could not connect to 127.0.0.1");
  }

  private void streamHugeBody(HttpExchange ex, long declaredLength) throws IOException {
    long written = 0;
    ex.sendResponseHeaders(200, declaredLength);
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = ex.getResponseBody()) {
      while (written < HUGE) {
        out.write(chunk);
        written += chunk.length;
      }
    } catch (IOException e) {
      // the client hung up, as it should
    } finally {
      hugeBodyWritten.complete(written);
    }
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().add("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }
}

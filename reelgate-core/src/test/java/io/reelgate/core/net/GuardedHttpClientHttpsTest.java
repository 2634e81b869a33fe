package io.reelgate.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.reelgate.core.net.FetchException.Kind;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTPS to a loopback server whose certificate names {@code images.test}: the client connects to
 * the address it resolved, and still speaks TLS with the URL's name (SNI) and checks the
 * certificate against that name.
 */
class GuardedHttpClientHttpsTest {
  private static final char[] PASSWORD = "changeit".toCharArray();

  private HttpsServer server;
  private SSLContext tls;

  @BeforeEach
  void start() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = getClass().getResourceAsStream("/tls/images-test.p12")) {
      keys.load(in, PASSWORD);
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, PASSWORD);
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(keys);
    tls = SSLContext.getInstance("TLS");
    tls.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext(
        "/hello",
        ex -> {
          byte[] body = ("hello " + ex.getRequestHeaders().getFirst("Host")).getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private GuardedHttpClient client() {
    HostResolver loopback =
        host -> {
          if (host.equals("images.test") || host.equals("other.test")) return List.of(InetAddress.getLoopbackAddress());
          throw new UnknownHostException(host);
        };
    return GuardedHttpClient.builder().resolver(loopback).allowPrivateNetwork(true).tls(tls.getSocketFactory()).build();
  }

  @Test
  void https_goes_to_the_checked_address_with_the_urls_name() throws Exception {
    URI url = URI.create("https://images.test:" + server.getAddress().getPort() + "/hello");

    HttpResponse response = client().get(url, Map.of(), Duration.ofSeconds(5), 1024);

    assertThat(response.status()).isEqualTo(200);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("hello images.test:" + server.getAddress().getPort());
  }

  @Test
  void a_certificate_for_another_name_is_refused() {
    URI url = URI.create("https://other.test:" + server.getAddress().getPort() + "/hello");

    assertThatThrownBy(() -> client().get(url, Map.of(), Duration.ofSeconds(5), 1024))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TLS_FAILED));
  }

  @Test
  void a_certificate_not_trusted_is_refused() {
    GuardedHttpClient defaultTrust =
        GuardedHttpClient.builder()
            .resolver(host -> List.of(InetAddress.getLoopbackAddress()))
            .allowPrivateNetwork(true)
            .build();
    URI url = URI.create("https://images.test:" + server.getAddress().getPort() + "/hello");

    assertThatThrownBy(() -> defaultTrust.get(url, Map.of(), Duration.ofSeconds(5), 1024))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TLS_FAILED));
  }
}

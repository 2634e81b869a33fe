package io.reelgate.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback: records every request and answers as {@link #answer} says
 * (200 and an empty JSON object by default). {@link #assertSigned} checks a delivery as the
 * Standard Webhooks libraries do, written here apart from Reelgate's signer.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** One request as received. */
  public record Received(String id, String timestamp, String signature, String body, long atNanos) {}

  /** The status and body to answer with. */
  public record Answer(int status, String body) {}

  private final HttpServer server;
  private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private volatile Function<Received, Answer> answer = r -> new Answer(200, "{}");

  private WebhookReceiver(HttpServer server) {
    this.server = server;
    server.createContext(
        "/hook",
        exchange -> {
          String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          var headers = exchange.getRequestHeaders();
          Received request =
              new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                  headers.getFirst("webhook-signature"), body, System.nanoTime());
          received.add(request);
          Answer reply = answer.apply(request);
          byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  /** On a free loopback port, or on {@code port}. */
  public static WebhookReceiver start(int port) {
    try {
      return new WebhookReceiver(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void answer(Function<Received, Answer> answer) {
    this.answer = answer;
  }

  /** The next request, waiting up to {@code timeout}; fails when none comes. */
  public Received next(Duration timeout) throws InterruptedException {
    Received request = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(request).as("a webhook within " + timeout).isNotNull();
    return request;
  }

  public List<Received> drain() {
    List<Received> all = new ArrayList<>();
    received.drainTo(all);
    return all;
  }

  /** Checks the Standard Webhooks signature of {@code request} with {@code secret}, independently. */
  public static void assertSigned(Received request, String secret) throws Exception {
    assertThat(request.id()).startsWith("msg_");
    assertThat(Long.parseLong(request.timestamp())).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(300L));
    assertThat(secret).startsWith("whsec_");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.split("_", 2)[1]), "HmacSHA256"));
    String expected =
        Base64.getEncoder()
            .encodeToString(mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
    boolean matches = false;
    for (String part : request.signature().split(" ")) {
      String[] versioned = part.split(",", 2);
      matches |= versioned[0].equals("v1")
          && MessageDigest.isEqual(versioned[1].getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(matches).as("signature " + request.signature() + " of " + request.body()).isTrue();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package io.reelgate.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  @Test
  void rate_limited_call_waits_retry_after_then_succeeds() throws Exception {
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger calls = new AtomicInteger();
    stub.createContext("/", exchange -> {
      boolean first = calls.getAndIncrement() == 0;
      byte[] body = (first
          ? "{\"code\":429,\"reason\":\"RATE_LIMIT_EXCEEDED\",\"message\":\"slow down\",\"metadata\":{}}"
          : "{\"task_id\":\"abc\"}").getBytes(StandardCharsets.UTF_8);
      if (first) exchange.getResponseHeaders().add("Retry-After", "1");
      exchange.sendResponseHeaders(first ? 429 : 200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    stub.start();
    try {
      VideoClient client = VideoClient.builder(Dialect.NOVITA)
          .baseUrl("http://127.0.0.1:" + stub.getAddress().getPort())
          .apiKey("k")
          .backoff(Duration.ofMillis(10), Duration.ofMillis(20))
          .build();
      long start = System.nanoTime();
      String id = client.create(VideoRequest.of("a cat"));
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      assertThat(id).isEqualTo("abc");
      assertThat(calls.get()).isEqualTo(2);
      assertThat(elapsedMs).isGreaterThanOrEqualTo(950);
    } finally {
      stub.stop(0);
    }
  }
}

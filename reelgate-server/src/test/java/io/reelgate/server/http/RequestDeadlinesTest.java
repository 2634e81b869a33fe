package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.ReelgateServer;
import io.reelgate.server.RunningServer;
import io.reelgate.server.limits.RequestLimits;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deadlines of request bodies and image URLs: bodies get 1 s, image URLs 1 s, with no minimum
 * rate and no cap per key.
 */
class RequestDeadlinesTest extends RunningServer {
  private static final String NOVITA_CREATE = "/v3/async/minimax-hailuo-2.3-t2v";
  private static final Duration PROMPTLY = Duration.ofSeconds(5);

  @BeforeAll
  static void restartWithShortDeadlines() {
    server.close();
    server = ReelgateServer.start(config()
        .allowPrivateNetwork(true)
        .requestLimits(new RequestLimits(0, Duration.ofSeconds(1), 0, Duration.ofSeconds(1)))
        .build());
  }

  @Test
  void a_body_that_stops_arriving_is_cut_off_at_its_deadline_with_408() {
    try (SlowUpload upload = SlowUpload.start(server.port(), NOVITA_CREATE, bearer(ALICE), 1000)) {
      upload.send("{\"prompt\": ");
      long start = System.nanoTime();
      String answer = upload.answer(PROMPTLY);
      assertThat(answer).startsWith("HTTP/1.1 408").contains("REQUEST_TIMEOUT").contains("took longer than 1 s");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
    }
  }

  @Test
  void a_body_that_keeps_trickling_is_cut_off_at_its_deadline_with_408() throws Exception {
    try (SlowUpload upload = SlowUpload.start(server.port(), NOVITA_CREATE, bearer(ALICE), 1000)) {
      String answer = "";
      for (int i = 0; i < 50 && answer.isEmpty(); i++) { // a byte every 100 ms, for at most 5 s
        upload.send(i == 0 ? "{" : " ");
        answer = upload.answer(Duration.ofMillis(100));
      }
      assertThat(answer).startsWith("HTTP/1.1 408").contains("took longer than 1 s");
    }
  }

  @Test
  void a_connection_whose_body_came_in_time_is_kept_open_for_its_next_request() throws Exception {
    // While a body is read, the connection's idle timeout is shortened to the time left; the
    // next request on the same connection, after the deadline has passed, must find it restored.
    String body = body("prompt", "a cat");
    try (SlowUpload connection = SlowUpload.start(server.port(), NOVITA_CREATE, bearer(ALICE), body.length())) {
      connection.send(body);
      assertThat(connection.answer(PROMPTLY)).startsWith("HTTP/1.1 200");
      Thread.sleep(1500);
      assertThat(connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")).isTrue();
      assertThat(connection.answer(PROMPTLY)).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void an_image_url_that_trickles_past_its_deadline_is_refused_naming_the_field() {
    try (TricklingImageServer images = new TricklingImageServer()) {
      long start = System.nanoTime();
      HttpResponse<String> refused = send(
          jsonPost("/v3/async/minimax-hailuo-2.3-i2v", body("prompt", "a cat", "image", images.url()))
              .timeout(PROMPTLY).header("Authorization", bearer(ALICE)).build());
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(json(refused).path("metadata").path("field").asText()).isEqualTo("image");
      assertThat(json(refused).path("message").asText()).contains("took longer than 1 s");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }
}

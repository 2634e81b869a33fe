package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.CapturedLog;
import io.reelgate.server.RunningServer;
import io.reelgate.server.openapi.OpenApiContract;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Clients that declare a body and send it a byte at a time cannot stall the server, and are cut
 * off with a clean answer and one line at INFO: on the server as it runs by default.
 */
class SlowClientsTest extends RunningServer {
  private static final String NOVITA_CREATE = "/v3/async/minimax-hailuo-2.3-t2v";
  private static final Duration PROMPTLY = Duration.ofSeconds(5);

  @Test
  void healthz_and_another_keys_create_answer_while_300_trickling_uploads_of_one_key_are_open() {
    List<SlowUpload> uploads = new ArrayList<>();
    try {
      for (int i = 0; i < 300; i++) {
        SlowUpload upload = SlowUpload.start(server.port(), NOVITA_CREATE, bearer(ALICE), 100_000);
        upload.send("{");
        uploads.add(upload);
      }
      HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/healthz")).timeout(PROMPTLY).GET().build());
      assertThat(health.statusCode()).isEqualTo(200);
      HttpResponse<String> created =
          send(jsonPost(NOVITA_CREATE, body("prompt", "a cat [Push in]")).timeout(PROMPTLY).header("Authorization", bearer(BOB)).build());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    } finally {
      uploads.forEach(SlowUpload::close);
    }
  }

  /** Each dialect's create path, with what its answer to a body cut off as too slow looks like. */
  private enum Dialect {
    NOVITA(NOVITA_CREATE, true, 408, "reason", "REQUEST_TIMEOUT"),
    EVOLINK("/v1/videos/generations", true, 408, "/error/type", "invalid_request_error"),
    GPTPROTO("/api/v3/minimax/hailuo-02-fast/text-to-video", false, 408, "code", "408"),
    MINIMAX("/v1/video_generation", true, 200, "/base_resp/status_code", "1001");

    final String path;
    final boolean bearer;
    final int status;
    final String pointer;
    final String code;

    Dialect(String path, boolean bearer, int status, String field, String code) {
      this.path = path;
      this.bearer = bearer;
      this.status = status;
      this.pointer = field.startsWith("/") ? field : "/" + field;
      this.code = code;
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void a_body_slower_than_the_minimum_rate_is_cut_off_as_a_timeout_in_the_dialects_shape_with_no_error_log(Dialect dialect)
      throws Exception {
    try (CapturedLog log = new CapturedLog();
        SlowUpload upload = SlowUpload.start(server.port(), dialect.path, dialect.bearer ? bearer(ALICE) : ALICE, 100_000)) {
      String answer = "";
      for (int i = 0; i < 60 && answer.isEmpty(); i++) { // a byte every 100 ms, 10 B/s, for at most 6 s
        upload.send(i == 0 ? "{" : " ");
        answer = upload.answer(Duration.ofMillis(100));
      }
      assertThat(answer).startsWith("HTTP/1.1 " + dialect.status);
      JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertThat(body.at(dialect.pointer).asText()).as(body.toString()).isEqualTo(dialect.code);
      assertThat(body.toString()).contains("slower than 4096 B/s");
      OpenApiContract.forDialect(dialect.name().toLowerCase(Locale.ROOT))
          .assertResponseMatches("POST", dialect.path, Integer.parseInt(answer.substring(9, 12)), body.toString());
      Thread.sleep(200); // the log line is written as the answer goes out
      assertThat(log.lines("ERROR")).isEmpty();
      assertThat(log.lines("INFO")).anySatisfy(line -> assertThat(line).contains(dialect.path).contains("slower than"));
    }
  }

  @Test
  void a_body_whose_chunks_are_malformed_is_a_bad_request_in_the_dialects_shape_not_an_internal_error() throws Exception {
    try (CapturedLog log = new CapturedLog();
        SlowUpload upload = SlowUpload.start(server.port(), NOVITA_CREATE, bearer(ALICE), "Transfer-Encoding: chunked")) {
      upload.send("2\r\n{}\r\nzz\r\n");
      String answer = upload.answer(PROMPTLY);
      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).path("reason").asText()).isEqualTo("INVALID_REQUEST_BODY");
      Thread.sleep(200);
      assertThat(log.lines("ERROR")).isEmpty();
      assertThat(log.lines("INFO")).anySatisfy(line -> assertThat(line).contains(NOVITA_CREATE).contains("chunked coding"));
    }
  }

  @Test
  void a_client_that_hangs_up_mid_body_is_one_info_line_not_an_error_with_a_stack_trace() throws Exception {
    try (CapturedLog log = new CapturedLog()) {
      try (SlowUpload upload = SlowUpload.start(server.port(), NOVITA_CREATE, bearer(ALICE), 100_000)) {
        upload.send("{\"prompt\": \"a cat");
        Thread.sleep(100);
      }
      long deadline = System.nanoTime() + PROMPTLY.toNanos();
      while (log.lines("INFO").stream().noneMatch(line -> line.contains(NOVITA_CREATE)) && log.lines("ERROR").isEmpty()
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(200); // anything logged after the first line
      assertThat(log.lines("ERROR")).isEmpty();
      assertThat(log.text()).doesNotContain("EofException").doesNotContain("\tat ");
      assertThat(log.lines("INFO")).anySatisfy(line -> assertThat(line).contains(NOVITA_CREATE).contains("connection closed"));
    }
  }
}

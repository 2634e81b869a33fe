package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.ReelgateServer;
import io.reelgate.server.RunningServer;
import io.reelgate.server.limits.RequestLimits;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With every limit on slow clients lifted (no minimum rate, no cap per key, bodies allowed the
 * default two minutes), trickling uploads only park virtual threads: the server still answers.
 */
class UncappedSlowUploadsTest extends RunningServer {
  private static final String NOVITA_CREATE = "/v3/async/minimax-hailuo-2.3-t2v";
  private static final Duration PROMPTLY = Duration.ofSeconds(5);

  @BeforeAll
  static void restartWithoutLimits() {
    server.close();
    server = ReelgateServer.start(config().requestLimits(
        new RequestLimits(0, RequestLimits.DEFAULT.bodyTimeout(), 0, RequestLimits.DEFAULT.imageTimeout())).build());
  }

  @Test
  void healthz_and_another_keys_create_answer_while_300_uploads_of_one_key_trickle() {
    List<SlowUpload> uploads = new ArrayList<>();
    try {
      for (int i = 0; i < 300; i++) {
        SlowUpload upload = SlowUpload.start(server.port(), NOVITA_CREATE, bearer(ALICE), 100_000);
        upload.send("{");
        uploads.add(upload);
      }
      assertThat(send(HttpRequest.newBuilder(uri("/healthz")).timeout(PROMPTLY).GET().build()).statusCode()).isEqualTo(200);
      HttpResponse<String> created =
          send(jsonPost(NOVITA_CREATE, body("prompt", "a cat")).timeout(PROMPTLY).header("Authorization", bearer(BOB)).build());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    } finally {
      uploads.forEach(SlowUpload::close);
    }
  }
}

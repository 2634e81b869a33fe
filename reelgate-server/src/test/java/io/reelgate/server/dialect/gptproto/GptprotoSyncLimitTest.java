package io.reelgate.server.dialect.gptproto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A synchronous create that outlasts the server's limit answers with the prediction as it is. */
@TinyRenders
class GptprotoSyncLimitTest extends GptprotoServer {
  private static final Duration LIMIT = Duration.ofMillis(300);

  @BeforeAll
  static void restartWithShortLimit() {
    server.close();
    server = start(config().syncWaitLimit(LIMIT));
  }

  @Test
  void sync_mode_past_the_limit_answers_the_unfinished_prediction_to_be_polled() {
    long start = System.nanoTime();
    HttpResponse<String> created =
        create("hailuo-2.3-fast", "text-to-video", ALICE, body("prompt", "a slow sunrise", "enable_sync_mode", true));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode data = json(created).path("data");
    assertThat(data.path("status").asText()).isIn("created", "processing");
    assertThat(data.path("outputs")).isEmpty();
    assertThat(took).isGreaterThanOrEqualTo(LIMIT).isLessThan(LIMIT.plusSeconds(5));
    HttpResponse<String> polled = result(data.path("urls").path("get").asText(), ALICE);
    assertThat(json(polled).path("data").path("id").asText()).isEqualTo(data.path("id").asText());
  }
}

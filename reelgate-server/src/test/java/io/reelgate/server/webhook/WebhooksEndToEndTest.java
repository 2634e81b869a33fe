package io.reelgate.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.database.Database;
import io.reelgate.server.webhook.WebhookReceiver.Answer;
import io.reelgate.server.webhook.WebhookReceiver.Received;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real server with {@code --allow-private-network} calling a receiver on loopback in each
 * dialect's shape, signed with Alice's secret.
 */
class WebhooksEndToEndTest extends RunningServer {
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static WebhookReceiver receiver;

  @BeforeAll
  static void startReceiver() {
    receiver = WebhookReceiver.start(0);
    // MiniMax's challenge is echoed; everything else gets 200 {}.
    receiver.answer(r -> new Answer(200, r.body().startsWith("{\"challenge\"") ? r.body() : "{}"));
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  @BeforeAll
  static void allowLoopback() {
    server.close();
    server = io.reelgate.server.ReelgateServer.start(config().allowPrivateNetwork(true).build());
  }

  @Test
  void each_dialect_calls_back_signed_in_its_own_shape() throws Exception {
    HttpResponse<String> minimax =
        post("/v1/video_generation", ALICE,
            body("model", "MiniMax-Hailuo-2.3", "prompt", "A lighthouse at dawn", "duration", 6, "resolution", "768P",
                "callback_url", receiver.url()));
    assertThat(minimax.statusCode()).as(minimax.body()).isEqualTo(200);
    String minimaxId = json(minimax).path("task_id").asText();
    HttpResponse<String> evolink =
        post("/v1/videos/generations", ALICE,
            body("model", "MiniMax-Hailuo-2.3", "prompt", "A boat on a lake", "duration", 6, "quality", "768p",
                "callback_url", receiver.url()));
    assertThat(evolink.statusCode()).as(evolink.body()).isEqualTo(200);
    String evolinkId = json(evolink).path("id").asText();
    var extra = JSON.createObjectNode();
    extra.putObject("webhook").put("url", receiver.url());
    HttpResponse<String> novita =
        post("/v3/async/minimax-hailuo-2.3-t2v", ALICE,
            body("prompt", "A paper boat in the rain", "duration", 6, "resolution", "768P", "extra", extra));
    assertThat(novita.statusCode()).as(novita.body()).isEqualTo(200);
    String novitaId = json(novita).path("task_id").asText();

    String secret;
    try (Database db = Database.open(null, dataDir)) {
      String keyId = db.keys().authenticate(ALICE).orElseThrow().id();
      secret = new WebhookSecrets(db.jdbi(), java.time.Clock.systemUTC()).forKey(keyId);
    }
    boolean challenged = false, minimaxProcessing = false, minimaxEnded = false, evolinkEnded = false, novitaEnded = false;
    while (!(challenged && minimaxProcessing && minimaxEnded && evolinkEnded && novitaEnded)) {
      Received delivery = receiver.next(WAIT);
      WebhookReceiver.assertSigned(delivery, secret);
      JsonNode body = JSON.readTree(delivery.body());
      if (body.has("challenge")) {
        challenged = true;
      } else if (body.path("task_id").asText().equals(minimaxId)) {
        assertThat(challenged).as("the challenge comes first").isTrue();
        assertThat(body.path("base_resp").path("status_code").asInt()).isZero();
        if (body.path("status").asText().equals("Processing")) minimaxProcessing = true;
        if (body.path("status").asText().equals("Success")) {
          assertThat(body.path("file_id").asText()).isNotEmpty();
          assertThat(body.path("video_width").asInt()).isPositive();
          minimaxEnded = true;
        }
      } else if (body.path("id").asText().equals(evolinkId)) {
        assertThat(body.path("status").asText()).isEqualTo("completed");
        assertThat(body.path("results").get(0).asText()).startsWith("http");
        evolinkEnded = true;
      } else {
        assertThat(body.path("event_type").asText()).isEqualTo("ASYNC_TASK_RESULT");
        assertThat(body.path("payload").path("task").path("task_id").asText()).isEqualTo(novitaId);
        assertThat(body.path("payload").path("task").path("status").asText()).isEqualTo("TASK_STATUS_SUCCEED");
        assertThat(body.path("payload").path("videos").get(0).path("video_url").asText()).startsWith("http");
        novitaEnded = true;
      }
    }
  }
}

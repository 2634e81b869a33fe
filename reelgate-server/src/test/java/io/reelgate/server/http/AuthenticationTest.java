package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every dialect reads the key the same way: {@code Bearer <key>} (any case, extra spaces) or the
 * bare key, as Novita's JavaScript SDK sends it; anything else, and a wrong key, get the
 * dialect's own 401. No key ever reaches the log.
 */
@TinyRenders
class AuthenticationTest extends RunningServer {
  private static final String NOVITA = "/v3/async/minimax-hailuo-2.3-t2v";
  private static final String NOVITA_BODY = "{\"prompt\": \"a cat\", \"duration\": 6, \"resolution\": \"768P\"}";
  private static final String EVOLINK = "/v1/videos/generations";
  private static final String EVOLINK_BODY = "{\"model\": \"MiniMax-Hailuo-2.3\", \"prompt\": \"a cat\", \"quality\": \"768p\", \"duration\": 6}";
  private static final String MINIMAX = "/v1/video_generation";
  private static final String MINIMAX_BODY = "{\"model\": \"MiniMax-Hailuo-2.3\", \"prompt\": \"a cat\", \"duration\": 6, \"resolution\": \"768P\"}";
  private static final String GPTPROTO = "/api/v3/minimax/hailuo-2.3-fast/text-to-video";
  private static final String GPTPROTO_BODY = "{\"duration\": 6, \"prompt\": \"a cat\"}";

  @Test
  void a_create_with_the_bare_key_works_in_every_dialect() {
    assertThat(json(create(NOVITA, NOVITA_BODY, ALICE, 200)).path("task_id").asText()).isNotBlank();
    assertThat(json(create(EVOLINK, EVOLINK_BODY, ALICE, 200)).path("id").asText()).startsWith("task-unified-");
    JsonNode minimax = json(create(MINIMAX, MINIMAX_BODY, ALICE, 200));
    assertThat(minimax.path("base_resp").path("status_code").asInt()).as(minimax.toString()).isZero();
    assertThat(json(create(GPTPROTO, GPTPROTO_BODY, ALICE, 200)).path("data").path("id").asText()).isNotBlank();
    HttpResponse<String> key = send(HttpRequest.newBuilder(uri("/reelgate/v1/key")).GET(), ALICE);
    assertThat(key.statusCode()).as(key.body()).isEqualTo(200);
  }

  @Test
  void the_bearer_scheme_is_read_in_any_case_with_any_spaces() {
    for (String authorization : new String[] {"bearer " + ALICE, "BEARER   " + ALICE, "  Bearer\t" + ALICE + "  "}) {
      assertThat(json(create(NOVITA, NOVITA_BODY, authorization, 200)).path("task_id").asText()).isNotBlank();
    }
  }

  @Test
  void a_wrong_key_or_another_scheme_gets_each_dialects_401() {
    for (String authorization : new String[] {"rg_not_a_key_of_this_server", "Bearer rg_not_a_key", "Basic " + ALICE, "Bearer"}) {
      JsonNode novita = json(create(NOVITA, NOVITA_BODY, authorization, 401));
      assertThat(novita.path("reason").asText()).isEqualTo("INVALID_API_KEY");
      JsonNode evolink = json(create(EVOLINK, EVOLINK_BODY, authorization, 401)).path("error");
      assertThat(evolink.path("type").asText()).isEqualTo("authentication_error");
      JsonNode minimax = json(create(MINIMAX, MINIMAX_BODY, authorization, 200)).path("base_resp");
      assertThat(minimax.path("status_code").asInt()).isEqualTo(2049);
      JsonNode gptproto = json(create(GPTPROTO, GPTPROTO_BODY, authorization, 401));
      assertThat(gptproto.path("code").asInt()).isEqualTo(401);
      assertThat(gptproto.path("data").isNull()).isTrue();
    }
  }

  @Test
  void no_key_reaches_the_log_or_an_answer() {
    try (LogCapture log = new LogCapture()) {
      HttpResponse<String> refused = create(NOVITA, "{not json", "Basic " + ALICE, 401);
      create(MINIMAX, MINIMAX_BODY, "Bearer " + BOB.substring(0, 20), 200);
      create(GPTPROTO, GPTPROTO_BODY, ALICE, 200);

      assertThat(refused.body()).doesNotContain(ALICE);
      assertThat(log.lines()).isNotEmpty().noneMatch(line -> line.contains(ALICE) || line.contains(BOB.substring(0, 20)));
    }
  }

  private static HttpResponse<String> create(String path, String body, String authorization, int status) {
    HttpResponse<String> response = send(jsonPost(path, body), authorization);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
    return response;
  }
}

package io.reelgate.server.http;

import io.reelgate.server.links.PublicUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.reelgate.server.dialect.evolink.EvolinkDialect;
import io.reelgate.server.dialect.gptproto.GptprotoDialect;
import io.reelgate.server.dialect.minimax.MiniMaxDialect;
import io.reelgate.server.dialect.novita.NovitaDialect;
import io.reelgate.server.pages.WebRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request that needs the public URL before the port is bound (port 0, in the moment between
 * the port opening and the URL being known) is answered "starting, retry" in its dialect's
 * shape, with {@code Retry-After}, over real HTTP.
 */
class StartingUpAnswersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PublicUrl unbound = PublicUrl.of(null, 0);
  private Javalin app;

  @AfterEach
  void stop() {
    if (app != null) app.stop();
  }

  @Test
  void each_dialect_answers_a_request_during_start_up_as_unavailable_with_retry_after() throws Exception {
    Map<String, ApiScope> scopes =
        Map.of(
            "/v3/x", new NovitaDialect(null).scope().orElseThrow(),
            "/v1/tasks/x", new EvolinkDialect(null).scope().orElseThrow(),
            "/v1/x", new MiniMaxDialect(null).scope().orElseThrow(),
            "/api/v3/x", new GptprotoDialect(null, unbound, Duration.ZERO).scope().orElseThrow(),
            "/reelgate/v1/x", WebRoutes.SCOPE);
    app = Javalin.create(config -> config.showJavalinBanner = false);
    scopes.forEach((path, scope) -> new GuardedRoutes(app, scope.errors(), scope.writer()).get(path, ctx -> ctx.result(unbound.get())));
    app.start(0);

    JsonNode novita = answer("/v3/x", 503);
    assertThat(novita.path("reason").asText()).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(answer("/v1/tasks/x", 503).path("error").path("type").asText()).isEqualTo("service_unavailable_error");
    assertThat(answer("/v1/x", 200).path("base_resp").path("status_code").asInt()).isEqualTo(1002);
    assertThat(answer("/api/v3/x", 503).path("code").asInt()).isEqualTo(503);
    assertThat(answer("/reelgate/v1/x", 503).path("error").path("code").asText()).isEqualTo("STARTING_UP");

    unbound.portBound(app.port());
    assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/v3/x")).build(),
        HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("http://localhost:" + app.port());
  }

  private JsonNode answer(String path, int status) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("1");
    return JSON.readTree(response.body());
  }
}

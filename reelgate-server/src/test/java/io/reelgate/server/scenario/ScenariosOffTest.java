package io.reelgate.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.scenario.Scenario;
import io.reelgate.server.RunningServer;
import io.reelgate.server.ServerConfig;
import io.reelgate.server.TinyRenders;
import io.reelgate.server.database.Database;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.upstream.EngineKind;
import io.reelgate.server.upstream.ModelRoute;
import io.reelgate.server.upstream.RouteSettings;
import io.reelgate.server.upstream.RoutingTable;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server with scenarios switched off ({@code --no-scenarios}, the default with upstream routes)
 * refuses every way of asking for one, saying why, in the dialect's shape (Evolink's here: every
 * dialect answers the same refusal as an invalid field); {@code Reelgate-Scenario: none} is no
 * scenario and passes.
 */
@TinyRenders(frames = 2, millisPerFrame = 10)
class ScenariosOffTest extends RunningServer {
  private static final String CREATE = "/v1/videos/generations";
  private static Database tools;

  @BeforeAll
  static void switchOff() {
    server.close();
    server = start(config().scenarios(false));
    tools = Database.open(null, dataDir);
  }

  @AfterAll
  static void closeTools() throws Exception {
    if (tools != null) tools.close();
  }

  @Test
  void header_is_refused_naming_it_and_why() {
    HttpResponse<String> refused = create(ALICE, "a boat", "slow");

    assertRefused(refused, Scenario.HEADER);
  }

  @Test
  void marker_is_refused_naming_the_prompt_and_why() {
    assertRefused(create(ALICE, "a boat [[reelgate:expired-link]]", null), "prompt");
  }

  @Test
  void a_keys_scenario_is_refused_naming_the_key() {
    KeyStore.CreatedKey key = tools.keys().create("with-scenario");
    tools.keys().setScenario(key.key().id(), Scenario.parse("fail-at", "test"));

    HttpResponse<String> refused = create(key.secret(), "a boat", null);

    assertRefused(refused, "Authorization");
    assertThat(refused.body()).contains(key.key().id());
  }

  @Test
  void none_in_the_header_is_no_scenario() {
    HttpResponse<String> created = create(ALICE, "a boat", "none");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
  }

  @Test
  void scenarios_are_off_by_default_when_upstream_routes_are_configured() {
    RouteSettings route = RouteSettings.builder("peer", EngineKind.NOVITA).baseUrl(URI.create("http://127.0.0.1:9")).apiKey("k").build();
    RoutingTable routes = new RoutingTable(Map.of("peer", route), Map.of("MiniMax-Hailuo-2.3", List.of(new ModelRoute("peer", 0))), 4);

    assertThat(ServerConfig.builder().routing(routes).build().scenarios()).isFalse();
    assertThat(ServerConfig.builder().routing(routes).scenarios(true).build().scenarios()).isTrue();
    assertThat(ServerConfig.builder().build().scenarios()).isTrue();
  }

  private static HttpResponse<String> create(String key, String prompt, String header) {
    HttpRequest.Builder request = jsonPost(CREATE, body("model", "MiniMax-Hailuo-2.3", "prompt", prompt));
    if (header != null) request.header(Scenario.HEADER, header);
    return send(request, bearer(key));
  }

  private static void assertRefused(HttpResponse<String> refused, String field) {
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json(refused).at("/error/param").asText()).isEqualTo(field);
    assertThat(json(refused).at("/error/message").asText()).contains("scenarios are switched off on this server");
  }
}

package io.reelgate.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingFileTest {
  private static final String MINIMAX_KEY = "sk-minimax-SECRET";
  private static final String FILE_KEY = "sk-novita-SECRET";
  private static final Map<String, String> ENVIRONMENT = Map.of("MINIMAX_API_KEY", MINIMAX_KEY, "BLANK", "  ");

  private static final String EXAMPLE = """
      # which upstream serves which model; models not listed are rendered by the built-in motion engine
      concurrency: 64            # optional: upstream tasks this instance follows at once
      routes:
        minimax-main:
          engine: minimax                      # minimax | novita | highwayapi | evolink | gptproto
          base-url: https://api.minimax.io     # optional: the engine's default
          api-key-env: MINIMAX_API_KEY         # the secret from the environment ...
        novita-backup:
          engine: novita
          api-key-file: /run/secrets/novita    # ... or from a file
          images: link                         # data-uri (default) | link
          idempotency-key: true
          poll-every: 10s
          poll-deadline: 30m
          reconcile-every: 5m
          give-up-after: 24h
          request-timeout: 60s
      models:
        MiniMax-Hailuo-2.3:                    # a catalog model id
          - minimax-main                       # a bare route name: weight 0
          - route: novita-backup
            weight: 3
      """;

  /** A route of the example whose key is in the environment, to build error cases around. */
  private static final String MAIN_ROUTE = """
      routes:
        minimax-main:
          engine: minimax
          api-key-env: MINIMAX_API_KEY
      """;

  @TempDir Path folder;

  @Test
  void full_example_is_read_with_every_setting() throws IOException {
    Path keyFile = folder.resolve("novita");
    Files.writeString(keyFile, FILE_KEY + "\n");

    RoutingTable table = read(EXAMPLE.replace("/run/secrets/novita", keyFile.toString()));

    assertThat(table.concurrency()).isEqualTo(64);
    assertThat(table.routedModels()).containsExactly("MiniMax-Hailuo-2.3");
    assertThat(table.routesOf("MiniMax-Hailuo-2.3"))
        .containsExactly(new ModelRoute("minimax-main", 0), new ModelRoute("novita-backup", 3));
    assertThat(table.route("minimax-main"))
        .isEqualTo(RouteSettings.builder("minimax-main", EngineKind.MINIMAX).baseUrl(URI.create("https://api.minimax.io"))
            .apiKey(MINIMAX_KEY).build());
    RouteSettings backup = table.route("novita-backup");
    assertThat(backup.engine()).isEqualTo(EngineKind.NOVITA);
    assertThat(backup.baseUrl()).isEqualTo(URI.create(EngineKind.NOVITA.defaultBaseUrl()));
    assertThat(backup.apiKey()).isEqualTo(FILE_KEY);
    assertThat(backup.images()).isEqualTo(ImageDelivery.LINK);
    assertThat(backup.idempotentCreate()).isTrue();
    assertThat(backup.pollEvery()).isEqualTo(Duration.ofSeconds(10));
    assertThat(backup.pollDeadline()).isEqualTo(Duration.ofMinutes(30));
    assertThat(backup.reconcileEvery()).isEqualTo(Duration.ofMinutes(5));
    assertThat(backup.giveUpAfter()).isEqualTo(Duration.ofHours(24));
    assertThat(backup.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void unset_settings_take_their_defaults() {
    RoutingTable table = read(MAIN_ROUTE.replace("minimax", "evolink"));

    assertThat(table.concurrency()).isEqualTo(RoutingTable.DEFAULT_CONCURRENCY);
    assertThat(table.route("evolink-main"))
        .isEqualTo(RouteSettings.builder("evolink-main", EngineKind.EVOLINK).baseUrl(URI.create("https://api.evolink.ai"))
            .apiKey(MINIMAX_KEY).build());
    assertThat(table.route("evolink-main").images()).isEqualTo(ImageDelivery.DATA_URI);
    assertThat(table.route("evolink-main").idempotentCreate()).isFalse();
  }

  @Test
  void key_file_is_read_relative_to_the_routing_file_and_trimmed() throws IOException {
    Files.createDirectories(folder.resolve("secrets"));
    Files.writeString(folder.resolve("secrets/novita"), "  " + FILE_KEY + "\n\n");

    RoutingTable table = read("""
        routes:
          backup:
            engine: highwayapi
            api-key-file: secrets/novita
        """);

    assertThat(table.route("backup").apiKey()).isEqualTo(FILE_KEY);
    assertThat(table.route("backup").baseUrl()).isEqualTo(URI.create("https://api.highwayapi.ai"));
  }

  @Test
  void base_url_is_kept_without_its_trailing_slash() {
    RoutingTable table = read(MAIN_ROUTE + "    base-url: http://peer.local:8080/\n");

    assertThat(table.route("minimax-main").baseUrl()).isEqualTo(URI.create("http://peer.local:8080"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "# only a comment\n", "concurrency: 8\n", "models:\n"})
  void file_without_models_routes_no_model(String yaml) {
    RoutingTable table = read(yaml);

    assertThat(table.routedModels()).isEmpty();
    assertThat(table.routes()).isEmpty();
  }

  @Test
  void routes_without_models_route_no_model() {
    assertThat(read(MAIN_ROUTE).routedModels()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"500ms, PT0.5S", "10s, PT10S", "5m, PT5M", "2h, PT2H", "1d, PT24H", "PT10S, PT10S", "PT1H30M, PT1H30M", "P1D, PT24H"})
  void durations_are_read_in_every_accepted_form(String written, String expected) {
    RoutingTable table = read(MAIN_ROUTE + "    request-timeout: " + written + "\n");

    assertThat(table.route("minimax-main").requestTimeout()).isEqualTo(Duration.parse(expected));
  }

  @Test
  void bare_names_weigh_nothing_and_weights_are_kept_in_list_order() {
    RoutingTable table = read(MAIN_ROUTE + """
          second:
            engine: evolink
            api-key-env: MINIMAX_API_KEY
          third:
            engine: gptproto
            api-key-env: MINIMAX_API_KEY
        models:
          MiniMax-Hailuo-02:
            - route: second
              weight: 1
            - route: third
              weight: 3
            - minimax-main
          MiniMax-Hailuo-2.3-Fast:
            - route: third
            - second
        """);

    assertThat(table.routesOf("MiniMax-Hailuo-02"))
        .containsExactly(new ModelRoute("second", 1), new ModelRoute("third", 3), new ModelRoute("minimax-main", 0));
    assertThat(table.routesOf("MiniMax-Hailuo-2.3-Fast"))
        .containsExactly(new ModelRoute("third", 0), new ModelRoute("second", 0));
  }

  // Errors ------------------------------------------------------------------------------------

  @Test
  void unset_variable_is_named_with_its_setting() {
    assertThatThrownBy(() -> read(MAIN_ROUTE.replace("MINIMAX_API_KEY", "NOVITA_API_KEY")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("routes.yaml: routes.minimax-main.api-key-env: NOVITA_API_KEY is not set");
  }

  @Test
  void empty_variable_is_refused() {
    refused(MAIN_ROUTE.replace("MINIMAX_API_KEY", "BLANK"), "routes.minimax-main.api-key-env").hasMessageContaining("BLANK is empty");
  }

  @Test
  void key_written_in_the_file_is_refused_without_being_repeated() {
    refused("""
        routes:
          main:
            engine: minimax
            api-key: sk-inline-SECRET
        """, "routes.main.api-key")
        .hasMessageContaining("api-key-env")
        .hasMessageContaining("api-key-file")
        .message().doesNotContain("sk-inline-SECRET");
  }

  @Test
  void route_with_both_key_sources_is_refused() {
    refused(MAIN_ROUTE + "    api-key-file: key\n", "routes.minimax-main").hasMessageContaining("both");
  }

  @Test
  void route_without_a_key_is_refused() {
    refused("routes:\n  main:\n    engine: novita\n", "routes.main").hasMessageContaining("api-key-env or api-key-file");
  }

  @Test
  void missing_key_file_is_refused() {
    refused("routes:\n  main:\n    engine: novita\n    api-key-file: nowhere\n", "routes.main.api-key-file")
        .hasMessageContaining("no such file");
  }

  @Test
  void empty_key_file_is_refused() throws IOException {
    Files.writeString(folder.resolve("blank"), " \n");

    refused("routes:\n  main:\n    engine: novita\n    api-key-file: blank\n", "routes.main.api-key-file")
        .hasMessageContaining("is empty");
  }

  @Test
  void unknown_top_level_setting_is_named_with_the_known_ones() {
    refused("concurrency: 4\nroute:\n  x: 1\n", "route")
        .hasMessageContaining("unknown setting 'route'")
        .hasMessageContaining("[concurrency, routes, models]");
  }

  @Test
  void unknown_route_setting_is_named_with_the_known_ones() {
    refused(MAIN_ROUTE + "    giveup-after: 2d\n", "routes.minimax-main.giveup-after")
        .hasMessageContaining("unknown setting 'giveup-after'")
        .hasMessageContaining("give-up-after")
        .hasMessageContaining("api-key-file");
  }

  @Test
  void unknown_setting_of_a_model_entry_is_named_with_the_known_ones() {
    refused(MAIN_ROUTE + "models:\n  MiniMax-Hailuo-2.3:\n    - route: minimax-main\n      weigth: 2\n",
        "models.MiniMax-Hailuo-2.3[0].weigth")
        .hasMessageContaining("[route, weight]");
  }

  @Test
  void unknown_model_is_refused_with_the_known_ones() {
    refused(MAIN_ROUTE + "models:\n  Hailuo-9:\n    - minimax-main\n", "models.Hailuo-9")
        .hasMessageContaining("unknown model")
        .hasMessageContaining("MiniMax-Hailuo-2.3-Fast");
  }

  @Test
  void unknown_engine_is_refused_with_the_known_ones() {
    refused(MAIN_ROUTE.replace("engine: minimax", "engine: runway"), "routes.minimax-main.engine")
        .hasMessageContaining("[minimax, novita, highwayapi, evolink, gptproto, minimax-v2, novita-h3]");
  }

  @Test
  void a_hailuo_model_is_refused_on_a_route_that_speaks_minimax_v2() {
    refused(MAIN_ROUTE.replace("engine: minimax", "engine: minimax-v2") + "models:\n  MiniMax-Hailuo-2.3:\n    - minimax-main\n",
        "models.MiniMax-Hailuo-2.3[0]")
        .hasMessageContaining("speaks minimax-v2")
        .hasMessageContaining("only MiniMax-H3 models");
  }

  @Test
  void route_without_engine_is_refused() {
    refused("routes:\n  main:\n    api-key-env: MINIMAX_API_KEY\n", "routes.main.engine").hasMessageContaining("missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://api.minimax.io", "https://", "api.minimax.io", "https://exa mple.com", "file:///etc/passwd"})
  void base_url_must_be_http_or_https_with_a_host(String url) {
    refused(MAIN_ROUTE + "    base-url: \"" + url + "\"\n", "routes.minimax-main.base-url");
  }

  @Test
  void base_url_with_a_password_is_refused_without_showing_it() {
    refused(MAIN_ROUTE + "    base-url: https://me:pa55word@api.minimax.io\n", "routes.minimax-main.base-url")
        .message().doesNotContain("pa55word");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10", "10 minutes", "0s", "-PT5S", "PT0S", "soon", "99999999999s"})
  void malformed_or_empty_duration_is_refused(String duration) {
    refused(MAIN_ROUTE + "    poll-every: " + duration + "\n", "routes.minimax-main.poll-every");
  }

  @Test
  void poll_deadline_shorter_than_poll_every_is_refused() {
    refused(MAIN_ROUTE + "    poll-every: 1h\n", "routes.minimax-main").hasMessageContaining("poll-deadline is shorter than poll-every");
  }

  @Test
  void unknown_image_delivery_is_refused() {
    refused(MAIN_ROUTE + "    images: base64\n", "routes.minimax-main.images").hasMessageContaining("[data-uri, link]");
  }

  @Test
  void idempotency_key_must_be_true_or_false() {
    refused(MAIN_ROUTE + "    idempotency-key: sometimes\n", "routes.minimax-main.idempotency-key");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "many", "1.5"})
  void concurrency_must_be_a_whole_number_above_zero(String concurrency) {
    refused("concurrency: " + concurrency + "\n", "concurrency");
  }

  @Test
  void route_named_twice_in_a_model_is_refused() {
    refused(MAIN_ROUTE + "models:\n  MiniMax-Hailuo-2.3:\n    - minimax-main\n    - route: minimax-main\n      weight: 2\n",
        "models.MiniMax-Hailuo-2.3[1]")
        .hasMessageContaining("listed twice");
  }

  @Test
  void model_naming_an_undefined_route_is_refused() {
    refused(MAIN_ROUTE + "models:\n  MiniMax-Hailuo-2.3:\n    - minimax-backup\n", "models.MiniMax-Hailuo-2.3[0]")
        .hasMessageContaining("'minimax-backup' is not defined")
        .hasMessageContaining("[minimax-main]");
  }

  @Test
  void model_without_routes_is_refused() {
    refused(MAIN_ROUTE + "models:\n  MiniMax-Hailuo-2.3: []\n", "models.MiniMax-Hailuo-2.3").hasMessageContaining("no route");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "heavy", "0.5"})
  void weight_must_be_a_whole_number_not_below_zero(String weight) {
    refused(MAIN_ROUTE + "models:\n  MiniMax-Hailuo-2.3:\n    - route: minimax-main\n      weight: " + weight + "\n",
        "models.MiniMax-Hailuo-2.3[0].weight");
  }

  @Test
  void route_defined_twice_is_refused() {
    refused(MAIN_ROUTE + "  minimax-main:\n    engine: novita\n    api-key-env: MINIMAX_API_KEY\n", "line ")
        .hasMessageContaining("minimax-main");
  }

  @Test
  void malformed_yaml_is_refused_with_its_line() {
    refused("routes:\n  main: [unclosed\n", "line ");
  }

  @Test
  void missing_routing_file_is_refused() {
    assertThatThrownBy(() -> RoutingFile.read(folder.resolve("routes.yaml"), ENVIRONMENT::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("routes.yaml: cannot be read: no such file");
  }

  // -------------------------------------------------------------------------------------------

  private RoutingTable read(String yaml) {
    try {
      return RoutingFile.read(Files.writeString(folder.resolve("routes.yaml"), yaml), ENVIRONMENT::get);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that the file is refused for the setting at {@code path}, with no key in the message. */
  private AbstractThrowableAssert<?, ? extends Throwable> refused(String yaml, String path) {
    var refusal = assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("routes.yaml: " + path);
    refusal.message().doesNotContain(MINIMAX_KEY).doesNotContain(FILE_KEY);
    return refusal;
  }
}

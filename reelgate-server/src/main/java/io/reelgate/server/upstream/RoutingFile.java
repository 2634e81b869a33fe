package io.reelgate.server.upstream;

import io.reelgate.core.model.Model;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.server.upstream.RoutingYaml.FileSettings;
import io.reelgate.server.upstream.RoutingYaml.ModelEntry;
import io.reelgate.server.upstream.RoutingYaml.RouteEntry;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the routing file ({@code --routes}, described in docs/ROUTING.md) into a {@link
 * RoutingTable}. Jackson binds it ({@link RoutingYaml}); this checks what a binding cannot: that a
 * route has an engine and one key, a URL that is one, models of the catalog naming defined routes.
 * Every error is an {@link IllegalArgumentException} whose message starts with the file's name
 * and the setting's path ({@code routes.yaml: routes.main.api-key-env: ...}) and never holds a
 * key: keys come from the environment or a secrets file, never from the routing file itself.
 */
public final class RoutingFile {
  private final SettingPath top;
  private final Path folder;
  private final Function<String, String> environment;

  private RoutingFile(Path file, Function<String, String> environment) {
    this.top = SettingPath.top(file.getFileName().toString());
    this.folder = file.toAbsolutePath().getParent();
    this.environment = environment;
  }

  /** The routing table of {@code file}, with keys taken from the process's environment. */
  public static RoutingTable read(Path file) {
    return read(file, System::getenv);
  }

  /**
   * The routing table of {@code file}.
   *
   * @param environment the value of an environment variable by name, null when it is not set
   */
  public static RoutingTable read(Path file, Function<String, String> environment) {
    return new RoutingFile(file, environment).table(RoutingYaml.read(file));
  }

  private RoutingTable table(FileSettings file) {
    Map<String, RouteSettings> routes = new LinkedHashMap<>();
    orEmpty(file.routes()).forEach((name, route) -> routes.put(name, route(name, route, top.key("routes").key(name))));
    Map<String, List<ModelRoute>> models = new LinkedHashMap<>();
    orEmpty(file.models()).forEach((id, entries) -> models.put(id, modelRoutes(id, entries, routes, top.key("models").key(id))));
    Integer concurrency = file.concurrency();
    if (concurrency != null && concurrency < 1) throw top.key("concurrency").error("must be at least 1: " + concurrency);
    return new RoutingTable(routes, models, concurrency == null ? RoutingTable.DEFAULT_CONCURRENCY : concurrency);
  }

  private RouteSettings route(String name, RouteEntry route, SettingPath at) {
    if (route == null) throw at.error("has no settings: give at least its engine, and api-key-env or api-key-file");
    EngineKind engine = oneOf(route.engine(), at.key("engine"), EngineKind.values(), EngineKind::configName);
    RouteSettings.Builder settings = RouteSettings.builder(name, engine);
    if (route.baseUrl() != null) settings.baseUrl(baseUrl(route.baseUrl(), at.key("base-url")));
    settings.apiKey(apiKey(route, at));
    if (route.images() != null) {
      settings.images(oneOf(route.images(), at.key("images"), ImageDelivery.values(), RoutingFile::configName));
    }
    if (route.idempotencyKey() != null) settings.idempotentCreate(route.idempotencyKey());
    if (route.requestTimeout() != null) settings.requestTimeout(route.requestTimeout());
    if (route.pollEvery() != null) settings.pollEvery(route.pollEvery());
    if (route.pollDeadline() != null) settings.pollDeadline(route.pollDeadline());
    if (route.reconcileEvery() != null) settings.reconcileEvery(route.reconcileEvery());
    if (route.giveUpAfter() != null) settings.giveUpAfter(route.giveUpAfter());
    try {
      return settings.build();
    } catch (IllegalArgumentException e) {
      // RouteSettings checks how the durations relate; its message starts with the route's name.
      throw at.error(e.getMessage().replaceFirst("^" + Pattern.quote(name) + ": ", ""));
    }
  }

  private String apiKey(RouteEntry route, SettingPath at) {
    if (route.apiKeyEnv() == null && route.apiKeyFile() == null) throw at.error("no key: give api-key-env or api-key-file");
    if (route.apiKeyEnv() != null && route.apiKeyFile() != null) throw at.error("both api-key-env and api-key-file: give one");
    if (route.apiKeyEnv() != null) {
      SettingPath variableAt = at.key("api-key-env");
      String name = text(route.apiKeyEnv(), variableAt);
      String key = environment.apply(name);
      if (key == null) throw variableAt.error(name + " is not set");
      if (key.isBlank()) throw variableAt.error(name + " is empty");
      return key.strip();
    }
    SettingPath fileAt = at.key("api-key-file");
    Path path = folder.resolve(text(route.apiKeyFile(), fileAt));
    String key;
    try {
      key = Files.readString(path).strip();
    } catch (IOException e) {
      throw fileAt.error(path + " cannot be read: " + RoutingYaml.reason(e));
    }
    if (key.isEmpty()) throw fileAt.error(path + " is empty");
    return key;
  }

  private static URI baseUrl(String value, SettingPath at) {
    String text = text(value, at);
    // Shown without any user:password part, which would be a secret.
    String shown = "'" + text.replaceFirst("//[^/]*@", "//***@") + "'";
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      throw at.error(shown + " is not a URL: " + e.getReason());
    }
    boolean web = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
    if (!web || url.getHost() == null) throw at.error(shown + " is not an http or https URL with a host");
    if (url.getRawUserInfo() != null) throw at.error(shown + " holds a user: give the key with api-key-env or api-key-file");
    // Without a trailing slash, as the engines' defaults are, so that clients append paths alike.
    return URI.create(text.replaceFirst("/+$", ""));
  }

  private static List<ModelRoute> modelRoutes(String id, List<ModelEntry> entries, Map<String, RouteSettings> routes,
      SettingPath at) {
    if (ModelCatalog.standard().find(id).isEmpty()) {
      throw at.error("unknown model; known: " + ModelCatalog.standard().all().stream().map(Model::id).sorted().toList());
    }
    List<ModelRoute> order = new ArrayList<>();
    Set<String> named = new HashSet<>();
    List<ModelEntry> listed = orEmpty(entries);
    for (int i = 0; i < listed.size(); i++) {
      SettingPath entryAt = at.index(i);
      ModelEntry entry = listed.get(i);
      if (entry == null) throw entryAt.error("must be a route name, or a mapping with route and weight");
      String route = text(entry.route(), entryAt.key("route"));
      int weight = entry.weight() == null ? 0 : entry.weight();
      if (weight < 0) throw entryAt.key("weight").error("must be at least 0: " + weight);
      if (!routes.containsKey(route)) throw entryAt.error("route '" + route + "' is not defined; defined: " + routes.keySet());
      if (!named.add(route)) throw entryAt.error("route '" + route + "' is listed twice");
      EngineKind engine = routes.get(route).engine();
      if (!engine.carries(id)) {
        throw entryAt.error("route '" + route + "' speaks " + engine.configName() + ", which does not sell " + id
            + (engine.carries("MiniMax-H3") ? ": only MiniMax-H3 models go to minimax-v2 and novita-h3" : ": MiniMax-H3 models go to minimax-v2 or novita-h3"));
      }
      order.add(new ModelRoute(route, weight));
    }
    if (order.isEmpty()) throw at.error("lists no route");
    return List.copyOf(order);
  }

  /** The text of a setting that must be given, without surrounding blanks. */
  private static String text(String value, SettingPath at) {
    if (value == null) throw at.error("missing");
    String text = value.strip();
    if (text.isEmpty()) throw at.error("is empty");
    return text;
  }

  /** The value whose name in the file is {@code value}. */
  private static <T> T oneOf(String value, SettingPath at, T[] values, Function<T, String> configName) {
    List<String> names = Arrays.stream(values).map(configName).toList();
    if (value == null) throw at.error("missing; one of " + names);
    String text = text(value, at);
    return Arrays.stream(values).filter(v -> configName.apply(v).equals(text)).findFirst()
        .orElseThrow(() -> at.error("unknown '" + text + "'; one of " + names));
  }

  private static String configName(ImageDelivery images) {
    return images.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}

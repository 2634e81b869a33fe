package io.reelgate.server.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.reelgate.core.model.Model;
import io.reelgate.core.model.ModelCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the routing file ({@code --routes}, described in docs/ROUTING.md) into a {@link
 * RoutingTable}. It is strict: a misspelt {@code give-up-after} silently kept at its default would
 * only show itself a day later, so an unknown setting is an error. Every error is an {@link
 * IllegalArgumentException} whose message starts with the file's name and the setting's path
 * ({@code routes.yaml: routes.main.api-key-env: ...}) and never holds a key: keys come from the
 * environment or a secrets file, never from the routing file itself.
 */
public final class RoutingFile {
  private static final List<String> TOP_LEVEL = List.of("concurrency", "routes", "models");
  private static final List<String> ROUTE_SETTINGS =
      List.of("engine", "base-url", "api-key-env", "api-key-file", "images", "idempotency-key", "poll-every",
          "poll-deadline", "reconcile-every", "give-up-after", "request-timeout");
  private static final List<String> MODEL_ROUTE = List.of("route", "weight");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  /** Duplicate keys are refused: with the last one winning, a route named twice would vanish. */
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Path folder;
  private final Function<String, String> environment;

  private RoutingFile(Path file, Function<String, String> environment) {
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
    return new RoutingFile(file, environment).table(new Setting(file.getFileName().toString(), "", parse(file)));
  }

  private static JsonNode parse(Path file) {
    String name = file.getFileName().toString();
    try {
      return YAML.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
      throw new IllegalArgumentException(name + ": " + line + problem(e));
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": cannot be read: " + reason(e));
    }
  }

  private RoutingTable table(Setting top) {
    top.mapping(TOP_LEVEL);
    Map<String, RouteSettings> routes = new LinkedHashMap<>();
    top.get("routes").entries().forEach((name, route) -> routes.put(name, route(name, route)));
    Map<String, List<ModelRoute>> models = new LinkedHashMap<>();
    top.get("models").entries().forEach((id, model) -> models.put(id, modelRoutes(id, model, routes)));
    Setting concurrency = top.get("concurrency");
    return new RoutingTable(routes, models, concurrency.absent() ? RoutingTable.DEFAULT_CONCURRENCY : concurrency.integer(1));
  }

  private RouteSettings route(String name, Setting route) {
    if (route.node() != null && route.node().has("api-key")) {
      throw route.get("api-key").error("a key is never written in the routing file: use api-key-env (the name of"
          + " an environment variable holding it) or api-key-file (a file holding it)");
    }
    route.mapping(ROUTE_SETTINGS);
    EngineKind engine = route.get("engine").oneOf(EngineKind.values(), EngineKind::configName);
    RouteSettings settings = RouteSettings.of(name, engine, baseUrl(route.get("base-url"), engine), apiKey(route))
        .withImages(route.get("images").absent() ? ImageDelivery.DATA_URI
            : route.get("images").oneOf(ImageDelivery.values(), RoutingFile::configName))
        .withIdempotentCreate(!route.get("idempotency-key").absent() && route.get("idempotency-key").bool())
        .withRequestTimeout(route.get("request-timeout").duration(RouteSettings.DEFAULT_REQUEST_TIMEOUT));
    Duration pollEvery = route.get("poll-every").duration(RouteSettings.DEFAULT_POLL_EVERY);
    Duration pollDeadline = route.get("poll-deadline").duration(RouteSettings.DEFAULT_POLL_DEADLINE);
    Duration reconcileEvery = route.get("reconcile-every").duration(RouteSettings.DEFAULT_RECONCILE_EVERY);
    Duration giveUpAfter = route.get("give-up-after").duration(RouteSettings.DEFAULT_GIVE_UP_AFTER);
    try {
      return settings.withPolling(pollEvery, pollDeadline, reconcileEvery, giveUpAfter);
    } catch (IllegalArgumentException e) {
      // RouteSettings checks how the durations relate; its message starts with the route's name.
      throw route.error(e.getMessage().replaceFirst("^" + Pattern.quote(name) + ": ", ""));
    }
  }

  private String apiKey(Setting route) {
    Setting variable = route.get("api-key-env");
    Setting file = route.get("api-key-file");
    if (variable.absent() && file.absent()) throw route.error("no key: give api-key-env or api-key-file");
    if (!variable.absent() && !file.absent()) throw route.error("both api-key-env and api-key-file: give one");
    if (!variable.absent()) {
      String name = variable.text();
      String key = environment.apply(name);
      if (key == null) throw variable.error(name + " is not set");
      if (key.isBlank()) throw variable.error(name + " is empty");
      return key.strip();
    }
    Path path = folder.resolve(file.text());
    String key;
    try {
      key = Files.readString(path).strip();
    } catch (IOException e) {
      throw file.error(path + " cannot be read: " + reason(e));
    }
    if (key.isEmpty()) throw file.error(path + " is empty");
    return key;
  }

  private static URI baseUrl(Setting setting, EngineKind engine) {
    if (setting.absent()) return URI.create(engine.defaultBaseUrl());
    String text = setting.text();
    // Shown without any user:password part, which would be a secret.
    String shown = "'" + text.replaceFirst("//[^/]*@", "//***@") + "'";
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      throw setting.error(shown + " is not a URL: " + e.getReason());
    }
    boolean web = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
    if (!web || url.getHost() == null) throw setting.error(shown + " is not an http or https URL with a host");
    if (url.getRawUserInfo() != null) throw setting.error(shown + " holds a user: give the key with api-key-env or api-key-file");
    // Without a trailing slash, as the engines' defaults are, so that clients append paths alike.
    return URI.create(text.replaceFirst("/+$", ""));
  }

  private static List<ModelRoute> modelRoutes(String id, Setting model, Map<String, RouteSettings> routes) {
    if (ModelCatalog.standard().find(id).isEmpty()) {
      throw model.error("unknown model; known: " + ModelCatalog.standard().all().stream().map(Model::id).sorted().toList());
    }
    List<ModelRoute> order = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (Setting entry : model.sequence()) {
      ModelRoute route = modelRoute(entry);
      if (!routes.containsKey(route.route())) {
        throw entry.error("route '" + route.route() + "' is not defined; defined: " + routes.keySet());
      }
      if (!named.add(route.route())) throw entry.error("route '" + route.route() + "' is listed twice");
      order.add(route);
    }
    if (order.isEmpty()) throw model.error("lists no route");
    return List.copyOf(order);
  }

  /** A bare route name (weight 0), or {@code {route, weight}}. */
  private static ModelRoute modelRoute(Setting entry) {
    if (entry.node().isTextual()) return new ModelRoute(entry.text(), 0);
    if (!entry.node().isObject()) throw entry.error("must be a route name, or a mapping with route and weight");
    entry.mapping(MODEL_ROUTE);
    Setting route = entry.get("route");
    if (route.absent()) throw route.error("missing");
    Setting weight = entry.get("weight");
    return new ModelRoute(route.text(), weight.absent() ? 0 : weight.integer(0));
  }

  private static String configName(ImageDelivery images) {
    return images.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Why a file could not be read, without its content. */
  private static String reason(IOException e) {
    return e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
  }

  /** What is wrong with the YAML, without the excerpt of the file that the full message quotes. */
  private static String problem(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml) return yaml.getContext() + ": " + yaml.getProblem();
    String message = e.getOriginalMessage();
    return message == null ? "not valid YAML" : message.lines().findFirst().orElse("not valid YAML");
  }

  /** A value of the file and where it is, so that every error names its setting. */
  private record Setting(String fileName, String path, JsonNode node) {

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(fileName + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    boolean absent() {
      return node == null || node.isNull() || node.isMissingNode();
    }

    Setting get(String key) {
      return new Setting(fileName, path.isEmpty() ? key : path + "." + key, node == null ? null : node.get(key));
    }

    /** The entries of a mapping whose keys are names (of routes, of models); none when absent. */
    Map<String, Setting> entries() {
      Map<String, Setting> entries = new LinkedHashMap<>();
      if (absent()) return entries;
      if (!node.isObject()) throw error("must be a mapping");
      node.fieldNames().forEachRemaining(key -> entries.put(key, get(key)));
      return entries;
    }

    /** The entries of a mapping of settings, each of which must be one of {@code known}. */
    Map<String, Setting> mapping(List<String> known) {
      Map<String, Setting> entries = entries();
      for (String key : entries.keySet()) {
        if (!known.contains(key)) throw get(key).error("unknown setting '" + key + "'; known: " + known);
      }
      return entries;
    }

    List<Setting> sequence() {
      if (absent()) return List.of();
      if (!node.isArray()) throw error("must be a list");
      List<Setting> items = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) items.add(new Setting(fileName, path + "[" + i + "]", node.get(i)));
      return items;
    }

    String text() {
      if (absent()) throw error("missing");
      if (!node.isTextual()) throw error("must be text");
      String text = node.textValue().strip();
      if (text.isEmpty()) throw error("is empty");
      return text;
    }

    int integer(int min) {
      if (absent() || !node.isIntegralNumber() || !node.canConvertToInt()) throw error("must be a whole number");
      if (node.intValue() < min) throw error("must be at least " + min + ": " + node.intValue());
      return node.intValue();
    }

    boolean bool() {
      if (!node.isBoolean()) throw error("must be true or false");
      return node.booleanValue();
    }

    <T> T oneOf(T[] values, Function<T, String> configName) {
      List<String> names = Arrays.stream(values).map(configName).toList();
      if (absent()) throw error("missing; one of " + names);
      String text = text();
      return Arrays.stream(values).filter(v -> configName.apply(v).equals(text)).findFirst()
          .orElseThrow(() -> error("unknown '" + text + "'; one of " + names));
    }

    /** 500ms, 10s, 5m, 2h, 1d, or ISO-8601 (PT10S); above zero. */
    Duration duration(Duration byDefault) {
      if (absent()) return byDefault;
      String shape = "must be a duration such as 500ms, 10s, 5m, 2h, 1d or PT10S";
      if (!node.isTextual()) throw error(shape);
      String text = node.textValue().strip();
      Duration duration;
      Matcher shortForm = SHORT_DURATION.matcher(text);
      if (shortForm.matches()) {
        long amount = Long.parseLong(shortForm.group(1));
        duration = switch (shortForm.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
      } else {
        try {
          duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
          throw error(shape + ": '" + text + "'");
        }
      }
      if (duration.isNegative() || duration.isZero()) throw error("must be above zero: '" + text + "'");
      return duration;
    }
  }
}

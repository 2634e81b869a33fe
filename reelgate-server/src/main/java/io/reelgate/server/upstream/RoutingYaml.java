package io.reelgate.server.upstream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The routing file as Jackson binds it, into records whose components are the file's settings:
 * the binding refuses an unknown setting (a misspelt {@code give-up-after} silently kept at its
 * default would only show itself a day later), a value of the wrong type, a duration it cannot
 * read. What it refuses is told as {@link RoutingFile} tells its own checks, with the file's name
 * and the setting's path, and never with the value, which might be a key.
 */
final class RoutingYaml {
  private static final ObjectMapper YAML = YAMLMapper.builder()
      // Duplicate keys are refused: with the last one winning, a route named twice would vanish.
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // Strict types: "4" is not 4, "true" is not true, 1.5 is not 1.
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .addModule(new SimpleModule().addDeserializer(Duration.class, new DurationReader()))
      .build();

  private RoutingYaml() {}

  /** The whole file; a setting not written is null. */
  record FileSettings(Integer concurrency, Map<String, RouteEntry> routes, Map<String, List<ModelEntry>> models) {
    static final FileSettings EMPTY = new FileSettings(null, null, null);
  }

  /** One route of the file, as docs/ROUTING.md lists its settings; a setting not written is null. */
  record RouteEntry(
      String engine,
      @JsonProperty("base-url") String baseUrl,
      @JsonProperty("api-key-env") String apiKeyEnv,
      @JsonProperty("api-key-file") String apiKeyFile,
      String images,
      @JsonProperty("idempotency-key") Boolean idempotencyKey,
      @JsonProperty("poll-every") Duration pollEvery,
      @JsonProperty("poll-deadline") Duration pollDeadline,
      @JsonProperty("reconcile-every") Duration reconcileEvery,
      @JsonProperty("give-up-after") Duration giveUpAfter,
      @JsonProperty("request-timeout") Duration requestTimeout) {}

  /** An entry of a model's list of routes: a bare route name, or {@code {route, weight}}. */
  record ModelEntry(String route, Integer weight) {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    ModelEntry {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ModelEntry named(String route) {
      return new ModelEntry(route, null);
    }
  }

  /** The settings of {@code file}; an empty file (or one of comments only) has none. */
  static FileSettings read(Path file) {
    SettingPath top = SettingPath.top(file.getFileName().toString());
    JsonNode tree;
    try {
      tree = YAML.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
      throw top.error(line + problem(e));
    } catch (IOException e) {
      throw top.error("cannot be read: " + reason(e));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) return FileSettings.EMPTY;
    try {
      return YAML.treeToValue(tree, FileSettings.class);
    } catch (JsonMappingException e) {
      throw where(top, e).error(refusal(e));
    } catch (JsonProcessingException e) {
      throw top.error(firstLine(e.getOriginalMessage()));
    }
  }

  /** Why a file could not be read, without its content. */
  static String reason(IOException e) {
    return e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
  }

  /** The setting the binding refused, from the path Jackson gives. */
  private static SettingPath where(SettingPath top, JsonMappingException e) {
    SettingPath at = top;
    for (JsonMappingException.Reference step : e.getPath()) {
      at = step.getFieldName() == null ? at.index(step.getIndex()) : at.key(step.getFieldName());
    }
    return at;
  }

  /** What is wrong with a setting, in the file's own words rather than Java's. */
  private static String refusal(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      if (unknown.getReferringClass() == RouteEntry.class && "api-key".equals(unknown.getPropertyName())) {
        return "a key is never written in the routing file: use api-key-env (the name of an environment variable"
            + " holding it) or api-key-file (a file holding it)";
      }
      return "unknown setting '" + unknown.getPropertyName() + "'; known: " + settingsOf(unknown.getReferringClass());
    }
    if (e instanceof MismatchedInputException wrongType && wrongType.getTargetType() != null) {
      return expected(wrongType.getTargetType());
    }
    // The DurationReader's own words, or Jackson's (a number out of range).
    return firstLine(e.getOriginalMessage());
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class) return "must be a whole number";
    if (type == Boolean.class) return "must be true or false";
    if (type == String.class) return "must be text";
    if (type == ModelEntry.class) return "must be a route name, or a mapping with route and weight";
    if (List.class.isAssignableFrom(type)) return "must be a list";
    return "must be a mapping";
  }

  /** The settings a record takes, in the order it declares them. */
  private static List<String> settingsOf(Class<?> type) {
    return YAML.getDeserializationConfig().introspect(YAML.constructType(type)).findProperties().stream()
        .map(BeanPropertyDefinition::getName).toList();
  }

  /** What is wrong with the YAML, without the excerpt of the file that the full message quotes. */
  private static String problem(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml) return yaml.getContext() + ": " + yaml.getProblem();
    return firstLine(e.getOriginalMessage());
  }

  private static String firstLine(String message) {
    return message == null ? "not valid YAML" : message.lines().findFirst().orElse("not valid YAML");
  }

  /** 500ms, 10s, 5m, 2h, 1d, or ISO-8601 (PT10S); above zero. */
  private static final class DurationReader extends StdScalarDeserializer<Duration> {
    private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    private static final String SHAPE = "must be a duration such as 500ms, 10s, 5m, 2h, 1d or PT10S";

    DurationReader() {
      super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) throw JsonMappingException.from(parser, SHAPE);
      String text = parser.getText().strip();
      Duration duration;
      try {
        duration = parse(text);
      } catch (DateTimeParseException e) {
        throw JsonMappingException.from(parser, SHAPE + ": '" + text + "'");
      }
      if (duration.isNegative() || duration.isZero()) throw JsonMappingException.from(parser, "must be above zero: '" + text + "'");
      return duration;
    }

    private static Duration parse(String text) {
      Matcher shortForm = SHORT_FORM.matcher(text);
      if (!shortForm.matches()) return Duration.parse(text);
      long amount = Long.parseLong(shortForm.group(1));
      return switch (shortForm.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
  }
}

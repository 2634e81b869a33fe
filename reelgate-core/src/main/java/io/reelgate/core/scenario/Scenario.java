package io.reelgate.core.scenario;

import io.reelgate.core.error.InvalidFieldException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real-world case a task is asked to behave like (docs/SCENARIOS.md): its name and every
 * parameter it takes, those not given at their defaults. Chosen by the {@code Reelgate-Scenario}
 * header, a prompt marker ({@link PromptMarker}) or the API key, and kept with the task, so that a
 * restart keeps behaving the same. {@link #toString()} is the header's syntax, {@code slow;
 * queue=1; render=1}, which {@link #parse} reads back.
 */
public record Scenario(ScenarioName name, Map<String, String> parameters) {
  /** The header that chooses a scenario for one create. */
  public static final String HEADER = "Reelgate-Scenario";
  /** Written instead of a scenario to choose none (for a key, or over a key's in the header). */
  public static final String NONE = "none";

  public Scenario {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /**
   * Reads the header's syntax, {@code NAME; param=value; ...}, reporting a problem as an error of
   * {@code field} (the header's name, or a command's option).
   */
  public static Scenario parse(String text, String field) {
    List<String> parts = Arrays.stream(text.split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    if (parts.isEmpty()) throw new InvalidFieldException(field, "names no scenario; known: " + ScenarioName.known());
    try {
      return of(parts.get(0), parts.subList(1, parts.size()));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(field, "'" + text.strip() + "': " + e.getMessage());
    }
  }

  /** The scenario {@code name} with {@code assignments} ({@code param=value}); the reason when refused. */
  static Scenario of(String name, List<String> assignments) {
    ScenarioName known = ScenarioName.of(name)
        .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + name + "'; known: " + ScenarioName.known()));
    Map<String, String> given = new LinkedHashMap<>();
    for (String assignment : assignments) {
      int equals = assignment.indexOf('=');
      if (equals < 1) throw new IllegalArgumentException("'" + assignment + "' is not param=value");
      given.put(assignment.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT), assignment.substring(equals + 1).strip());
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (ScenarioParameter parameter : known.parameters()) {
      String value = given.remove(parameter.name());
      parameters.put(parameter.name(), value == null ? parameter.defaultValue() : parameter.check(value));
    }
    if (!given.isEmpty()) {
      String takes = known.parameters().isEmpty() ? "no parameters"
          : known.parameters().stream().map(ScenarioParameter::name).collect(Collectors.joining(", "));
      throw new IllegalArgumentException(known.wireName() + " takes " + takes + ", not " + String.join(", ", given.keySet()));
    }
    return new Scenario(known, parameters);
  }

  public boolean is(ScenarioName other) {
    return name == other;
  }

  /** A whole-number parameter, such as {@code n} of {@code rate-limited}. */
  public int number(String parameter) {
    return Integer.parseInt(text(parameter));
  }

  /** A parameter as written, such as {@code at} of {@code content-policy}. */
  public String text(String parameter) {
    String value = parameters.get(parameter);
    if (value == null) throw new IllegalArgumentException(name.wireName() + " has no parameter " + parameter);
    return value;
  }

  /** How long a new task of this scenario waits before a worker may take it: {@code queue} of {@code slow}. */
  public Duration queueDelay() {
    return is(ScenarioName.SLOW) ? Duration.ofSeconds(number("queue")) : Duration.ZERO;
  }

  /** The header's syntax, parameters in their declared order: {@code slow; queue=1; render=1}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name.wireName());
    parameters.forEach((parameter, value) -> text.append("; ").append(parameter).append('=').append(value));
    return text.toString();
  }
}

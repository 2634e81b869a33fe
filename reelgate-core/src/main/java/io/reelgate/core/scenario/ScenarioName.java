package io.reelgate.core.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The real-world cases a task can be asked to behave like (docs/SCENARIOS.md), each with the
 * parameters it takes. The wire names are exactly those of the docs: {@code content-policy}, {@code
 * rate-limited} and so on.
 */
public enum ScenarioName {
  /** Accepted, then failed as a content rejection; with {@code at=create} the create is refused. */
  CONTENT_POLICY(ScenarioParameter.choice("at", "run", "run", "create")),
  /** The first {@code n} creates answer 429 with {@code Retry-After}, then one is accepted. */
  RATE_LIMITED(ScenarioParameter.number("n", 2, 1, 100)),
  /** The create is refused for want of credit. */
  INSUFFICIENT_BALANCE,
  /** Queued {@code queue} seconds, then processing {@code render} seconds, then succeeds. */
  SLOW(ScenarioParameter.number("queue", 5, 0, 3600), ScenarioParameter.number("render", 10, 0, 3600)),
  /** Fails once its progress reaches {@code percent}, with the provider's generic generation failure. */
  FAIL_AT(ScenarioParameter.number("percent", 50, 0, 99)),
  /** Succeeds, but its result link has already expired when it is handed out. */
  EXPIRED_LINK,
  /** The create answers 503 once, then works. */
  SERVER_ERROR,
  /** Every webhook delivery of the task is sent twice, with the same webhook id. */
  WEBHOOK_DUPLICATE;

  private final List<ScenarioParameter> parameters;

  ScenarioName(ScenarioParameter... parameters) {
    this.parameters = List.of(parameters);
  }

  /** The name as written in the header, the marker and the docs, e.g. {@code rate-limited}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  List<ScenarioParameter> parameters() {
    return parameters;
  }

  static Optional<ScenarioName> of(String wireName) {
    return Arrays.stream(values()).filter(n -> n.wireName().equalsIgnoreCase(wireName)).findFirst();
  }

  /** Every wire name, for an error that lists them. */
  static String known() {
    return Arrays.stream(values()).map(ScenarioName::wireName).collect(Collectors.joining(", "));
  }
}

package io.reelgate.core.scenario;

import java.util.List;

/**
 * One parameter a scenario takes, with its default: a whole number within bounds, or one of a few
 * words. {@link #check} returns the value in its canonical form, or the reason it is refused.
 */
record ScenarioParameter(String name, String defaultValue, int min, int max, List<String> choices) {

  static ScenarioParameter number(String name, int defaultValue, int min, int max) {
    return new ScenarioParameter(name, Integer.toString(defaultValue), min, max, List.of());
  }

  static ScenarioParameter choice(String name, String defaultValue, String... choices) {
    return new ScenarioParameter(name, defaultValue, 0, 0, List.of(choices));
  }

  /** The value in canonical form; {@link IllegalArgumentException} with the reason when refused. */
  String check(String value) {
    if (!choices.isEmpty()) {
      for (String choice : choices) if (choice.equalsIgnoreCase(value)) return choice;
      throw new IllegalArgumentException(name + " must be one of " + String.join(", ", choices) + ", not '" + value + "'");
    }
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
    }
    if (number < min || number > max) {
      throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", not " + number);
    }
    return Integer.toString(number);
  }
}

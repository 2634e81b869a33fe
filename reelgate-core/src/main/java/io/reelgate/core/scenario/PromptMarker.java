package io.reelgate.core.scenario;

import io.reelgate.core.error.InvalidFieldException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt marker {@code [[reelgate:NAME param=value ...]]}, which chooses a scenario for clients
 * that cannot add a header. It is taken out of the prompt before the prompt is checked or read for
 * camera moves, so it is never stored, sent upstream or shown back.
 */
public final class PromptMarker {
  private static final Pattern MARKER = Pattern.compile("\\s*\\[\\[\\s*reelgate\\s*:([^\\]]*)]]", Pattern.CASE_INSENSITIVE);

  /** A prompt without its marker, and the scenario the marker chose (null when there was none). */
  public record Read(String prompt, Scenario scenario) {}

  private PromptMarker() {}

  /** Reads the marker of {@code prompt} (null stays null); a second marker or a bad one is an error of {@code prompt}. */
  public static Read read(String prompt) {
    if (prompt == null) return new Read(null, null);
    Matcher marker = MARKER.matcher(prompt);
    if (!marker.find()) return new Read(prompt, null);
    String written = marker.group().strip();
    List<String> words = Arrays.stream(marker.group(1).strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    if (marker.find()) throw new InvalidFieldException("prompt", "holds more than one scenario marker [[reelgate:...]]; give one");
    if (words.isEmpty()) throw new InvalidFieldException("prompt", "the marker " + written + " names no scenario; known: " + ScenarioName.known());
    try {
      Scenario scenario = Scenario.of(words.get(0), words.subList(1, words.size()));
      return new Read(MARKER.matcher(prompt).replaceFirst("").strip(), scenario);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("prompt", "the scenario marker " + written + ": " + e.getMessage());
    }
  }
}

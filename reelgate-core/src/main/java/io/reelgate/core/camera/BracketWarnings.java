package io.reelgate.core.camera;

import io.reelgate.core.camera.BracketReader.Bracket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The warning for a bracket that is plain text but looks like a camera command: it holds a word of
 * a camera move ("pan", "zoom", "dolly", "orbit", 摇, 推, 变焦, …), as {@code [Pan sideways]},
 * {@code [Zoom]} or {@code [Pan left, slowly]} do. The warning names the nearest commands, those
 * whose names share the move word and are the fewest edits away. Brackets without a move word
 * ({@code [Scene 1]}, {@code [Title card]}) are what prompts bracket all the time, so they stay
 * silent.
 */
final class BracketWarnings {
  private static final Set<String> ENGLISH_MOVE_WORDS =
      Set.of(
          "pan", "tilt", "zoom", "push", "pull", "truck", "dolly", "track", "tracking", "pedestal",
          "crane", "rise", "fall", "shake", "handheld", "follow", "static", "fixed", "locked",
          "orbit", "arc", "roll", "rotate", "spin", "boom", "whip");
  private static final List<String> CHINESE_MOVE_WORDS =
      List.of("摇", "移", "推", "拉", "升", "降", "变焦", "晃", "抖", "跟", "固定", "静止", "环绕", "旋转");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
  private static final int MAX_SUGGESTIONS = 3;

  private BracketWarnings() {}

  /**
   * The warnings for the plain-text brackets among {@code brackets}, found in {@code text}, the
   * normalised form of {@code folded}; quoted from {@code folded} so that they keep the user's case.
   */
  static List<String> of(String folded, String text, List<Bracket> brackets) {
    List<String> warnings = new ArrayList<>();
    for (Bracket bracket : brackets) {
      if (bracket.shot().isPresent()) continue;
      // Lower case may change a string's length in a few scripts; then the lower-case text is shown.
      String shown =
          folded.length() == text.length()
              ? folded.substring(bracket.open() + 1, bracket.close())
              : bracket.inside();
      warning(shown).ifPresent(warnings::add);
    }
    return warnings;
  }

  /** The warning for a plain-text bracket, or empty when it does not look like a command. */
  private static Optional<String> warning(String shown) {
    List<String> parts = List.of(shown.split("[,;、]", -1));
    if (parts.stream().noneMatch(BracketWarnings::looksLikeCommand)) return Optional.empty();
    String unknown =
        parts.stream().filter(p -> !p.isBlank() && CommandVocabulary.lookup(p).isEmpty()).findFirst().orElseThrow();
    String head = "[" + shown + "] is not a camera command";
    String word = unknown.strip();
    if (SpeedWords.isSpeedWord(word.toLowerCase(Locale.ROOT))) {
      return Optional.of(
          head + "; write \"" + word + "\" outside the brackets, as in " + word + " [" + commandsIn(parts) + "]");
    }
    String which = parts.size() > 1 ? ": \"" + word + "\" is not one" : "";
    List<String> nearest = nearest(word.toLowerCase(Locale.ROOT));
    if (nearest.isEmpty()) return Optional.of(head + which + "; docs/CAMERA.md lists the commands");
    return Optional.of(head + which + "; did you mean " + String.join(" or ", nearest) + "?");
  }

  private static boolean looksLikeCommand(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    if (CommandVocabulary.lookup(lower).isPresent()) return true;
    for (String word : NOT_LETTERS.split(lower)) if (ENGLISH_MOVE_WORDS.contains(word)) return true;
    return CHINESE_MOVE_WORDS.stream().anyMatch(lower::contains);
  }

  private static String commandsIn(List<String> parts) {
    List<String> names = new ArrayList<>();
    for (String part : parts) CommandVocabulary.lookup(part).ifPresent(move -> names.add(move.english()));
    return String.join(",", names);
  }

  /**
   * The commands sharing a move word with {@code part}, in its language: all those it begins
   * ({@code [Zoom]}: Zoom in, Zoom out), else those the fewest edits away.
   */
  private static List<String> nearest(String part) {
    String key = CommandVocabulary.key(part);
    boolean chinese = PromptText.mostlyChinese(part);
    Map<CameraMove, Integer> distances = new TreeMap<>();
    for (Map.Entry<String, CameraMove> name : CommandVocabulary.byKey().entrySet()) {
      if (!sharesMoveWord(part, name.getKey())) continue;
      int distance = name.getKey().startsWith(key) ? 0 : editDistance(key, name.getKey());
      distances.merge(name.getValue(), distance, Math::min);
    }
    int best = distances.values().stream().min(Integer::compare).orElse(0);
    return distances.entrySet().stream()
        .filter(e -> e.getValue() == best)
        .limit(MAX_SUGGESTIONS)
        .map(e -> "[" + (chinese ? e.getKey().chinese() : e.getKey().english()) + "]")
        .toList();
  }

  private static boolean sharesMoveWord(String part, String name) {
    for (String word : NOT_LETTERS.split(part)) {
      if (ENGLISH_MOVE_WORDS.contains(word) && name.contains(word)) return true;
    }
    return CHINESE_MOVE_WORDS.stream().anyMatch(word -> part.contains(word) && name.contains(word));
  }

  /** Levenshtein distance; bracket parts are short, so the quadratic table is cheap. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

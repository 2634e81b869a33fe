package io.reelgate.core.camera;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the brackets of a normalised prompt (see {@link PromptText}): each bracket whose every part
 * names a camera command is one shot, in order of appearance. A bracket with any other
 * text in it is left alone as plain text, since prompts also bracket things like {@code [Scene 1]}
 * or {@code [slow pan left over the bay]} and reading half of them would guess.
 *
 * <p>One left-to-right scan, no regular expression over the whole prompt: an opening bracket met
 * before the closing one restarts the bracket there, so {@code [[Pan left]]} is a pan left and
 * 2000 opening brackets cost 2000 steps.
 */
final class BracketReader {
  /**
   * One bracket of the prompt: {@code open} and {@code close} are the positions of its brackets in
   * the normalised text, {@code shot} what it commands, empty for plain text.
   */
  record Bracket(int open, int close, String inside, Optional<CameraShot> shot) {}

  private static final String OPENING = "[【";
  private static final String CLOSING = "]】";
  /** ASCII comma and semicolon also stand for "，" and "；" after normalisation. */
  private static final Pattern SEPARATOR = Pattern.compile("[,;、]");

  private BracketReader() {}

  /** Every complete bracket of the text, commands and plain text, in order. */
  static List<Bracket> read(String text) {
    List<Bracket> brackets = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int open = nextOpening(text, from);
      if (open < 0) break;
      int end = open + 1;
      while (end < text.length() && !isOpening(text.charAt(end)) && !isClosing(text.charAt(end))) {
        end++;
      }
      if (end == text.length()) break;
      if (isOpening(text.charAt(end))) {
        from = end;
        continue;
      }
      String inside = text.substring(open + 1, end);
      brackets.add(new Bracket(open, end, inside, commands(inside)));
      from = end + 1;
    }
    return brackets;
  }

  /** The shot a bracket's inside names, or empty when any part of it is not a command. */
  static Optional<CameraShot> commands(String inside) {
    List<CameraMove> named = new ArrayList<>();
    for (String part : SEPARATOR.split(inside, -1)) {
      if (part.isBlank()) continue; // "[Pan left,]" is a typo, not plain text
      Optional<CameraMove> move = CommandVocabulary.lookup(part);
      if (move.isEmpty()) return Optional.empty();
      named.add(move.get());
    }
    return named.isEmpty() ? Optional.empty() : Optional.of(SimultaneousMoves.shotOf(named));
  }

  private static int nextOpening(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (isOpening(text.charAt(i))) return i;
    }
    return -1;
  }

  private static boolean isOpening(char c) {
    return OPENING.indexOf(c) >= 0;
  }

  private static boolean isClosing(char c) {
    return CLOSING.indexOf(c) >= 0;
  }
}

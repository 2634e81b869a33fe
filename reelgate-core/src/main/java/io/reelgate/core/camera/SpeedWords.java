package io.reelgate.core.camera;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed words a camera operator says around a command, in English and Chinese, and which
 * command each one belongs to. A word belongs to the nearest command bracket in its clause, before
 * or after it (a comma or a sentence end parts clauses), the one after it on a tie; of several
 * words for one bracket the nearest wins. Adverbs ("slowly", "缓缓") may stand anywhere in the
 * clause, since "slowly, a boat drifts [Pan left]" is still said of the pan. Adjectives ("slow",
 * "fast") also describe things ("a fast car"), so they count only right next to the bracket:
 * "a slow [Pan left]", "[Pan left] fast".
 */
final class SpeedWords {
  private static final String CLAUSE_ENDS = ".!?;。\n\r…,";

  /** Where a command stands in the text: a bracket, or the phrases of a described shot. */
  record Span(int first, int last) {}

  private record Word(Pattern pattern, Speed speed, boolean adjacentOnly) {}

  private record Found(int start, int end, Speed speed, boolean adjacentOnly) {}

  private static final List<Word> WORDS =
      List.of(
          english("slowly|gently|slightly|subtly|softly|gradually|leisurely|lazily|calmly", Speed.SLOW, false),
          english("slow|gentle|slight|subtle|soft", Speed.SLOW, true),
          english(
              "quickly|rapidly|swiftly|dramatically|sharply|suddenly|abruptly|briskly|speedily",
              Speed.QUICK,
              false),
          english("quick|fast|rapid|swift|dramatic|sharp|sudden|speedy", Speed.QUICK, true),
          chinese("缓缓|慢慢|缓慢|徐徐|轻微|轻轻|微微|稍稍|稍微|略微|慢速|小幅|平缓", Speed.SLOW),
          chinese("快速|迅速|急速|飞速|疾速|高速|猛然|猛地|剧烈|猛烈|大幅|突然|急剧", Speed.QUICK));

  private SpeedWords() {}

  /** The speed of each of {@code commands} (in order, not overlapping) in {@code text}. */
  static List<Speed> of(String text, List<Span> commands) {
    Speed[] speeds = new Speed[commands.size()];
    int[] distances = new int[commands.size()];
    Arrays.fill(speeds, Speed.NORMAL);
    Arrays.fill(distances, Integer.MAX_VALUE);
    for (Found word : wordsIn(text, commands)) {
      int after = firstOpeningAfter(commands, word.start);
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      // The bracket after the word is tried first, so that it wins a tie.
      for (int candidate : new int[] {after, after - 1}) {
        if (candidate < 0 || candidate >= commands.size()) continue;
        Span command = commands.get(candidate);
        String between =
            candidate == after
                ? text.substring(word.end, command.first())
                : text.substring(command.last() + 1, word.start);
        if (!sameClause(between) || (word.adjacentOnly && !between.isBlank())) continue;
        if (between.length() < bestDistance) {
          best = candidate;
          bestDistance = between.length();
        }
      }
      if (best >= 0 && bestDistance < distances[best]) {
        speeds[best] = word.speed;
        distances[best] = bestDistance;
      }
    }
    return List.of(speeds);
  }

  /** Whether a bracket part is nothing but a speed word, as in {@code [Pan left, slowly]}. */
  static boolean isSpeedWord(String part) {
    String word = part.strip();
    return WORDS.stream().anyMatch(w -> w.pattern.matcher(word).matches());
  }

  private static List<Found> wordsIn(String text, List<Span> commands) {
    List<Found> found = new ArrayList<>();
    for (Word word : WORDS) {
      Matcher m = word.pattern.matcher(text);
      while (m.find()) {
        if (!insideCommand(commands, m.start())) {
          found.add(new Found(m.start(), m.end(), word.speed, word.adjacentOnly));
        }
      }
    }
    return found;
  }

  /** Index of the first bracket opening at or after {@code at}; the size of the list if none. */
  private static int firstOpeningAfter(List<Span> commands, int at) {
    int low = 0;
    int high = commands.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (commands.get(mid).first() < at) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private static boolean insideCommand(List<Span> commands, int at) {
    int after = firstOpeningAfter(commands, at);
    return after > 0 && commands.get(after - 1).last() > at;
  }

  private static boolean sameClause(String between) {
    for (int i = 0; i < between.length(); i++) {
      if (CLAUSE_ENDS.indexOf(between.charAt(i)) >= 0) return false;
    }
    return true;
  }

  private static Word english(String alternatives, Speed speed, boolean adjacentOnly) {
    return new Word(Pattern.compile("\\b(?:" + alternatives + ")\\b"), speed, adjacentOnly);
  }

  private static Word chinese(String alternatives, Speed speed) {
    return new Word(Pattern.compile(alternatives), speed, false);
  }
}

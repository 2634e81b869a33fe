package io.reelgate.core.camera;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads camera moves described in words, in English and Chinese, from a normalised prompt (see
 * {@link PromptText}). Moves follow each other in order of appearance ("then" and "然后" need no
 * special rule); a move joined to the previous one by "while"/"as"/"同时"/"一边" runs with it in the
 * same shot. A move mentioned again right after itself ("zooms out ... the zoom out reveals") is
 * one move, not two. Speed words around a described shot set its speed, as around a bracket
 * ({@link SpeedWords}).
 *
 * <p>Where two phrases overlap, the one that starts first wins, and of two starting together the
 * longer one ("tracking shot" over "tracking", "变焦推近" over "推近").
 */
final class NaturalLanguageReader {
  private static final List<PhraseBook> BOOKS =
      List.of(EnglishPhrases.INSTANCE, ChinesePhrases.INSTANCE);

  private record Found(int start, int end, Phrase phrase, PhraseBook book) {}

  private NaturalLanguageReader() {}

  static List<CameraShot> read(String text) {
    List<Integer> cameraWordEnds = cameraWordEnds(text);
    List<List<CameraMove>> shots = new ArrayList<>();
    List<SpeedWords.Span> spans = new ArrayList<>();
    int lastMoveEnd = -1;
    for (Found found : withoutOverlaps(phrasesIn(text))) {
      Gap fromMove =
          lastMoveEnd < 0 ? Gap.BROKEN : found.book.gap(text.substring(lastMoveEnd, found.start));
      if (found.phrase.needsCamera()
          && fromMove == Gap.BROKEN
          && !followsCameraWord(text, found, cameraWordEnds)) {
        continue;
      }
      if (fromMove == Gap.SIMULTANEOUS) {
        shots.getLast().add(found.phrase.move());
        spans.set(spans.size() - 1, new SpeedWords.Span(spans.getLast().first(), found.end - 1));
      } else {
        shots.add(new ArrayList<>(List.of(found.phrase.move())));
        spans.add(new SpeedWords.Span(found.start, found.end - 1));
      }
      lastMoveEnd = found.end;
    }
    return mergeRepeats(shots, SpeedWords.of(text, spans));
  }

  private static List<Found> phrasesIn(String text) {
    List<Found> all = new ArrayList<>();
    for (PhraseBook book : BOOKS) {
      for (Phrase phrase : book.phrases()) {
        Matcher m = phrase.pattern().matcher(text);
        while (m.find()) all.add(new Found(m.start(), m.end(), phrase, book));
      }
    }
    all.sort(
        Comparator.comparingInt(Found::start)
            .thenComparing(Comparator.comparingInt(Found::end).reversed()));
    return all;
  }

  private static List<Found> withoutOverlaps(List<Found> sorted) {
    List<Found> kept = new ArrayList<>();
    int end = 0;
    for (Found found : sorted) {
      if (found.start < end) continue;
      kept.add(found);
      end = found.end;
    }
    return kept;
  }

  private static List<Integer> cameraWordEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (PhraseBook book : BOOKS) {
      Matcher m = book.cameraWords().matcher(text);
      while (m.find()) ends.add(m.end());
    }
    ends.sort(null);
    return ends;
  }

  /** Whether the nearest camera word before the phrase is its subject. */
  private static boolean followsCameraWord(String text, Found found, List<Integer> cameraWordEnds) {
    int nearest = -1;
    for (int end : cameraWordEnds) {
      if (end > found.start) break;
      nearest = end;
    }
    return nearest >= 0 && found.book.gap(text.substring(nearest, found.start)) != Gap.BROKEN;
  }

  /** A repeat keeps the first mention's speed unless only the repeat has a speed word. */
  private static List<CameraShot> mergeRepeats(List<List<CameraMove>> described, List<Speed> speeds) {
    List<CameraShot> shots = new ArrayList<>();
    for (int i = 0; i < described.size(); i++) {
      CameraShot shot = SimultaneousMoves.shotOf(described.get(i));
      if (!shots.isEmpty() && shots.getLast().moves().equals(shot.moves())) {
        if (shots.getLast().speed() == Speed.NORMAL) shots.set(shots.size() - 1, shot.at(speeds.get(i)));
      } else {
        shots.add(shot.at(speeds.get(i)));
      }
    }
    return shots;
  }
}

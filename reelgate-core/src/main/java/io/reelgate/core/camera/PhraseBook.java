package io.reelgate.core.camera;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The camera phrases of one language. Patterns run on the normalised prompt (lower case, NFKC) and
 * are built from literals, optional groups and possessive whitespace only, so that none of them can
 * backtrack catastrophically on hostile input. Each language says which words may stand between
 * two phrases; how far apart they may be at most, and that a sentence end parts them, holds alike.
 */
abstract class PhraseBook {
  private final List<Phrase> phrases;
  private final Pattern cameraWords;
  private final int maxGap;

  PhraseBook(List<Phrase> phrases, Pattern cameraWords, int maxGap) {
    this.phrases = phrases;
    this.cameraWords = cameraWords;
    this.maxGap = maxGap;
  }

  final List<Phrase> phrases() {
    return phrases;
  }

  /** Words that name the camera itself ("camera", "镜头") and so make the next verb a camera move. */
  final Pattern cameraWords() {
    return cameraWords;
  }

  /** Reads the text between a camera word or phrase and the next phrase. */
  final Gap gap(String between) {
    if (between.length() > maxGap || Sentences.hasEnd(between)) return Gap.BROKEN;
    return wordsBetween(between);
  }

  /**
   * Reads a gap short enough and within one sentence: {@link Gap#BROKEN} at any word that is not
   * filler, {@link Gap#SIMULTANEOUS} when a word joins the two moves, else {@link Gap#SEQUENCE}.
   */
  abstract Gap wordsBetween(String between);
}

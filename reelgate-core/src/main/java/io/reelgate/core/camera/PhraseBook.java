package io.reelgate.core.camera;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The camera phrases of one language. Patterns run on the normalised prompt (lower case, NFKC) and
 * are built from literals, optional groups and possessive whitespace only, so that none of them can
 * backtrack catastrophically on hostile input.
 */
interface PhraseBook {
  List<Phrase> phrases();

  /** Words that name the camera itself ("camera", "镜头") and so make the next verb a camera move. */
  Pattern cameraWords();

  /** Reads the text between a camera word or phrase and the next phrase. */
  Gap gap(String between);
}

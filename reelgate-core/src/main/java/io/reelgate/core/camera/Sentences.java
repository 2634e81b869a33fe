package io.reelgate.core.camera;

/** Sentence ends: a camera word in one sentence is not the subject of a verb in the next. */
final class Sentences {
  private static final String ENDS = ".!?;。\n\r…";

  private Sentences() {}

  static boolean hasEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (ENDS.indexOf(text.charAt(i)) >= 0) return true;
    }
    return false;
  }
}

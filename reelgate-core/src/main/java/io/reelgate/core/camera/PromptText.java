package io.reelgate.core.camera;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The working copy of a prompt that the readers search. NFKC folds full-width forms into ASCII
 * ({@code ［} to {@code [}, {@code ，} to {@code ,}, {@code ；} to {@code ;}, {@code Ｐａｎ} to
 * {@code Pan}) so that every rule is written once; lower case makes English case-insensitive. The
 * user's own text is never replaced by this copy.
 */
final class PromptText {
  private PromptText() {}

  static String normalize(String prompt) {
    return fold(prompt).toLowerCase(Locale.ROOT);
  }

  /** NFKC only, case kept: the user's words as warnings quote them. */
  static String fold(String prompt) {
    return Normalizer.normalize(prompt, Normalizer.Form.NFKC);
  }

  /** Whether the prompt is mostly Chinese, to write recognised moves back in its language. */
  static boolean mostlyChinese(String prompt) {
    int han = 0;
    int latin = 0;
    for (int i = 0; i < prompt.length(); i++) {
      char c = prompt.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han++;
      else if (c < 128 && Character.isLetter(c)) latin++;
    }
    return han > latin;
  }
}

package io.reelgate.core.camera;

import java.util.regex.Pattern;

/**
 * One way of describing a move in words. {@code needsCamera} marks verbs that many things do
 * ("rises", "follows", "上升", "跟随"): they count only when the camera is their subject, that is
 * when they come right after a camera word or another camera phrase with nothing but filler between
 * (see {@link PhraseBook#gap}). Film terms ("zooms out", "dolly in", "变焦推近") count anywhere.
 */
record Phrase(Pattern pattern, CameraMove move, boolean needsCamera) {
  static Phrase anywhere(String regex, CameraMove move) {
    return new Phrase(Pattern.compile(regex), move, false);
  }

  static Phrase afterCamera(String regex, CameraMove move) {
    return new Phrase(Pattern.compile(regex), move, true);
  }
}

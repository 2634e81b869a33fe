package io.reelgate.core.request;

import io.reelgate.core.error.InvalidFieldException;

/**
 * MiniMax V2's rules for reference media, which hold before anything is fetched: at most 9
 * pictures, 3 clips and 3 sound files; references and frames exclude each other; sound needs a
 * reference picture or clip to go with.
 */
final class ReferenceRules {
  static final int MAX_IMAGES = 9;
  static final int MAX_VIDEOS = 3;
  static final int MAX_AUDIOS = 3;

  private ReferenceRules() {}

  static void check(References references, boolean hasFrames) {
    count("reference_image", references.images().size(), MAX_IMAGES, "reference images");
    count("reference_video", references.videos().size(), MAX_VIDEOS, "reference videos");
    count("reference_audio", references.audios().size(), MAX_AUDIOS, "reference audios");
    if (hasFrames && !references.isEmpty()) {
      throw new InvalidFieldException(
          references.firstField(), "cannot be combined with first_frame or last_frame: frames and references exclude each other");
    }
    if (!references.audios().isEmpty() && references.images().isEmpty() && references.videos().isEmpty()) {
      throw new InvalidFieldException("reference_audio", "needs a reference_image or reference_video to go with it");
    }
  }

  private static void count(String field, int given, int most, String what) {
    if (given > most) throw new InvalidFieldException(field, "at most " + most + " " + what + " are taken; got " + given);
  }
}

package io.reelgate.core.model;

/** What a request gives the model to start from. */
public enum Mode {
  /** A prompt alone. */
  TEXT_TO_VIDEO,
  /** A prompt and a first frame. */
  IMAGE_TO_VIDEO,
  /** A prompt, a first frame and a last frame. */
  FIRST_LAST_FRAME,
  /**
   * A prompt and reference media (pictures, clips, sound; MiniMax-H3): the first reference picture
   * is filmed as the picture, and the rest are kept for an upstream engine.
   */
  REFERENCE_TO_VIDEO;

  /** The mode implied by which images a request carries. */
  public static Mode of(boolean hasFirstFrame, boolean hasLastFrame) {
    if (hasLastFrame) return FIRST_LAST_FRAME;
    return hasFirstFrame ? IMAGE_TO_VIDEO : TEXT_TO_VIDEO;
  }
}

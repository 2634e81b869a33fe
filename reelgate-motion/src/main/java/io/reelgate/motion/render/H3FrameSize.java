package io.reelgate.motion.render;

import io.reelgate.core.model.Ratio;

/**
 * MiniMax-H3's frame sizes: both sides multiples of 32, within a pixel budget that is the 16:9
 * frame at the resolution's short side with its long side cut down to a multiple of 32 (768 x
 * 1344 = 1,032,192 px at 768P, 1440 x 2560 = 3,686,400 px at 2K). The short side is the
 * resolution's, lowered if the ratio's frame would exceed the budget, and rounded to a multiple of
 * 32; the long side is the short side times the ratio, rounded to a multiple of 32 and lowered by
 * 32 while the frame exceeds the budget. This gives every documented size (768P: 1344x768,
 * 1024x768, 768x768, 1536x672 and their portraits; 2K 16:9: 2560x1440); the other 2K sizes are
 * derived by the same rule (docs/ENGINE.md, "H3 format").
 */
final class H3FrameSize {
  static final int STEP = 32;

  private H3FrameSize() {}

  /** The frame for a concrete {@code ratio} with nominal short side {@code shortSide}. */
  static OutputSize of(Ratio ratio, int shortSide) {
    int longPart = Math.max(ratio.width(), ratio.height());
    int shortPart = Math.min(ratio.width(), ratio.height());
    double aspect = (double) longPart / shortPart;
    long budget = (long) shortSide * Math.max(STEP, STEP * (shortSide * 16 / 9 / STEP));
    double idealShort = shortSide;
    if (idealShort * idealShort * aspect > budget) {
      idealShort = Math.sqrt(budget / aspect);
    }
    int shortPx = multipleOfStep(idealShort);
    int longPx = multipleOfStep(shortPx * aspect);
    while ((long) longPx * shortPx > budget && longPx > STEP) {
      longPx -= STEP;
    }
    return ratio.width() >= ratio.height() ? new OutputSize(longPx, shortPx) : new OutputSize(shortPx, longPx);
  }

  private static int multipleOfStep(double side) {
    return Math.max(STEP, STEP * (int) Math.round(side / STEP));
  }
}

package io.reelgate.core.model;

/**
 * The generation of models a model belongs to, which fixes the shape of its files (frame rate,
 * frame sizes, sound: {@code VideoFormat.of} in core.render), the ratio a text-to-video request
 * gets when it names none, and the longest prompt its API takes.
 */
public enum Family {
  /** Hailuo 2.x, sold through MiniMax's V1 API and its resellers: the picture's own shape, 16:9 for text. */
  HAILUO(Ratio.ADAPTIVE, 2000),
  /** MiniMax-H3, sold through MiniMax's V2 API: a chosen ratio, 16:9 when text-to-video names none. */
  H3(Ratio.R16_9, 7000);

  private final Ratio textRatio;
  private final int maxPromptCodePoints;

  Family(Ratio textRatio, int maxPromptCodePoints) {
    this.textRatio = textRatio;
    this.maxPromptCodePoints = maxPromptCodePoints;
  }

  /** The longest prompt its API takes, in code points (an emoji counts once). */
  public int maxPromptCodePoints() {
    return maxPromptCodePoints;
  }

  /** The ratio of a text-to-video request that names none. */
  public Ratio textRatio() {
    return textRatio;
  }
}

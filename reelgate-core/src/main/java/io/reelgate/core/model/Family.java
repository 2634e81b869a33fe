package io.reelgate.core.model;

/**
 * The generation of models a model belongs to, which fixes the shape of its files (frame rate,
 * frame sizes, sound: {@code VideoFormat.of} in core.render) and the ratio a text-to-video request
 * gets when it names none.
 */
public enum Family {
  /** Hailuo 2.x, sold through MiniMax's V1 API and its resellers: the picture's own shape, 16:9 for text. */
  HAILUO(Ratio.ADAPTIVE),
  /** MiniMax-H3, sold through MiniMax's V2 API: a chosen ratio, 16:9 when text-to-video names none. */
  H3(Ratio.R16_9);

  private final Ratio textRatio;

  Family(Ratio textRatio) {
    this.textRatio = textRatio;
  }

  /** The ratio of a text-to-video request that names none. */
  public Ratio textRatio() {
    return textRatio;
  }
}

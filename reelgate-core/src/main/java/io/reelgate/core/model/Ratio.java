package io.reelgate.core.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A video's aspect ratio as MiniMax's V2 API names it ({@code "16:9"}). {@link #ADAPTIVE} means
 * "the picture's own shape": a frame mode always films the picture's ratio, whatever is asked.
 */
public enum Ratio {
  ADAPTIVE("adaptive", 0, 0),
  R21_9("21:9", 21, 9),
  R16_9("16:9", 16, 9),
  R4_3("4:3", 4, 3),
  R1_1("1:1", 1, 1),
  R3_4("3:4", 3, 4),
  R9_16("9:16", 9, 16);

  private final String wireName;
  private final int width;
  private final int height;

  Ratio(String wireName, int width, int height) {
    this.wireName = wireName;
    this.width = width;
    this.height = height;
  }

  public String wireName() {
    return wireName;
  }

  /** The width part ("16" of 16:9); 0 for {@link #ADAPTIVE}. */
  public int width() {
    return width;
  }

  /** The height part ("9" of 16:9); 0 for {@link #ADAPTIVE}. */
  public int height() {
    return height;
  }

  /** Parses "16:9" or "adaptive"; empty for anything else. */
  public static Optional<Ratio> parse(String text) {
    String wanted = text.strip();
    return Arrays.stream(values()).filter(r -> r.wireName.equalsIgnoreCase(wanted)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}

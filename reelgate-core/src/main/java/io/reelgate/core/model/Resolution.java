package io.reelgate.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Output resolutions, named as the APIs name them ("768P", "2K"): the short side of the video.
 * 2K is MiniMax-H3's (2560x1440 at 16:9).
 */
public enum Resolution {
  P512(512),
  P720(720),
  P768(768),
  P1080(1080),
  K2(1440, "2K");

  private final int shortSide;
  private final String wireName;

  Resolution(int shortSide) {
    this(shortSide, shortSide + "P");
  }

  Resolution(int shortSide, String wireName) {
    this.shortSide = shortSide;
    this.wireName = wireName;
  }

  public int shortSide() {
    return shortSide;
  }

  /** The wire name, e.g. {@code 768P} or {@code 2K}. */
  public String wireName() {
    return wireName;
  }

  /** Parses "768P", "768p" (Evolink writes lower case) or "2K"; empty for anything else. */
  public static Optional<Resolution> parse(String text) {
    String wanted = text.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.wireName().equals(wanted)).findFirst();
  }

  @Override
  public String toString() {
    return wireName();
  }
}

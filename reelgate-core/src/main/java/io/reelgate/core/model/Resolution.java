package io.reelgate.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Output resolutions, named as the APIs name them ("768P"): the short side of the video. */
public enum Resolution {
  P512(512),
  P720(720),
  P768(768),
  P1080(1080);

  private final int shortSide;

  Resolution(int shortSide) {
    this.shortSide = shortSide;
  }

  public int shortSide() {
    return shortSide;
  }

  /** The wire name, e.g. {@code 768P}. */
  public String wireName() {
    return shortSide + "P";
  }

  /** Parses "768P" or "768p" (Evolink writes lower case); empty for anything else. */
  public static Optional<Resolution> parse(String text) {
    String wanted = text.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.wireName().equals(wanted)).findFirst();
  }

  @Override
  public String toString() {
    return wireName();
  }
}

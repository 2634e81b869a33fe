package io.reelgate.core.media;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of MiniMax V2 reference media, by the role their {@code content[]} item names. */
public enum ReferenceRole {
  IMAGE("reference_image"),
  VIDEO("reference_video"),
  AUDIO("reference_audio");

  private final String wireName;

  ReferenceRole(String wireName) {
    this.wireName = wireName;
  }

  /** The role on the wire, also the core field of errors about the kind: {@code reference_video}. */
  public String wireName() {
    return wireName;
  }

  /** The core field of one item: {@code reference_video[1]}, counted from 0 within its kind. */
  public String field(int index) {
    return wireName + "[" + index + "]";
  }

  public static Optional<ReferenceRole> ofWireName(String text) {
    return Arrays.stream(values()).filter(role -> role.wireName.equals(text)).findFirst();
  }
}

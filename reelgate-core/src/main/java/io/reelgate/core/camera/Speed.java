package io.reelgate.core.camera;

/**
 * How fast and how far a shot's moves go, from the words a camera operator says around a command
 * ("slowly [Pan left]", "快速[左摇]"; the list is in {@code SpeedWords} and docs/CAMERA.md). The
 * shot keeps its share of the clip, so the factor scales the distance a move travels and with it
 * its pace. A quick move travels 2.5 times as far as a slow one: wide enough apart to see, yet a
 * quick move still looks like a camera move and not a cut.
 */
public enum Speed {
  SLOW("slow", 0.6),
  /** No speed word: the moves as they have always been. */
  NORMAL("normal", 1.0),
  QUICK("quick", 1.5);

  private final String label;
  private final double factor;

  Speed(String label, double factor) {
    this.label = label;
    this.factor = factor;
  }

  /** The word the reading shows: {@code slow}, {@code normal} or {@code quick}. */
  public String label() {
    return label;
  }

  /** What a move's amount (and so its pace) is multiplied by. */
  public double factor() {
    return factor;
  }
}

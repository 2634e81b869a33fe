package io.reelgate.motion.encode;

import java.util.List;

/**
 * The decoded gray pictures of a video, all of the same size: each array holds {@code width *
 * height} bytes, row after row, with no padding.
 */
public record LumaFrames(int width, int height, List<byte[]> frames) {
  public LumaFrames {
    frames = List.copyOf(frames);
  }
}

package io.reelgate.motion.render;

import io.reelgate.core.render.VideoFormat;

/**
 * How many frames a clip of some seconds has. Hailuo 2.x clips are exactly frames-per-second x
 * seconds (6 s at 25 fps = 150). MiniMax-H3's clips are seen to have 17n + 5 frames, so an H3
 * clip is the smallest such count that lasts at least the seconds asked: 5 s at 24 fps = 124
 * frames (5.17 s, as H3's own), 8 s = 192 (exact).
 */
final class FrameCount {
  private FrameCount() {}

  static int of(VideoFormat format, int seconds) {
    int exact = format.framesPerSecond() * seconds;
    if (format.sizes() == VideoFormat.FrameSizes.PICTURE_SHAPE) {
      return exact;
    }
    int n = Math.max(0, (exact - 5 + 16) / 17);
    return 17 * n + 5;
  }
}

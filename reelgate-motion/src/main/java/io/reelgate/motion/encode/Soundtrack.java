package io.reelgate.motion.encode;

/**
 * The stereo sound of a clip, made frame by frame as the video is encoded: {@link H264Writer}
 * asks, after each frame, for the samples heard while that frame shows, so sound can follow the
 * picture and the muxer can interleave both streams as they come.
 */
public interface Soundtrack {
  /** Samples per second per channel. */
  int sampleRate();

  /**
   * Writes the next {@code count} samples of each channel, in [-1, 1], into {@code left} and
   * {@code right} (from index 0): those heard while {@code frame} shows. Called once per frame, in
   * order, on the encoding thread.
   */
  void next(YuvFrame frame, float[] left, float[] right, int count);
}

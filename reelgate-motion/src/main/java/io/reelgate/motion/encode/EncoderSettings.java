package io.reelgate.motion.encode;

/**
 * libx264 settings. {@code threads} 0 lets x264 choose from the core count. The defaults are what
 * the benchmark compares against ffmpeg with: preset veryfast, CRF 20.
 */
public record EncoderSettings(String preset, int crf, int threads) {
  public static EncoderSettings defaults() {
    return new EncoderSettings("veryfast", 20, 0);
  }
}

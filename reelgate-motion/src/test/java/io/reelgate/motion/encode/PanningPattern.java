package io.reelgate.motion.encode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test pictures: a smooth texture wider than the frame that slides left by {@link #STEP} pixels per
 * frame, like a camera panning right. Smooth so that CRF 20 keeps it nearly intact, textured so
 * that two frames a few steps apart clearly differ.
 */
final class PanningPattern {
  static final int STEP = 4;

  private final int width;
  private final int height;
  private final int textureWidth;
  private final byte[] texture;

  PanningPattern(int width, int height, int frames) {
    this.width = width;
    this.height = height;
    this.textureWidth = width + STEP * frames;
    this.texture = new byte[textureWidth * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < textureWidth; x++) {
        double wave = Math.sin(x / 11.0) * Math.cos(y / 17.0) + 0.5 * Math.sin((x + 2 * y) / 29.0);
        texture[y * textureWidth + x] = (byte) (128 + 55 * wave); // stays inside tv range 16..235
      }
    }
  }

  /** Fills {@code frame} with picture {@code index}; chroma is a fixed gentle gradient. */
  void fill(YuvFrame frame, int index) {
    byte[] luma = luma(index);
    System.arraycopy(luma, 0, frame.y, 0, luma.length);
    for (int y = 0; y < frame.chromaHeight(); y++) {
      for (int x = 0; x < frame.chromaWidth(); x++) {
        frame.u[y * frame.chromaWidth() + x] = (byte) (112 + 32 * x / frame.chromaWidth());
        frame.v[y * frame.chromaWidth() + x] = (byte) (144 - 32 * y / frame.chromaHeight());
      }
    }
  }

  byte[] luma(int index) {
    byte[] luma = new byte[width * height];
    for (int y = 0; y < height; y++) {
      System.arraycopy(texture, y * textureWidth + index * STEP, luma, y * width, width);
    }
    return luma;
  }

  /** Encodes {@code frames} pictures of this pattern to {@code output}. */
  static void encode(Path output, int width, int height, int frames)
      throws IOException {
    PanningPattern pattern = new PanningPattern(width, height, frames);
    YuvFrame frame = new YuvFrame(width, height);
    try (H264Writer writer =
        new H264Writer(output, width, height, 25, EncoderSettings.defaults())) {
      for (int i = 0; i < frames; i++) {
        pattern.fill(frame, i);
        writer.write(frame);
      }
    }
  }

  static double meanAbsoluteDifference(byte[] a, byte[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(a.length + " vs " + b.length + " bytes");
    }
    long sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
    }
    return (double) sum / a.length;
  }
}

package io.reelgate.motion.sound;

import io.reelgate.motion.encode.YuvFrame;

/**
 * What the sound takes from a frame, measured on every 8th pixel of every 8th row (a few thousand
 * samples, microseconds per frame).
 *
 * @param brightness mean luma, 0 (black, 16) to 1 (white, 235)
 * @param saturation mean distance of the chroma from grey, 0 (grey) to about 1 (fully saturated)
 * @param signature a hash of the samples, which seeds the noise: the same picture, the same sound
 */
record PictureTone(double brightness, double saturation, long signature) {
  private static final int STEP = 8;

  static PictureTone of(YuvFrame frame) {
    long lumaSum = 0;
    long lumaCount = 0;
    long signature = 1125899906842597L;
    for (int row = STEP / 2; row < frame.height; row += STEP) {
      for (int x = STEP / 2; x < frame.width; x += STEP) {
        int luma = frame.y[row * frame.width + x] & 0xff;
        lumaSum += luma;
        lumaCount++;
        signature = 31 * signature + luma;
      }
    }
    long chromaSum = 0;
    long chromaCount = 0;
    int chromaWidth = frame.chromaWidth();
    for (int row = STEP / 4; row < frame.chromaHeight(); row += STEP / 2) {
      for (int x = STEP / 4; x < chromaWidth; x += STEP / 2) {
        int i = row * chromaWidth + x;
        chromaSum += Math.abs((frame.u[i] & 0xff) - 128) + Math.abs((frame.v[i] & 0xff) - 128);
        chromaCount++;
      }
    }
    double brightness = ((double) lumaSum / Math.max(1, lumaCount) - 16) / 219;
    double saturation = (double) chromaSum / Math.max(1, chromaCount) / 112;
    return new PictureTone(clamp(brightness), clamp(saturation), signature);
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}

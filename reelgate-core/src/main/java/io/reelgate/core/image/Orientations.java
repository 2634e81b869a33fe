package io.reelgate.core.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Turns and mirrors stored pixels so that they stand as the EXIF orientation says they are shown. */
final class Orientations {
  private Orientations() {}

  /** @param rgb a {@code TYPE_INT_RGB} picture as stored; returned as is for orientation 1 */
  static BufferedImage upright(BufferedImage rgb, int orientation) {
    if (orientation == ExifOrientation.AS_STORED) return rgb;
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    boolean quarter = orientation >= 5;
    BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
    int[] src = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    int outW = out.getWidth();
    int outH = out.getHeight();
    for (int y = 0; y < outH; y++) {
      for (int x = 0; x < outW; x++) {
        // (sx, sy): where the shown pixel (x, y) is stored. See the EXIF 2.3 table of orientations.
        int sx, sy;
        switch (orientation) {
          case 2 -> { sx = w - 1 - x; sy = y; }
          case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
          case 4 -> { sx = x; sy = h - 1 - y; }
          case 5 -> { sx = y; sy = x; }
          case 6 -> { sx = y; sy = h - 1 - x; }
          case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
          case 8 -> { sx = w - 1 - y; sy = x; }
          default -> throw new IllegalArgumentException("orientation " + orientation);
        }
        dst[y * outW + x] = src[sy * w + sx];
      }
    }
    return out;
  }
}

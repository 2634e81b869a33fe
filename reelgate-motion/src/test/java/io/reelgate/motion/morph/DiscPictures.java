package io.reelgate.motion.morph;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Synthetic pictures in which content moves: a disc of coarse high-contrast texture at a given
 * centre over a faint fixed texture (the same in every picture, so the background stays put).
 */
public final class DiscPictures {
  private DiscPictures() {}

  /** A {@code width x height} picture with a disc of {@code radius} centred at {@code (cx, cy)}. */
  public static BufferedImage disc(int width, int height, double cx, double cy, double radius) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int gray = 110 + noise(x / 3, y / 3, 1) % 30;
        double dx = x + 0.5 - cx;
        double dy = y + 0.5 - cy;
        if (dx * dx + dy * dy <= radius * radius) {
          // The texture is the disc's own: it moves with it.
          int tx = (int) Math.floor((dx + radius) / 4);
          int ty = (int) Math.floor((dy + radius) / 4);
          gray = noise(tx, ty, 2) % 2 == 0 ? 235 : 20 + noise(tx, ty, 3) % 40;
        }
        image.setRGB(x, y, gray << 16 | gray << 8 | gray);
      }
    }
    return image;
  }

  private static int noise(int x, int y, int seed) {
    return new SplittableRandom(((long) x * 73856093L) ^ ((long) y * 19349663L) ^ seed).nextInt(1 << 20);
  }
}

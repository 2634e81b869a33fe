package io.reelgate.motion.render;

import io.reelgate.motion.Motion.Luma;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;

/** Reference pictures and measures for comparing frames with what they should show. */
final class Pictures {
  private Pictures() {}

  /**
   * The luma (BT.709, limited range, as the video is encoded) of {@code picture} fitted to a {@code
   * width x height} frame: the centred part of its aspect ratio, area-averaged to that size.
   */
  static Luma fittedLuma(BufferedImage picture, int width, int height) {
    WorkingPicture.Crop crop = WorkingPicture.coverCrop(picture.getWidth(), picture.getHeight(), (double) width / height);
    BufferedImage cropped = picture.getSubimage(crop.x(), crop.y(), crop.width(), crop.height());
    BufferedImage fitted = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = fitted.createGraphics();
    g.drawImage(cropped.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
    g.dispose();
    byte[] y = new byte[width * height];
    for (int row = 0; row < height; row++) {
      for (int col = 0; col < width; col++) {
        int rgb = fitted.getRGB(col, row);
        float luma = Bt709.y(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255);
        y[row * width + col] = (byte) Math.max(0, Math.min(255, Math.round(luma)));
      }
    }
    return new Luma(width, height, y);
  }

  /** Mean squared difference of two planes of the same size. */
  static double mse(Luma a, Luma b) {
    double sum = 0;
    for (int i = 0; i < a.pixels().length; i++) {
      int d = (a.pixels()[i] & 255) - (b.pixels()[i] & 255);
      sum += d * d;
    }
    return sum / a.pixels().length;
  }

  /** Peak signal-to-noise ratio in dB of {@code a} against {@code reference}. */
  static double psnr(Luma a, Luma reference) {
    return 10 * Math.log10(255.0 * 255.0 / mse(a, reference));
  }

  /** {@code a} and {@code b} mixed, {@code share} of {@code b}. */
  static Luma blend(Luma a, Luma b, double share) {
    byte[] out = new byte[a.pixels().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Math.round((a.pixels()[i] & 255) * (1 - share) + (b.pixels()[i] & 255) * share);
    }
    return new Luma(a.width(), a.height(), out);
  }
}

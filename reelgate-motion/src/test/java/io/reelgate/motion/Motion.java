package io.reelgate.motion;

/**
 * Estimates how picture content moved between two luma frames, the way a viewer would judge it:
 * a brute-force search for the shift (or the scale about the centre) that best lines up the
 * middle of the second frame with the first. Frames are first box-shrunk to about 128 pixels wide,
 * which makes the search quick and insensitive to fine texture.
 */
public final class Motion {
  private static final int ANALYSIS_WIDTH = 128;

  private Motion() {}

  /** A luma plane. */
  public record Luma(int width, int height, byte[] pixels) {
    int at(int x, int y) {
      return pixels[y * width + x] & 255;
    }
  }

  /** Content displacement in full-size pixels, x right and y down, from {@code a} to {@code b}. */
  public record Shift(double x, double y) {}

  public static Shift shift(Luma a, Luma b) {
    int factor = Math.max(1, a.width() / ANALYSIS_WIDTH);
    float[] sa = shrink(a, factor);
    float[] sb = shrink(b, factor);
    int w = a.width() / factor;
    int h = a.height() / factor;
    int range = Math.min(w, h) / 3;
    double best = Double.MAX_VALUE;
    int bestX = 0;
    int bestY = 0;
    for (int dy = -range; dy <= range; dy++) {
      for (int dx = -range; dx <= range; dx++) {
        double cost = 0;
        for (int y = range; y < h - range; y++) {
          for (int x = range; x < w - range; x++) {
            // b(x) shows what a showed at x - d: content moved by d.
            cost += Math.abs(sb[y * w + x] - sa[(y - dy) * w + (x - dx)]);
          }
        }
        if (cost < best) {
          best = cost;
          bestX = dx;
          bestY = dy;
        }
      }
    }
    return new Shift(bestX * factor, bestY * factor);
  }

  /** The magnification of {@code b} relative to {@code a} about the frame centre. */
  public static double scale(Luma a, Luma b) {
    int factor = Math.max(1, a.width() / ANALYSIS_WIDTH);
    float[] sa = shrink(a, factor);
    float[] sb = shrink(b, factor);
    int w = a.width() / factor;
    int h = a.height() / factor;
    double cx = w / 2.0;
    double cy = h / 2.0;
    double best = Double.MAX_VALUE;
    double bestScale = 1;
    for (double s = 0.55; s <= 1.8; s *= 1.005) {
      double cost = 0;
      for (int y = h / 4; y < h * 3 / 4; y++) {
        for (int x = w / 4; x < w * 3 / 4; x++) {
          double ax = cx + (x + 0.5 - cx) / s - 0.5;
          double ay = cy + (y + 0.5 - cy) / s - 0.5;
          cost += Math.abs(sb[y * w + x] - bilinear(sa, w, h, ax, ay));
        }
      }
      if (cost < best) {
        best = cost;
        bestScale = s;
      }
    }
    return bestScale;
  }

  /** Mean absolute difference of two planes of the same size, in levels. */
  public static double meanDifference(Luma a, Luma b) {
    long sum = 0;
    for (int i = 0; i < a.pixels().length; i++) {
      sum += Math.abs((a.pixels()[i] & 255) - (b.pixels()[i] & 255));
    }
    return (double) sum / a.pixels().length;
  }

  public static double mean(Luma a) {
    long sum = 0;
    for (byte p : a.pixels()) sum += p & 255;
    return (double) sum / a.pixels().length;
  }

  private static float[] shrink(Luma luma, int factor) {
    int w = luma.width() / factor;
    int h = luma.height() / factor;
    float[] out = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float sum = 0;
        for (int j = 0; j < factor; j++) {
          for (int i = 0; i < factor; i++) {
            sum += luma.at(x * factor + i, y * factor + j);
          }
        }
        out[y * w + x] = sum / (factor * factor);
      }
    }
    return out;
  }

  private static double bilinear(float[] p, int w, int h, double x, double y) {
    x = Math.max(0, Math.min(w - 1.001, x));
    y = Math.max(0, Math.min(h - 1.001, y));
    int ix = (int) x;
    int iy = (int) y;
    double fx = x - ix;
    double fy = y - iy;
    double top = p[iy * w + ix] * (1 - fx) + p[iy * w + ix + 1] * fx;
    double bottom = p[(iy + 1) * w + ix] * (1 - fx) + p[(iy + 1) * w + ix + 1] * fx;
    return top * (1 - fy) + bottom * fy;
  }
}

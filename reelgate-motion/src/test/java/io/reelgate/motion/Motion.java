package io.reelgate.motion;

/**
 * Estimates how picture content moved between two luma frames, the way a viewer would judge it:
 * a brute-force search for the shift and scale (or the scale alone, about the centre) that best
 * line up the middle of the second frame with the first. Frames are first box-shrunk to about 128
 * pixels wide, which makes the search quick and insensitive to fine texture.
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

  /**
   * How far the content at the middle of {@code a} has moved in {@code b}, allowing for a change of
   * scale about it: a camera that travels from the whole picture pushes in as it goes, so content
   * moves and grows at once, and no pure shift lines the two frames up. A coarse search over scale
   * and shift on frames about 32 pixels wide, refined on frames about 128 wide.
   */
  public static Shift shift(Luma a, Luma b) {
    int fine = Math.max(1, a.width() / ANALYSIS_WIDTH);
    int coarse = fine * 4;
    Fit rough = bestFit(shrink(a, coarse), shrink(b, coarse), a.width() / coarse, a.height() / coarse, new Fit(1, 0, 0), 15, 1.04, -1);
    Fit seed = new Fit(rough.scale(), rough.x() * 4, rough.y() * 4);
    Fit fit = bestFit(shrink(a, fine), shrink(b, fine), a.width() / fine, a.height() / fine, seed, 4, 1.01, 5);
    return new Shift(fit.x() * fine, fit.y() * fine);
  }

  /** Content at {@code p} (from the middle of the frame) in the first frame is at {@code scale p + (x, y)} in the second. */
  private record Fit(double scale, int x, int y) {}

  /**
   * The fit with the least difference over the middle half of {@code b}: scales {@code
   * around.scale * step^k} for {@code |k| <= steps}, shifts within {@code reach} of {@code around}'s
   * ({@code reach < 0}: anywhere within a third of the short side). For each scale the first frame
   * is resampled once over the window the shifts can reach, so trying a shift is a plain sum.
   */
  private static Fit bestFit(float[] a, float[] b, int w, int h, Fit around, int steps, double step, int reach) {
    int range = reach < 0 ? Math.min(w, h) / 3 : reach;
    int x0 = w / 4;
    int y0 = h / 4;
    int x1 = w * 3 / 4;
    int y1 = h * 3 / 4;
    // The window of the scaled first frame that the shifted middle half reads: from (left, top), ww x wh.
    int left = x0 - around.x() - range;
    int top = y0 - around.y() - range;
    int ww = x1 - x0 + 2 * range + 1;
    int wh = y1 - y0 + 2 * range + 1;
    float[] scaled = new float[ww * wh];
    double best = Double.MAX_VALUE;
    Fit bestFit = around;
    for (int k = -steps; k <= steps; k++) {
      double s = around.scale() * Math.pow(step, k);
      for (int j = 0; j < wh; j++) {
        for (int i = 0; i < ww; i++) {
          double ax = w / 2.0 + (left + i + 0.5 - w / 2.0) / s - 0.5;
          double ay = h / 2.0 + (top + j + 0.5 - h / 2.0) / s - 0.5;
          scaled[j * ww + i] = (float) bilinear(a, w, h, ax, ay);
        }
      }
      for (int dy = around.y() - range; dy <= around.y() + range; dy++) {
        for (int dx = around.x() - range; dx <= around.x() + range; dx++) {
          double cost = 0;
          for (int y = y0; y < y1; y++) {
            int from = (y - dy - top) * ww - dx - left;
            for (int x = x0; x < x1; x++) {
              cost += Math.abs(b[y * w + x] - scaled[from + x]);
            }
          }
          if (cost < best) {
            best = cost;
            bestFit = new Fit(s, dx, dy);
          }
        }
      }
    }
    return bestFit;
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

package io.reelgate.app.bench;

import io.reelgate.motion.encode.LumaFrames;
import java.util.ArrayList;
import java.util.List;

/**
 * How smoothly the picture moves in a clip: the RMS frame-to-frame change of the motion
 * (acceleration, in pixels per frame squared) of the picture's left and right thirds, analysed on
 * frames decoded at {@value #ANALYSIS_WIDTH} pixels wide.
 *
 * <p>For every pair of consecutive frames it estimates the sub-pixel shift of each third: an
 * integer block search finds the nearest whole-pixel shift, then Lucas-Kanade (inverse
 * compositional, bilinear sampling) refines it to a fraction of a pixel. The second difference of
 * the shifts over the clip is the acceleration; a camera that moves smoothly, even if it speeds up
 * and slows down gently, scores near zero, a camera whose position is rounded to whole pixels
 * scores about half a pixel or more. The two thirds are measured apart because a push-in moves
 * them in opposite directions; the score is their mean.
 */
final class Smoothness {
  static final int ANALYSIS_WIDTH = 576;
  /** The block search looks this far around the previous pair's shift. */
  private static final int SEARCH_RADIUS = 4;
  /** Border left out of each block so that shifted samples stay inside the frame. */
  private static final int MARGIN = 24;
  /** Further re-centred searches when the best shift lies on the edge of the window. */
  private static final int MAX_RECENTRES = 4;
  private static final int MAX_ITERATIONS = 30;
  private static final double CONVERGED = 1e-4;

  private Smoothness() {}

  /** Content displacement from one frame to the next, x right and y down, in pixels. */
  record Shift(double dx, double dy) {
    static final Shift NONE = new Shift(0, 0);
  }

  /** A rectangle of the frame, {@code [x0, x1) x [y0, y1)}. */
  record Region(int x0, int y0, int x1, int y1) {
    Region {
      if (x1 <= x0 || y1 <= y0) {
        throw new IllegalArgumentException("empty region " + x0 + "," + y0 + " - " + x1 + "," + y1);
      }
    }
  }

  /** The score of a decoded clip: the mean over its left and right thirds of {@link #rms}. */
  static double score(LumaFrames video) {
    if (video.frames().size() < 3) {
      throw new IllegalArgumentException("acceleration needs at least 3 frames, got " + video.frames().size());
    }
    int third = video.width() / 3;
    Region left = inset(0, third, video.height());
    Region right = inset(video.width() - third, video.width(), video.height());
    return (rms(track(video, left)) + rms(track(video, right))) / 2;
  }

  /** The third {@code [x0, x1)} of a frame, less the margin that shifted samples need. */
  private static Region inset(int x0, int x1, int height) {
    return new Region(x0 + MARGIN, MARGIN, x1 - MARGIN, height - MARGIN);
  }

  /** The shift of {@code region} between every pair of consecutive frames. */
  static List<Shift> track(LumaFrames video, Region region) {
    List<Shift> shifts = new ArrayList<>(video.frames().size() - 1);
    Shift guess = Shift.NONE;
    for (int i = 0; i + 1 < video.frames().size(); i++) {
      guess = shift(video.frames().get(i), video.frames().get(i + 1), video.width(), video.height(), region, guess);
      shifts.add(guess);
    }
    return shifts;
  }

  /** RMS of the second difference of the positions, that is of the change between shifts. */
  static double rms(List<Shift> shifts) {
    if (shifts.size() < 2) {
      throw new IllegalArgumentException("acceleration needs at least 2 shifts, got " + shifts.size());
    }
    double sum = 0;
    for (int i = 0; i + 1 < shifts.size(); i++) {
      double ax = shifts.get(i + 1).dx() - shifts.get(i).dx();
      double ay = shifts.get(i + 1).dy() - shifts.get(i).dy();
      sum += ax * ax + ay * ay;
    }
    return Math.sqrt(sum / (shifts.size() - 1));
  }

  /**
   * How far the content of {@code region} in {@code from} moved in {@code to}: {@code to(p + shift)}
   * shows what {@code from(p)} showed. {@code guess} (the previous pair's shift) centres the search.
   */
  static Shift shift(byte[] from, byte[] to, int width, int height, Region region, Shift guess) {
    if (region.x0() < MARGIN || region.y0() < MARGIN || region.x1() > width - MARGIN || region.y1() > height - MARGIN) {
      throw new IllegalArgumentException("region " + region + " leaves less than " + MARGIN + " px to the frame's edge");
    }
    int[] whole = wholePixelShift(from, to, width, region, (int) Math.round(guess.dx()), (int) Math.round(guess.dy()));
    return refine(from, to, width, region, whole[0], whole[1]);
  }

  /** The whole-pixel shift with the least sum of squared differences, sampling every other pixel. */
  private static int[] wholePixelShift(byte[] from, byte[] to, int width, Region region, int cx, int cy) {
    int limit = MARGIN - 2;
    for (int attempt = 0; ; attempt++) {
      long best = Long.MAX_VALUE;
      int bestX = cx;
      int bestY = cy;
      for (int dy = cy - SEARCH_RADIUS; dy <= cy + SEARCH_RADIUS; dy++) {
        for (int dx = cx - SEARCH_RADIUS; dx <= cx + SEARCH_RADIUS; dx++) {
          if (Math.abs(dx) > limit || Math.abs(dy) > limit) continue;
          long cost = 0;
          for (int y = region.y0(); y < region.y1() && cost < best; y += 2) {
            int a = y * width;
            int b = (y + dy) * width + dx;
            for (int x = region.x0(); x < region.x1(); x += 2) {
              int d = (from[a + x] & 255) - (to[b + x] & 255);
              cost += d * d;
            }
          }
          if (cost < best) {
            best = cost;
            bestX = dx;
            bestY = dy;
          }
        }
      }
      boolean onEdge = Math.abs(bestX - cx) == SEARCH_RADIUS || Math.abs(bestY - cy) == SEARCH_RADIUS;
      if (!onEdge || attempt == MAX_RECENTRES) return new int[] {bestX, bestY};
      cx = bestX;
      cy = bestY;
    }
  }

  /**
   * Lucas-Kanade, inverse compositional: the gradient of {@code from} over the region is fixed, so
   * each step samples {@code to} at the current shift and solves one 2x2 system.
   */
  private static Shift refine(byte[] from, byte[] to, int width, Region region, int startX, int startY) {
    int w = region.x1() - region.x0();
    int h = region.y1() - region.y0();
    float[] gx = new float[w * h];
    float[] gy = new float[w * h];
    double hxx = 0;
    double hxy = 0;
    double hyy = 0;
    for (int y = 0; y < h; y++) {
      int row = (region.y0() + y) * width + region.x0();
      for (int x = 0; x < w; x++) {
        int p = row + x;
        float sx = ((from[p + 1] & 255) - (from[p - 1] & 255)) / 2f;
        float sy = ((from[p + width] & 255) - (from[p - width] & 255)) / 2f;
        gx[y * w + x] = sx;
        gy[y * w + x] = sy;
        hxx += sx * sx;
        hxy += sx * sy;
        hyy += sy * sy;
      }
    }
    double det = hxx * hyy - hxy * hxy;
    if (det <= 1e-9 * (hxx * hyy + 1)) {
      return new Shift(startX, startY); // no texture to lock onto: the block search is all there is
    }
    double limit = MARGIN - 2;
    double dx = startX;
    double dy = startY;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      int ix = (int) Math.floor(dx);
      int iy = (int) Math.floor(dy);
      double fx = dx - ix;
      double fy = dy - iy;
      double w00 = (1 - fx) * (1 - fy);
      double w10 = fx * (1 - fy);
      double w01 = (1 - fx) * fy;
      double w11 = fx * fy;
      double bx = 0;
      double by = 0;
      for (int y = 0; y < h; y++) {
        int a = (region.y0() + y) * width + region.x0();
        int b = (region.y0() + y + iy) * width + region.x0() + ix;
        for (int x = 0; x < w; x++) {
          int q = b + x;
          double sampled =
              w00 * (to[q] & 255) + w10 * (to[q + 1] & 255) + w01 * (to[q + width] & 255) + w11 * (to[q + width + 1] & 255);
          double residual = sampled - (from[a + x] & 255);
          bx += gx[y * w + x] * residual;
          by += gy[y * w + x] * residual;
        }
      }
      double stepX = (hyy * bx - hxy * by) / det;
      double stepY = (hxx * by - hxy * bx) / det;
      dx = clamp(dx - stepX, limit);
      dy = clamp(dy - stepY, limit);
      if (Math.abs(stepX) < CONVERGED && Math.abs(stepY) < CONVERGED) break;
    }
    return new Shift(dx, dy);
  }

  private static double clamp(double value, double limit) {
    return Math.max(-limit, Math.min(limit, value));
  }
}

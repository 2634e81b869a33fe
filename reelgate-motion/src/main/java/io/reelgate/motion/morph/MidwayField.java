package io.reelgate.motion.morph;

import java.util.Arrays;

/**
 * The morph at one moment {@code t}: per point of the flow grid, the motion from the first picture to
 * the last of the content that is there at {@code t} ({@link #x}, {@link #y}, in working pixels), and
 * the share of the last picture to show there ({@link #weight}, 0 to 1). A frame then shows the first
 * picture read at {@code p - t m} blended with the last read at {@code p + (1 - t) m}.
 *
 * <p>Made by carrying each matched point of either picture to where it is at {@code t} (a forward
 * splat of the flow). Where two land on one point the larger motion wins: what moves across the
 * frame passes in front of what stays. A point nothing lands on shows what is still there: the
 * first picture's content if it has not moved away (or was never found in the last), the last's if
 * it has not yet arrived, a cross-fade of both if both hold, and otherwise (a gap where content
 * stretches) the mean of its filled neighbours.
 */
public final class MidwayField {
  /** Gaps wider than twice this many points are left as a cross-fade. */
  private static final int GAP_PASSES = 8;

  public final int width;
  public final int height;
  /** Working pixels per point along each side: point {@code (i, j)} covers pixels {@code [i s, (i + 1) s)}. */
  public final int pointSize;
  public final float[] x;
  public final float[] y;
  public final float[] weight;
  /** Squared motion of the point's content in grid points; negative where nothing is yet. */
  private final float[] priority;
  private final float[] sums;

  MidwayField(int width, int height, int pointSize) {
    this.width = width;
    this.height = height;
    this.pointSize = pointSize;
    this.x = new float[width * height];
    this.y = new float[width * height];
    this.weight = new float[width * height];
    this.priority = new float[width * height];
    this.sums = new float[4 * width * height];
  }

  void fill(Morph morph, float t) {
    Arrays.fill(priority, -1);
    splat(morph.forward, morph.forwardFound, t, 1, t);
    splat(morph.backward, morph.backwardFound, 1 - t, -1, t);
    for (int i = 0; i < priority.length; i++) {
      if (priority[i] >= 0) continue;
      boolean firstStays = !leaves(morph.forward, morph.forwardFound, i, t);
      boolean lastStays = !leaves(morph.backward, morph.backwardFound, i, 1 - t);
      if (firstStays || lastStays) set(i, 0, 0, firstStays && lastStays ? t : firstStays ? 0 : 1, 0);
    }
    closeGaps(t);
    for (int i = 0; i < x.length; i++) {
      x[i] *= pointSize;
      y[i] *= pointSize;
    }
  }

  /** Carries every found point of {@code flow} a share {@code s} of its motion; {@code sign} -1 for the last picture's flow. */
  private void splat(FlowField flow, boolean[] found, float s, int sign, float t) {
    for (int j = 0; j < flow.height; j++) {
      for (int i = 0; i < flow.width; i++) {
        int k = j * flow.width + i;
        if (!found[k]) continue;
        int tx = Math.round(i + s * flow.x[k]);
        int ty = Math.round(j + s * flow.y[k]);
        if (tx < 0 || ty < 0 || tx >= width || ty >= height) continue;
        float motion = flow.x[k] * flow.x[k] + flow.y[k] * flow.y[k];
        int at = ty * width + tx;
        if (motion > priority[at]) set(at, sign * flow.x[k], sign * flow.y[k], t, motion);
      }
    }
  }

  /** Whether the content at point {@code i} moves more than a point away by share {@code s} of its motion. */
  private static boolean leaves(FlowField flow, boolean[] found, int i, float s) {
    float mx = flow.x[i] * s;
    float my = flow.y[i] * s;
    return found[i] && mx * mx + my * my > 1;
  }

  /** Fills gaps from their filled neighbours, a ring per pass; what is left cross-fades. */
  private void closeGaps(float t) {
    for (int pass = 0; pass < GAP_PASSES; pass++) {
      // Sums of x, y, weight and their count per gap point, applied after the pass, so that each
      // pass grows a gap's edge by one ring.
      Arrays.fill(sums, 0);
      boolean open = false;
      for (int j = 0; j < height; j++) {
        for (int i = 0; i < width; i++) {
          int k = j * width + i;
          if (priority[k] >= 0) continue;
          if (i > 0) gather(k, k - 1);
          if (i < width - 1) gather(k, k + 1);
          if (j > 0) gather(k, k - width);
          if (j < height - 1) gather(k, k + width);
          open |= sums[4 * k + 3] == 0;
        }
      }
      for (int k = 0; k < priority.length; k++) {
        float n = sums[4 * k + 3];
        if (n > 0) set(k, sums[4 * k] / n, sums[4 * k + 1] / n, sums[4 * k + 2] / n, 0);
      }
      if (!open) return;
    }
    for (int k = 0; k < priority.length; k++) {
      if (priority[k] < 0) set(k, 0, 0, t, 0);
    }
  }

  private void gather(int k, int neighbour) {
    if (priority[neighbour] < 0) return;
    sums[4 * k] += x[neighbour];
    sums[4 * k + 1] += y[neighbour];
    sums[4 * k + 2] += weight[neighbour];
    sums[4 * k + 3]++;
  }

  private void set(int i, float mx, float my, float w, float motion) {
    x[i] = mx;
    y[i] = my;
    weight[i] = w;
    priority[i] = motion;
  }
}

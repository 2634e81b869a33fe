package io.reelgate.motion.morph;

import java.util.ArrayList;
import java.util.List;

/**
 * Dense optical flow by coarse-to-fine block matching: on the smallest level of an image pyramid
 * every point searches a wide window for the 5x5 patch of the other picture that differs least; on
 * each finer level it searches a few points around twice the coarser answer (and around no motion),
 * and a 3x3 median then removes lone outliers. The finest level refines to a sub-point by fitting a
 * parabola through the costs. A small penalty per point of departure from the prediction settles
 * flat areas, where every candidate costs the same, on the prediction (or on no motion).
 *
 * <p>Block matching rather than a variational method: a morph moves whole things across the frame,
 * which the wide coarse search finds, and it needs no iterations to converge.
 */
final class DenseFlow {
  /** Patch radius: patches are 5x5. */
  private static final int PATCH = 2;
  /** Search radius around the prediction on the finer levels. */
  private static final int REFINE = 2;
  /** The pyramid stops before a level whose short side would fall under this. */
  private static final int COARSEST_SIDE = 16;
  /** Cost per point of departure from the prediction, in mean levels of difference. */
  private static final float PENALTY = 0.4f;
  /**
   * On the coarsest level, per point of motion: only enough to prefer stillness where all is
   * alike, since there coarse texture is averaged away and true matches win by little.
   */
  private static final float COARSE_PENALTY = 0.05f;

  private DenseFlow() {}

  /**
   * The pyramid of {@code plane}, finest first, every level smoothed: a patch then matches one
   * shifted by a fraction of a point nearly as well as an exact copy, so texture finer than a point
   * does not hide a match.
   */
  static List<Plane> pyramid(Plane plane) {
    List<Plane> levels = new ArrayList<>();
    levels.add(plane.blurred());
    while (Math.min(levels.getLast().width, levels.getLast().height) / 2 >= COARSEST_SIDE) {
      levels.add(levels.getLast().half().blurred());
    }
    return levels;
  }

  /** Where each point of {@code from} (finest level) went in {@code to}; both pyramids alike. */
  static FlowField between(List<Plane> from, List<Plane> to) {
    FlowField flow = null;
    for (int level = from.size() - 1; level >= 0; level--) {
      flow = level(from.get(level), to.get(level), flow, level == 0);
    }
    return flow;
  }

  private static FlowField level(Plane a, Plane b, FlowField coarser, boolean finest) {
    FlowField flow = new FlowField(a.width, a.height);
    boolean coarsest = coarser == null;
    int rangeX = coarsest ? Math.max(REFINE, a.width / 2) : REFINE;
    int rangeY = coarsest ? Math.max(REFINE, a.height / 2) : REFINE;
    float penalty = coarsest ? COARSE_PENALTY : PENALTY;
    for (int y = 0; y < a.height; y++) {
      for (int x = 0; x < a.width; x++) {
        int px = 0;
        int py = 0;
        if (!coarsest) {
          int cx = Math.min(x / 2, coarser.width - 1);
          int cy = Math.min(y / 2, coarser.height - 1);
          px = Math.round(2 * coarser.x[cy * coarser.width + cx]);
          py = Math.round(2 * coarser.y[cy * coarser.width + cx]);
        }
        float best = Float.MAX_VALUE;
        int bestX = 0;
        int bestY = 0;
        // Around the prediction, then around no motion (a still background under a moving thing).
        for (int round = 0; round < (coarsest ? 1 : 2); round++) {
          int ox = round == 0 ? px : 0;
          int oy = round == 0 ? py : 0;
          for (int dy = oy - rangeY; dy <= oy + rangeY; dy++) {
            for (int dx = ox - rangeX; dx <= ox + rangeX; dx++) {
              float cost = patchCost(a, b, x, y, dx, dy) + penalty * (Math.abs(dx - px) + Math.abs(dy - py));
              if (cost < best) {
                best = cost;
                bestX = dx;
                bestY = dy;
              }
            }
          }
        }
        int i = y * a.width + x;
        flow.x[i] = bestX;
        flow.y[i] = bestY;
      }
    }
    FlowField smooth = median(flow);
    if (finest) refine(a, b, smooth);
    return smooth;
  }

  /** Mean absolute difference of the patch at {@code (x, y)} in {@code a} and at {@code (x + dx, y + dy)} in {@code b}. */
  static float patchCost(Plane a, Plane b, int x, int y, int dx, int dy) {
    float sum = 0;
    for (int j = -PATCH; j <= PATCH; j++) {
      for (int i = -PATCH; i <= PATCH; i++) {
        sum += Math.abs(a.at(x + i, y + j) - b.at(x + i + dx, y + j + dy));
      }
    }
    return sum / ((2 * PATCH + 1) * (2 * PATCH + 1));
  }

  /** Each component replaced by the median of its 3x3 neighbourhood. */
  private static FlowField median(FlowField flow) {
    FlowField out = new FlowField(flow.width, flow.height);
    float[] window = new float[9];
    for (float[][] planes : new float[][][] {{flow.x, out.x}, {flow.y, out.y}}) {
      for (int y = 0; y < flow.height; y++) {
        for (int x = 0; x < flow.width; x++) {
          int n = 0;
          for (int j = -1; j <= 1; j++) {
            int row = Math.min(flow.height - 1, Math.max(0, y + j)) * flow.width;
            for (int i = -1; i <= 1; i++) window[n++] = planes[0][row + Math.min(flow.width - 1, Math.max(0, x + i))];
          }
          java.util.Arrays.sort(window);
          planes[1][y * flow.width + x] = window[4];
        }
      }
    }
    return out;
  }

  /** Sub-point motion: the vertex of the parabola through the costs either side of the best whole point. */
  private static void refine(Plane a, Plane b, FlowField flow) {
    for (int y = 0; y < a.height; y++) {
      for (int x = 0; x < a.width; x++) {
        int i = y * a.width + x;
        int dx = (int) flow.x[i];
        int dy = (int) flow.y[i];
        float centre = patchCost(a, b, x, y, dx, dy);
        flow.x[i] = dx + vertex(patchCost(a, b, x, y, dx - 1, dy), centre, patchCost(a, b, x, y, dx + 1, dy));
        flow.y[i] = dy + vertex(patchCost(a, b, x, y, dx, dy - 1), centre, patchCost(a, b, x, y, dx, dy + 1));
      }
    }
  }

  private static float vertex(float before, float centre, float after) {
    float curvature = before - 2 * centre + after;
    if (curvature <= 0) return 0;
    float offset = (before - after) / (2 * curvature);
    return offset < -0.5f ? -0.5f : Math.min(offset, 0.5f);
  }
}

package io.reelgate.motion.morph;

import java.util.List;

/**
 * The correspondence between a clip's first and last pictures, found once per job: dense flow from
 * the first to the last and from the last to the first, on a grid of points each covering {@link
 * #pointSize} working pixels, and for each point whether its content was found in the other picture.
 * Content is found where the two flows agree (going there and back returns near the start) and the
 * matched patches look alike; elsewhere (content hidden in the other picture, or pictures that do
 * not correspond at all) the morph falls back to a cross-fade. Immutable once made: every renderer
 * of the job shares it.
 */
public final class Morph {
  /** The flow is estimated on at most this many points along the long side. */
  static final int FLOW_SIDE = 160;
  /** There and back may miss the start by this many points, plus {@link #AGREEMENT_SHARE} of the motion. */
  private static final float AGREEMENT = 1.5f;
  private static final float AGREEMENT_SHARE = 0.1f;
  /** Matched patches differ by at most this many luma levels on average. */
  private static final float LIKENESS = 12;

  private final int pointSize;
  final FlowField forward;
  final FlowField backward;
  final boolean[] forwardFound;
  final boolean[] backwardFound;

  private Morph(int pointSize, FlowField forward, FlowField backward, boolean[] forwardFound, boolean[] backwardFound) {
    this.pointSize = pointSize;
    this.forward = forward;
    this.backward = backward;
    this.forwardFound = forwardFound;
    this.backwardFound = backwardFound;
  }

  /** Matches two luma planes of {@code width x height} bytes (the working copies of the pictures). */
  public static Morph between(byte[] firstLuma, byte[] lastLuma, int width, int height) {
    int pointSize = Math.max(1, (Math.max(width, height) + FLOW_SIDE - 1) / FLOW_SIDE);
    Plane first = Plane.shrunk(firstLuma, width, height, pointSize);
    Plane last = Plane.shrunk(lastLuma, width, height, pointSize);
    List<Plane> firstPyramid = DenseFlow.pyramid(first);
    List<Plane> lastPyramid = DenseFlow.pyramid(last);
    FlowField forward = DenseFlow.between(firstPyramid, lastPyramid);
    FlowField backward = DenseFlow.between(lastPyramid, firstPyramid);
    // Likeness is judged unsmoothed: smoothing makes any two textures look alike.
    return new Morph(
        pointSize, forward, backward, found(forward, backward, first, last), found(backward, forward, last, first));
  }

  /** Working pixels per point of the flow grid, along each side. */
  public int pointSize() {
    return pointSize;
  }

  /** A field to fill with {@link #midway}, one per renderer. */
  public MidwayField newField() {
    return new MidwayField(forward.width, forward.height, pointSize);
  }

  /** Fills {@code into} for the moment {@code t} of the morph, 0 (the first picture) to 1 (the last). */
  public void midway(double t, MidwayField into) {
    into.fill(this, (float) t);
  }

  /** Mean absolute difference of the 3x3 patch at {@code (x, y)} and the one at the motion's end, read bilinear. */
  static float likeness(Plane from, Plane to, int x, int y, float fx, float fy) {
    float sum = 0;
    for (int j = -1; j <= 1; j++) {
      for (int i = -1; i <= 1; i++) {
        sum += Math.abs(from.at(x + i, y + j) - Bilinear.at(to.values, to.width, to.height, x + i + fx, y + j + fy));
      }
    }
    return sum / 9;
  }

  /** Where the content of {@code from} was found in {@code to}: there and back agree, and it looks alike. */
  private static boolean[] found(FlowField there, FlowField back, Plane from, Plane to) {
    boolean[] found = new boolean[there.x.length];
    for (int y = 0; y < there.height; y++) {
      for (int x = 0; x < there.width; x++) {
        int i = y * there.width + x;
        float fx = there.x[i];
        float fy = there.y[i];
        float tx = x + fx;
        float ty = y + fy;
        if (tx < -0.5f || ty < -0.5f || tx > there.width - 0.5f || ty > there.height - 0.5f) continue;
        float missX = fx + back.xAt(tx, ty);
        float missY = fy + back.yAt(tx, ty);
        float miss = (float) Math.sqrt(missX * missX + missY * missY);
        float motion = (float) Math.sqrt(fx * fx + fy * fy);
        found[i] =
            miss <= AGREEMENT + AGREEMENT_SHARE * motion
                && likeness(from, to, x, y, fx, fy) <= LIKENESS;
      }
    }
    return found;
  }
}

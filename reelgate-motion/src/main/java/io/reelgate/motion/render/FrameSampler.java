package io.reelgate.motion.render;

import io.reelgate.motion.encode.YuvFrame;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The hot path: fills a frame from a {@link WorkingPicture} through a per-frame map, every output
 * sample read at its exact sub-pixel position by bilinear interpolation (8 fractional bits, 1/256
 * pixel), with no allocation and no virtual call per pixel.
 *
 * <p>Two paths give the same filter. When the map keeps the axes (push, pull, zoom, truck,
 * pedestal, static: no pan, tilt or roll) it is separable: every output column reads the same two
 * working columns with the same weights in every row, and every output row the same two working
 * rows. Then each working row the frame needs is resampled across once (one 16-bit load per
 * sample), and each output row mixes two of those rows with one weight, a straight loop the JIT
 * compiles to vector instructions; positions are clamped to the picture once per row and column,
 * not per pixel. That costs about a third of a general sample. Any other map (pan, tilt, roll,
 * shake) steps positions along each row in fixed point.
 *
 * <p>Holds scratch rows, reused frame after frame: one sampler per thread.
 */
final class FrameSampler {
  /**
   * Positions are computed exactly every {@value} pixels and stepped linearly in between. For an
   * affine map that is exact; for a pan or tilt the divisor changes by well under 1% over a span,
   * so the straight-line step is off by less than 1/100 pixel while saving a divide per pixel.
   */
  static final int SPAN = 16;

  /**
   * The separable path works through a frame in bands of this many rows, a call each. The first
   * frames of a process run before the JIT has compiled the renderer: as one long loop a frame, the
   * JIT compiled the frame's loop mid-run (on-stack replacement) and then again as a method, two
   * large compilations competing with the encoder for the cores. As many short calls, the band is
   * called often enough, in the start-up cache's training too, to be compiled once as a method, and
   * from the training's profile at its first call (docs/BENCHMARKS.md: with bands of 16 the
   * training's 512P clip still compiled it mid-run; with 2, the JIT's time in a render fell from
   * 0.27 to 0.20 s of CPU).
   */
  static final int BAND = 2;

  private static final double ONE = 1 << 24;
  /** Reads two neighbouring 8-bit samples at once, the left one in the low byte. */
  private static final VarHandle PAIR = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

  // Scratch of the separable path, grown to the largest frame seen.
  /** Per output column: the left one of the two working columns it reads. */
  private int[] columns = new int[0];
  /** Per output column: the weight of the right working column, 0 to 256. */
  private int[] columnWeights = new int[0];
  /** Working rows resampled across (8 fractional bits): two of plane A, then two of plane B. */
  private final int[][] across = {new int[0], new int[0], new int[0], new int[0]};
  /** The working rows held in {@code across[0]} and {@code across[1]}, -1 for none; see {@link #held}. */
  private final int[] rowsHeld = {-1, -1};
  /** One output row before narrowing to bytes. */
  private int[] mixed = new int[0];

  /** Fills all three planes of {@code out} from {@code picture}. */
  public void sample(WorkingPicture picture, Homography luma, Homography chroma, YuvFrame out) {
    int cw = picture.width / 2;
    int ch = picture.height / 2;
    if (keepsAxes(luma) && keepsAxes(chroma)) {
      separable(picture.y, picture.y, picture.width, picture.height, luma, out.y, out.y, out.width, out.height);
      separable(picture.u, picture.v, cw, ch, chroma, out.u, out.v, out.chromaWidth(), out.chromaHeight());
      return;
    }
    samplePlane(picture.y, picture.width, picture.height, luma, out.y, out.width, out.height);
    samplePlane(picture.u, cw, ch, chroma, out.u, out.chromaWidth(), out.chromaHeight());
    samplePlane(picture.v, cw, ch, chroma, out.v, out.chromaWidth(), out.chromaHeight());
  }

  /** Affine (normalized, so {@code m22 = 1}) with x depending on the column only, y on the row. */
  static boolean keepsAxes(Homography map) {
    return map.m20() == 0 && map.m21() == 0 && map.m01() == 0 && map.m10() == 0 && map.m22() == 1;
  }

  /**
   * The separable path for one plane, or for two planes read through the same map (chroma):
   * {@code srcA} into {@code dstA} and {@code srcB} into {@code dstB}; {@code srcB == srcA} for
   * one plane. A position past the outermost sample is clamped to it, as on the general path (the
   * framing keeps the frame inside the picture, so only its outermost pixels get there, within half
   * a sample of the edge).
   */
  private void separable(
      byte[] srcA, byte[] srcB, int sw, int sh, Homography map, byte[] dstA, byte[] dstB, int dw, int dh) {
    if (columns.length < dw) {
      columns = new int[dw];
      columnWeights = new int[dw];
      mixed = new int[dw];
      for (int k = 0; k < across.length; k++) across[k] = new int[dw];
    }
    planColumns(map, sw, dw);
    rowsHeld[0] = -1;
    rowsHeld[1] = -1;
    for (int from = 0; from < dh; from += BAND) {
      separableRows(from, Math.min(dh, from + BAND), srcA, srcB, sw, sh, map, dstA, dstB, dw);
    }
  }

  private void planColumns(Homography map, int sw, int dw) {
    for (int col = 0; col < dw; col++) {
      int cell = cell(map.m00() * col + map.m02(), sw);
      columns[col] = cell >>> 9;
      columnWeights[col] = cell & 511;
    }
  }

  /** Output rows {@code from} to {@code to - 1} of the separable path. */
  private void separableRows(
      int from, int to, byte[] srcA, byte[] srcB, int sw, int sh, Homography map, byte[] dstA, byte[] dstB, int dw) {
    boolean two = srcB != srcA;
    for (int row = from; row < to; row++) {
      int cell = cell(map.m11() * row + map.m12(), sh);
      int upper = cell >>> 9;
      int weight = cell & 511;
      int a = held(upper, srcA, srcB, sw, dw);
      int b = held(upper + 1, srcA, srcB, sw, dw);
      mixRows(across[a], across[b], weight, dstA, row * dw, dw);
      if (two) mixRows(across[a + 2], across[b + 2], weight, dstB, row * dw, dw);
    }
  }

  /**
   * The slot (0 or 1, and 2 or 3 for plane B) that holds working row {@code r} resampled across,
   * resampling it into the slot not holding {@code r - 1} if neither holds it. Frames ask for rows
   * in order, so each working row is resampled at most once per frame.
   */
  private int held(int r, byte[] srcA, byte[] srcB, int sw, int dw) {
    if (rowsHeld[0] == r) return 0;
    if (rowsHeld[1] == r) return 1;
    int slot = rowsHeld[0] == r - 1 ? 1 : 0;
    rowsHeld[slot] = r;
    resampleAcross(srcA, r * sw, across[slot], dw);
    if (srcB != srcA) resampleAcross(srcB, r * sw, across[slot + 2], dw);
    return slot;
  }

  /**
   * Where position {@code p} falls among the samples {@code 0..size-1}: the first of the two
   * samples around it, {@code << 9}, or'd with the weight of the second, 0 to 256 (rounded).
   * Outside the picture it is clamped to the edge.
   */
  private static int cell(double p, int size) {
    double last = size - 1;
    p = p < 0 ? 0 : p > last ? last : p;
    int i = Math.min((int) p, size - 2);
    int weight = (int) ((p - i) * 256 + 0.5);
    return i << 9 | weight;
  }

  /** The working row at {@code offset}, mixed across at every output column, 8 fractional bits. */
  private void resampleAcross(byte[] src, int offset, int[] into, int dw) {
    int[] columns = this.columns;
    int[] weights = this.columnWeights;
    for (int col = 0; col < dw; col++) {
      int pair = (char) (short) PAIR.get(src, offset + columns[col]);
      int left = pair & 255;
      into[col] = (left << 8) + ((pair >>> 8) - left) * weights[col];
    }
  }

  /**
   * One output row: two resampled rows mixed down, rounded. Two loops on purpose: the JIT
   * vectorizes a shift that stays in an int array, not one that is narrowed to bytes in the same
   * loop (measured: together they cost twice as much).
   */
  private void mixRows(int[] upper, int[] lower, int weight, byte[] dst, int offset, int dw) {
    int[] mixed = this.mixed;
    for (int col = 0; col < dw; col++) {
      int top = upper[col];
      mixed[col] = ((top << 8) + (lower[col] - top) * weight + 32768) >> 16;
    }
    for (int col = 0; col < dw; col++) {
      dst[offset + col] = (byte) mixed[col];
    }
  }

  static void samplePlane(
      byte[] src, int sw, int sh, Homography map, byte[] dst, int dw, int dh) {
    for (int row = 0; row < dh; row++) {
      int offset = row * dw;
      for (int col = 0; col < dw; col += SPAN) {
        int count = Math.min(SPAN, dw - col);
        double x0 = map.mapX(col, row);
        double y0 = map.mapY(col, row);
        double x1 = map.mapX(col + count, row);
        double y1 = map.mapY(col + count, row);
        if (inside(x0, x1, sw) && inside(y0, y1, sh)) {
          spanInside(src, sw, dst, offset + col, count, x0, y0, (x1 - x0) / count, (y1 - y0) / count);
        } else {
          spanNearEdge(src, sw, sh, dst, offset + col, count, x0, y0, (x1 - x0) / count, (y1 - y0) / count);
        }
      }
    }
  }

  /** Both ends, and so the whole straight span between them, lie where the 2x2 filter fits. */
  private static boolean inside(double a, double b, int size) {
    double last = size - 1;
    return a >= 0 && b >= 0 && a < last && b < last;
  }

  /**
   * The inner loop: fixed point with 24 fractional bits, so stepping along the span costs two
   * additions, and the filter's 8-bit weights are the top bits of the fraction.
   */
  private static void spanInside(
      byte[] src, int sw, byte[] dst, int at, int count, double x, double y, double dx, double dy) {
    long px = (long) (x * ONE);
    long py = (long) (y * ONE);
    long stepX = (long) (dx * ONE);
    long stepY = (long) (dy * ONE);
    for (int k = 0; k < count; k++) {
      int fx = (int) (px >>> 16) & 255;
      int fy = (int) (py >>> 16) & 255;
      int i = (int) (py >>> 24) * sw + (int) (px >>> 24);
      int a = src[i] & 255;
      int b = src[i + 1] & 255;
      int c = src[i + sw] & 255;
      int d = src[i + sw + 1] & 255;
      int top = (a << 8) + (b - a) * fx;
      int bottom = (c << 8) + (d - c) * fx;
      dst[at + k] = (byte) (((top << 8) + (bottom - top) * fy + 32768) >> 16);
      px += stepX;
      py += stepY;
    }
  }

  /** A span that reaches past the outermost samples (the frame's edge pixels): positions are clamped. */
  private static void spanNearEdge(
      byte[] src, int sw, int sh, byte[] dst, int at, int count, double x, double y, double dx, double dy) {
    double maxX = sw - 1;
    double maxY = sh - 1;
    for (int k = 0; k < count; k++) {
      dst[at + k] = bilinear(src, sw, maxX, maxY, x + k * dx, y + k * dy);
    }
  }

  private static byte bilinear(byte[] src, int stride, double maxX, double maxY, double x, double y) {
    x = x < 0 ? 0 : x > maxX ? maxX : x;
    y = y < 0 ? 0 : y > maxY ? maxY : y;
    int ix = (int) x;
    int iy = (int) y;
    if (ix == (int) maxX) ix--;
    if (iy == (int) maxY) iy--;
    int fx = (int) ((x - ix) * 256);
    int fy = (int) ((y - iy) * 256);
    int i = iy * stride + ix;
    int top = (src[i] & 255) * (256 - fx) + (src[i + 1] & 255) * fx;
    int bottom = (src[i + stride] & 255) * (256 - fx) + (src[i + stride + 1] & 255) * fx;
    return (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
  }
}

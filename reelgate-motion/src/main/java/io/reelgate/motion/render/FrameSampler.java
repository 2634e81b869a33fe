package io.reelgate.motion.render;

import io.reelgate.motion.encode.YuvFrame;

/**
 * The hot path: fills a frame from a {@link WorkingPicture} through a per-frame map, every output
 * sample read at its exact sub-pixel position by bilinear interpolation (8 fractional bits, 1/256
 * pixel). Positions step incrementally along a row in fixed point, two additions per pixel for any
 * map, with no allocation and no virtual call per pixel.
 */
public final class FrameSampler {
  /**
   * Positions are computed exactly every {@value} pixels and stepped linearly in between. For an
   * affine map that is exact; for a pan or tilt the divisor changes by well under 1% over a span,
   * so the straight-line step is off by less than 1/100 pixel while saving a divide per pixel.
   */
  static final int SPAN = 16;

  private static final double ONE = 1 << 24;

  private FrameSampler() {}

  /** Fills all three planes of {@code out} from {@code picture}. */
  public static void sample(WorkingPicture picture, Homography luma, Homography chroma, YuvFrame out) {
    samplePlane(picture.y, picture.width, picture.height, luma, out.y, out.width, out.height);
    int cw = picture.width / 2;
    int ch = picture.height / 2;
    samplePlane(picture.u, cw, ch, chroma, out.u, out.chromaWidth(), out.chromaHeight());
    samplePlane(picture.v, cw, ch, chroma, out.v, out.chromaWidth(), out.chromaHeight());
  }

  /**
   * Mixes {@code other} into {@code into}: {@code weight} 0 keeps {@code into}, 256 replaces it.
   */
  public static void blend(YuvFrame into, YuvFrame other, int weight) {
    blendPlane(into.y, other.y, weight);
    blendPlane(into.u, other.u, weight);
    blendPlane(into.v, other.v, weight);
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

  /** A span that touches the picture's edge: positions are clamped (only rounding gets here). */
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

  private static void blendPlane(byte[] into, byte[] other, int weight) {
    int keep = 256 - weight;
    for (int i = 0; i < into.length; i++) {
      into[i] = (byte) (((into[i] & 255) * keep + (other[i] & 255) * weight + 128) >> 8);
    }
  }
}

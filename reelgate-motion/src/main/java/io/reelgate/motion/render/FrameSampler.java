package io.reelgate.motion.render;

import io.reelgate.motion.encode.YuvFrame;

/**
 * The hot path: fills a frame from a {@link WorkingPicture} through a per-frame map, every output
 * sample read at its exact sub-pixel position by bilinear interpolation (8 fractional bits, 1/256
 * pixel). Positions step incrementally along a row; an affine map costs two additions per pixel, a
 * projective one (pan, tilt) a divide more. No allocation and no virtual call per pixel.
 */
public final class FrameSampler {
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
    // Positions are kept inside the picture: the framing already guarantees it, the clamp only
    // guards against rounding, and repeats an edge pixel at most a fraction of a pixel.
    double maxX = sw - 1;
    double maxY = sh - 1;
    boolean affine = map.isAffine();
    double stepX = map.m00();
    double stepY = map.m10();
    double stepW = map.m20();
    for (int row = 0; row < dh; row++) {
      double x = map.m01() * row + map.m02();
      double y = map.m11() * row + map.m12();
      double w = map.m21() * row + map.m22();
      int offset = row * dw;
      if (affine) {
        for (int col = 0; col < dw; col++) {
          dst[offset + col] = bilinear(src, sw, maxX, maxY, x, y);
          x += stepX;
          y += stepY;
        }
      } else {
        for (int col = 0; col < dw; col++) {
          double inverse = 1 / w;
          dst[offset + col] = bilinear(src, sw, maxX, maxY, x * inverse, y * inverse);
          x += stepX;
          y += stepY;
          w += stepW;
        }
      }
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

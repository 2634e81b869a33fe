package io.reelgate.motion.render;

import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.morph.MidwayField;

/**
 * Fills a frame of the morph: each output sample is found in the working pictures through the
 * frame's camera map, like {@link FrameSampler}, then the {@link MidwayField} says what motion
 * carries content there; the first picture is read that share {@code t} of the motion back, the last
 * the rest of it forward, both bilinear, and the two are mixed by the field's weight. The field is
 * read bilinear too, so motion changes smoothly between its points.
 *
 * <p>Slower than {@link FrameSampler} (two pictures, a field, a divide per pixel), and used only on
 * the frames between the pictures; holds no state, so one instance may serve any thread.
 */
final class MorphSampler {
  /** The morph's moment {@code t} (0 to 1) through the frame's maps into {@code out}. */
  void sample(
      WorkingPicture first, WorkingPicture last, MidwayField field, float t, Homography luma, Homography chroma, YuvFrame out) {
    Source lumaSource = new Source(first.y, last.y, first.width, first.height, 1);
    plane(lumaSource, field, t, luma, out.y, out.width, out.height);
    Source u = new Source(first.u, last.u, first.width / 2, first.height / 2, 2);
    plane(u, field, t, chroma, out.u, out.chromaWidth(), out.chromaHeight());
    Source v = new Source(first.v, last.v, first.width / 2, first.height / 2, 2);
    plane(v, field, t, chroma, out.v, out.chromaWidth(), out.chromaHeight());
  }

  /** One plane of both pictures; {@code subsampling} working luma pixels per sample along each side. */
  private record Source(byte[] first, byte[] last, int width, int height, int subsampling) {}

  private static void plane(Source source, MidwayField field, float t, Homography map, byte[] dst, int dw, int dh) {
    int sub = source.subsampling;
    float toPoints = (float) sub / field.pointSize;
    float motionScale = 1f / sub;
    for (int row = 0; row < dh; row++) {
      for (int col = 0; col < dw; col++) {
        float px = (float) map.mapX(col, row);
        float py = (float) map.mapY(col, row);
        // Sample px covers working luma pixels sub * px to sub * (px + 1): its centre, in points.
        float u = clamp((px + 0.5f) * toPoints - 0.5f, field.width - 1);
        float v = clamp((py + 0.5f) * toPoints - 0.5f, field.height - 1);
        int iu = Math.min((int) u, Math.max(0, field.width - 2));
        int iv = Math.min((int) v, Math.max(0, field.height - 2));
        float fu = u - iu;
        float fv = v - iv;
        int right = field.width > 1 ? 1 : 0;
        int down = field.height > 1 ? field.width : 0;
        int k = iv * field.width + iu;
        float mx = mix(field.x, k, right, down, fu, fv) * motionScale;
        float my = mix(field.y, k, right, down, fu, fv) * motionScale;
        float w = mix(field.weight, k, right, down, fu, fv);
        float a = read(source.first, source.width, source.height, px - t * mx, py - t * my);
        float b = read(source.last, source.width, source.height, px + (1 - t) * mx, py + (1 - t) * my);
        int value = Math.round(a + (b - a) * w);
        dst[row * dw + col] = (byte) (value < 0 ? 0 : Math.min(value, 255));
      }
    }
  }

  private static float mix(float[] grid, int k, int right, int down, float fu, float fv) {
    float top = grid[k] + (grid[k + right] - grid[k]) * fu;
    float bottom = grid[k + down] + (grid[k + down + right] - grid[k + down]) * fu;
    return top + (bottom - top) * fv;
  }

  /** Bilinear, positions clamped to the plane. */
  private static float read(byte[] plane, int width, int height, float x, float y) {
    x = clamp(x, width - 1);
    y = clamp(y, height - 1);
    int ix = Math.min((int) x, width - 2);
    int iy = Math.min((int) y, height - 2);
    float fx = x - ix;
    float fy = y - iy;
    int i = iy * width + ix;
    float top = (plane[i] & 255) + ((plane[i + 1] & 255) - (plane[i] & 255)) * fx;
    float bottom = (plane[i + width] & 255) + ((plane[i + width + 1] & 255) - (plane[i + width] & 255)) * fx;
    return top + (bottom - top) * fy;
  }

  private static float clamp(float p, float last) {
    return p < 0 ? 0 : Math.min(p, last);
  }
}

package io.reelgate.motion.render;

import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.morph.MidwayField;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Fills a frame of the morph: each output sample is found in the working pictures through the
 * frame's camera map, like {@link FrameSampler}, then the {@link MidwayField} says what motion
 * carries content there; the first picture is read that share {@code t} of the motion back, the last
 * the rest of it forward, both bilinear, and the two are mixed by the field's weight. The field is
 * read bilinear too, so motion changes smoothly between its points.
 *
 * <p>Slower than {@link FrameSampler} (two pictures and a field, in floats), and used only on the
 * frames between the pictures; holds no state, so one instance may serve any thread.
 */
final class MorphSampler {
  /**
   * Positions and the field are computed exactly every {@value} samples and stepped linearly
   * between: exact for an affine map, and about as smooth as the field's own bilinear reading at the
   * output sizes (a point of the field covers 4 to 8 working pixels from 512P up). Computing them
   * costs as much as several samples: every 4 samples made a frame 25% slower (measured).
   */
  private static final int SPAN = 8;
  /** Reads two neighbouring 8-bit samples at once, the left one in the low byte. */
  private static final VarHandle PAIR = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

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
    float[] start = new float[5];
    float[] end = new float[5];
    int maxX = ((source.width - 1) << 16) - 1;
    int maxY = ((source.height - 1) << 16) - 1;
    for (int row = 0; row < dh; row++) {
      at(source, field, t, map, 0, row, start);
      for (int col = 0; col < dw; col += SPAN) {
        int count = Math.min(SPAN, dw - col);
        at(source, field, t, map, col + count, row, end);
        // 16.16 fixed point from here: stepping costs an addition per value.
        int ax = fixed(start[0]);
        int ay = fixed(start[1]);
        int bx = fixed(start[2]);
        int by = fixed(start[3]);
        int w = fixed(start[4]);
        int dax = (fixed(end[0]) - ax) / count;
        int day = (fixed(end[1]) - ay) / count;
        int dbx = (fixed(end[2]) - bx) / count;
        int dby = (fixed(end[3]) - by) / count;
        int dw16 = (fixed(end[4]) - w) / count;
        int at = row * dw + col;
        for (int k = 0; k < count; k++) {
          int a = read(source.first, source.width, clamp(ax, maxX), clamp(ay, maxY));
          int b = read(source.last, source.width, clamp(bx, maxX), clamp(by, maxY));
          int weight = w >> 16;
          dst[at + k] = (byte) ((a * (256 - weight) + b * weight + 32768) >> 16);
          ax += dax;
          ay += day;
          bx += dbx;
          by += dby;
          w += dw16;
        }
        float[] swap = start;
        start = end;
        end = swap;
      }
    }
  }

  private static int fixed(float value) {
    return (int) (value * 65536f);
  }

  private static int clamp(int p, int max) {
    return p < 0 ? 0 : Math.min(p, max);
  }

  /** Bilinear at a 16.16 position inside the plane (its right and lower neighbours exist): the value times 256. */
  private static int read(byte[] plane, int width, int x, int y) {
    int fx = (x >>> 8) & 255;
    int fy = (y >>> 8) & 255;
    int i = (y >>> 16) * width + (x >>> 16);
    int upper = (char) (short) PAIR.get(plane, i);
    int lower = (char) (short) PAIR.get(plane, i + width);
    int p00 = upper & 255;
    int p01 = upper >>> 8;
    int p10 = lower & 255;
    int p11 = lower >>> 8;
    int top = (p00 << 8) + (p01 - p00) * fx;
    int bottom = (p10 << 8) + (p11 - p10) * fx;
    return ((top << 8) + (bottom - top) * fy) >> 8;
  }

  /**
   * At output sample {@code (col, row)}: where to read the first picture and the last (x, y of each,
   * in the plane's samples) and the weight of the last (0 to 256), into {@code into[0..4]}.
   */
  private static void at(Source source, MidwayField field, float t, Homography map, int col, int row, float[] into) {
    float px = (float) map.mapX(col, row);
    float py = (float) map.mapY(col, row);
    int sub = source.subsampling;
    // Sample px covers working luma pixels sub * px to sub * (px + 1): its centre, in points.
    float u = clamp((px + 0.5f) * sub / field.pointSize - 0.5f, field.width - 1);
    float v = clamp((py + 0.5f) * sub / field.pointSize - 0.5f, field.height - 1);
    int iu = Math.min((int) u, Math.max(0, field.width - 2));
    int iv = Math.min((int) v, Math.max(0, field.height - 2));
    float fu = u - iu;
    float fv = v - iv;
    int right = field.width > 1 ? 1 : 0;
    int down = field.height > 1 ? field.width : 0;
    int k = iv * field.width + iu;
    float mx = mix(field.x, k, right, down, fu, fv) / sub;
    float my = mix(field.y, k, right, down, fu, fv) / sub;
    into[0] = px - t * mx;
    into[1] = py - t * my;
    into[2] = px + (1 - t) * mx;
    into[3] = py + (1 - t) * my;
    into[4] = 256 * mix(field.weight, k, right, down, fu, fv);
  }

  private static float mix(float[] grid, int k, int right, int down, float fu, float fv) {
    float top = grid[k] + (grid[k + right] - grid[k]) * fu;
    float bottom = grid[k + down] + (grid[k + down + right] - grid[k + down]) * fu;
    return top + (bottom - top) * fv;
  }

  private static float clamp(float p, float last) {
    return p < 0 ? 0 : Math.min(p, last);
  }
}

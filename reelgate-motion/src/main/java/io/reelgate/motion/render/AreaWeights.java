package io.reelgate.motion.render;

/**
 * Box-filter (area averaging) weights for shrinking {@code in} samples to {@code out <= in}: output
 * sample {@code j} covers the source interval {@code [j in / out, (j + 1) in / out)}, at least one
 * sample long. It is the mean of the source samples that interval covers, each weighted by its
 * covered share: the whole samples {@code from(j)} to {@code to(j) - 1} with weight {@link #whole},
 * the partly covered one before them ({@code from(j) - 1}) with {@code left(j)} and the one after
 * them ({@code to(j)}) with {@code right(j)}; a weight is 0 where there is no such sample. The
 * weights of each output sample add up to 1. Bounds are exact (integer arithmetic), so consecutive
 * output samples share a partly covered source sample without a gap or an overlap.
 */
final class AreaWeights {
  final int in;
  final int out;
  /** The weight of a wholly covered source sample, {@code out / in}. */
  final float whole;
  private final int[] from;
  private final int[] to;
  private final float[] left;
  private final float[] right;

  private AreaWeights(int in, int out, int[] from, int[] to, float[] left, float[] right) {
    this.in = in;
    this.out = out;
    this.whole = (float) ((double) out / in);
    this.from = from;
    this.to = to;
    this.left = left;
    this.right = right;
  }

  static AreaWeights of(int in, int out) {
    if (out <= 0 || out > in) throw new IllegalArgumentException("cannot shrink " + in + " samples to " + out);
    int[] from = new int[out];
    int[] to = new int[out];
    float[] left = new float[out];
    float[] right = new float[out];
    for (int j = 0; j < out; j++) {
      long start = (long) j * in; // in units of 1/out source sample
      long end = (long) (j + 1) * in;
      from[j] = (int) ((start + out - 1) / out);
      to[j] = (int) (end / out);
      // A partial sample's share in output units: its covered length over the output sample's.
      left[j] = (float) ((double) ((long) from[j] * out - start) / in);
      right[j] = (float) ((double) (end - (long) to[j] * out) / in);
    }
    return new AreaWeights(in, out, from, to, left, right);
  }

  int from(int j) {
    return from[j];
  }

  int to(int j) {
    return to[j];
  }

  float left(int j) {
    return left[j];
  }

  float right(int j) {
    return right[j];
  }

  /**
   * Shrinks one row of packed 0xRRGGBB pixels (alpha ignored) across, adding {@code weight} times
   * each output pixel's mean red, green and blue into {@code r}, {@code g} and {@code b}. The whole
   * pixels are summed in integers, only the two partial ones take a multiplication each.
   */
  void addShrunk(int[] rgb, float weight, float[] r, float[] g, float[] b) {
    int last = in - 1;
    float wholeWeight = whole * weight;
    for (int j = 0; j < out; j++) {
      int sr = 0;
      int sg = 0;
      int sb = 0;
      for (int i = from[j], end = to[j]; i < end; i++) {
        int p = rgb[i];
        sr += (p >> 16) & 255;
        sg += (p >> 8) & 255;
        sb += p & 255;
      }
      int pl = rgb[Math.max(from[j] - 1, 0)];
      int pr = rgb[Math.min(to[j], last)];
      float wl = left[j] * weight;
      float wr = right[j] * weight;
      r[j] += sr * wholeWeight + ((pl >> 16) & 255) * wl + ((pr >> 16) & 255) * wr;
      g[j] += sg * wholeWeight + ((pl >> 8) & 255) * wl + ((pr >> 8) & 255) * wr;
      b[j] += sb * wholeWeight + (pl & 255) * wl + (pr & 255) * wr;
    }
  }
}

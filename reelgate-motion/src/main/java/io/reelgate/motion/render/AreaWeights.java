package io.reelgate.motion.render;

/**
 * Box-filter (area averaging) weights for shrinking {@code in} samples to {@code out <= in}: source
 * sample {@code i} spans {@code [i s, (i + 1) s)} of the output with {@code s = out / in <= 1}, so
 * it falls into output sample {@code first[i]} and possibly the next one, with the shares
 * {@code share[i]} and {@code s - share[i]}. The shares of each output sample add up to 1.
 */
final class AreaWeights {
  private final int out;
  private final int[] first;
  private final float[] share;
  private final float[] rest;

  private AreaWeights(int out, int[] first, float[] share, float[] rest) {
    this.out = out;
    this.first = first;
    this.share = share;
    this.rest = rest;
  }

  static AreaWeights of(int in, int out) {
    int[] first = new int[in];
    float[] share = new float[in];
    float[] rest = new float[in];
    double s = (double) out / in;
    for (int i = 0; i < in; i++) {
      double start = i * s;
      double end = (i + 1) * s;
      int j = Math.min((int) start, out - 1);
      first[i] = j;
      if (end > j + 1 && j + 1 < out) {
        share[i] = (float) (j + 1 - start);
        rest[i] = (float) (end - (j + 1));
      } else {
        share[i] = (float) s;
      }
    }
    return new AreaWeights(out, first, share, rest);
  }

  /** {@code narrow[j]} = the weighted sum of the samples of {@code wide} that cover {@code j}. */
  void shrink(float[] wide, float[] narrow) {
    java.util.Arrays.fill(narrow, 0, out, 0f);
    for (int i = 0; i < wide.length; i++) {
      float value = wide[i];
      int j = first[i];
      narrow[j] += value * share[i];
      if (rest[i] != 0) narrow[j + 1] += value * rest[i];
    }
  }

  /** Adds row {@code i} of the source, already shrunk across, into the rows of {@code sums} it covers. */
  void accumulate(int i, float[] row, float[] sums, int width) {
    int j = first[i];
    addScaled(row, share[i], sums, j * width, width);
    if (rest[i] != 0) addScaled(row, rest[i], sums, (j + 1) * width, width);
  }

  private static void addScaled(float[] row, float weight, float[] sums, int offset, int width) {
    for (int x = 0; x < width; x++) {
      sums[offset + x] += row[x] * weight;
    }
  }
}

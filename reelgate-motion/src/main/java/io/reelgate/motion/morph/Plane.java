package io.reelgate.motion.morph;

/** A gray plane in floats, for estimating flow: {@code width x height} values, row after row. */
final class Plane {
  final int width;
  final int height;
  final float[] values;

  Plane(int width, int height, float[] values) {
    this.width = width;
    this.height = height;
    this.values = values;
  }

  /** {@code luma} ({@code width x height} bytes) box-shrunk by {@code factor}; a partial border is left out. */
  static Plane shrunk(byte[] luma, int width, int height, int factor) {
    int w = Math.max(1, width / factor);
    int h = Math.max(1, height / factor);
    float[] values = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int sum = 0;
        for (int j = 0; j < factor; j++) {
          int row = Math.min(height - 1, y * factor + j) * width;
          for (int i = 0; i < factor; i++) sum += luma[row + Math.min(width - 1, x * factor + i)] & 255;
        }
        values[y * w + x] = (float) sum / (factor * factor);
      }
    }
    return new Plane(w, h, values);
  }

  /** The next level of a pyramid: half the size, each value the mean of 2x2. */
  Plane half() {
    int w = Math.max(1, width / 2);
    int h = Math.max(1, height / 2);
    float[] out = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = (at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1) + at(2 * x + 1, 2 * y + 1)) / 4;
      }
    }
    return new Plane(w, h, out);
  }

  /** Smoothed by the binomial filter 1 4 6 4 1 along each side (about a Gaussian of one point). */
  Plane blurred() {
    float[] across = new float[values.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        across[y * width + x] =
            (at(x - 2, y) + 4 * at(x - 1, y) + 6 * at(x, y) + 4 * at(x + 1, y) + at(x + 2, y)) / 16;
      }
    }
    Plane rows = new Plane(width, height, across);
    float[] out = new float[values.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        out[y * width + x] =
            (rows.at(x, y - 2) + 4 * rows.at(x, y - 1) + 6 * rows.at(x, y) + 4 * rows.at(x, y + 1) + rows.at(x, y + 2)) / 16;
      }
    }
    return new Plane(width, height, out);
  }

  /** The value at a whole position, clamped to the plane. */
  float at(int x, int y) {
    x = x < 0 ? 0 : Math.min(x, width - 1);
    y = y < 0 ? 0 : Math.min(y, height - 1);
    return values[y * width + x];
  }
}

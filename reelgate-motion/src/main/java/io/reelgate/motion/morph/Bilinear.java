package io.reelgate.motion.morph;

/** Bilinear reading of a float grid at a real position, clamped to the grid. */
final class Bilinear {
  private Bilinear() {}

  static float at(float[] grid, int width, int height, float x, float y) {
    x = x < 0 ? 0 : Math.min(x, width - 1);
    y = y < 0 ? 0 : Math.min(y, height - 1);
    int ix = Math.min((int) x, Math.max(0, width - 2));
    int iy = Math.min((int) y, Math.max(0, height - 2));
    float fx = x - ix;
    float fy = y - iy;
    int right = Math.min(ix + 1, width - 1) - ix;
    int down = (Math.min(iy + 1, height - 1) - iy) * width;
    int i = iy * width + ix;
    float top = grid[i] + (grid[i + right] - grid[i]) * fx;
    float bottom = grid[i + down] + (grid[i + down + right] - grid[i + down]) * fx;
    return top + (bottom - top) * fy;
  }
}

package io.reelgate.motion.morph;

/**
 * A dense motion field: per point of a {@code width x height} grid, where its content went, in grid
 * points ({@code x} right, {@code y} down).
 */
final class FlowField {
  final int width;
  final int height;
  final float[] x;
  final float[] y;

  FlowField(int width, int height) {
    this.width = width;
    this.height = height;
    this.x = new float[width * height];
    this.y = new float[width * height];
  }

  /** The motion at a position, bilinear between grid points, clamped to the grid. */
  float xAt(float px, float py) {
    return Bilinear.at(x, width, height, px, py);
  }

  float yAt(float px, float py) {
    return Bilinear.at(y, width, height, px, py);
  }
}

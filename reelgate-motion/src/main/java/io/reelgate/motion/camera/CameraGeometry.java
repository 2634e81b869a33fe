package io.reelgate.motion.camera;

/**
 * The virtual camera's frame and lens: an output frame of {@code width x height} pixels and a focal
 * length in pixels. The lens sees 60 degrees across the long side of the frame, a normal-to-wide
 * lens: wide enough that a pan shows its perspective (the far edge of the picture grows as the
 * camera turns), not so wide that the picture looks bent.
 */
public record CameraGeometry(int width, int height, double focal) {
  static final double LONG_SIDE_FIELD_OF_VIEW_DEGREES = 60;

  public static CameraGeometry of(int width, int height) {
    double halfField = Math.toRadians(LONG_SIDE_FIELD_OF_VIEW_DEGREES / 2);
    return new CameraGeometry(width, height, Math.max(width, height) / (2 * Math.tan(halfField)));
  }
}

package io.reelgate.motion.camera;

/**
 * Where the virtual camera is and where it looks, for one frame. The camera films a flat picture
 * that stands at distance {@code focal} in front of it (see {@link CameraGeometry}); lengths are in
 * output pixels of the resting frame, so a truck of 100 moves the picture by 100 output pixels.
 *
 * @param truckX camera position across the picture, positive to the right (truck right)
 * @param truckY camera position across the picture, positive downwards (pedestal down)
 * @param dolly how far the camera moved towards the picture, as a fraction of its distance to it
 *     (0.2 makes the picture 1.25 times larger); negative moves away
 * @param yaw rotation about the vertical axis in radians, positive turns right (pan right)
 * @param pitch rotation about the horizontal axis in radians, positive turns up (tilt up)
 * @param roll rotation about the viewing axis in radians, positive clockwise on screen
 * @param logZoom natural logarithm of the focal length factor (ln 1.3 is a 1.3x zoom in)
 */
public record CameraPose(
    double truckX, double truckY, double dolly, double yaw, double pitch, double roll, double logZoom) {

  static final CameraPose REST = new CameraPose(0, 0, 0, 0, 0, 0, 0);

  /**
   * How much larger the picture looks than at rest, about the centre of the view, from the dolly
   * and the zoom alone: above 1 the camera is closer (or zoomed in), below 1 it has pulled back.
   */
  public double magnification() {
    return Math.exp(logZoom) / (1 - dolly);
  }

  public CameraPose plus(CameraPose other) {
    return new CameraPose(
        truckX + other.truckX,
        truckY + other.truckY,
        dolly + other.dolly,
        yaw + other.yaw,
        pitch + other.pitch,
        roll + other.roll,
        logZoom + other.logZoom);
  }

  CameraPose times(double factor) {
    return new CameraPose(
        truckX * factor, truckY * factor, dolly * factor, yaw * factor, pitch * factor, roll * factor,
        logZoom * factor);
  }
}

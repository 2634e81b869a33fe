package io.reelgate.motion.render;

import io.reelgate.motion.camera.CameraGeometry;
import io.reelgate.motion.camera.CameraPose;

/**
 * Projects the output frame of a posed camera onto the picture plane. The picture stands at the
 * focal distance {@code f} in front of the resting camera, so that at rest one output pixel covers
 * one unit of the plane ("world" units, output pixels of the resting frame, origin at the centre).
 *
 * <p>A ray through the centred frame point {@code q} leaves the camera in direction {@code R K q}
 * with {@code K = diag(1, 1, f * zoom)} and {@code R} the pan/tilt/roll rotation, and meets the
 * plane at {@code c + (f (1 - dolly) / d.z) d.xy}: the homography {@code T R K} with {@code T} the
 * camera's position. Translation and dolly keep it affine; pan and tilt make it projective, which
 * is how a turning camera differs from a sliding one.
 */
final class VirtualCamera {
  private VirtualCamera() {}

  /** Maps centred output coordinates (origin at the frame centre, y down) to the picture plane. */
  public static Homography frameToWorld(CameraPose pose, CameraGeometry geometry) {
    double f = geometry.focal();
    Homography k = new Homography(1, 0, 0, 0, 1, 0, 0, 0, f * Math.exp(pose.logZoom()));
    Homography rotation = yaw(pose.yaw()).after(pitch(pose.pitch())).after(roll(pose.roll()));
    double distance = f * (1 - pose.dolly());
    Homography position = new Homography(distance, 0, pose.truckX(), 0, distance, pose.truckY(), 0, 0, 1);
    return position.after(rotation).after(k);
  }

  /** Turns right for positive angles: the view direction gains +x. */
  private static Homography yaw(double angle) {
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    return new Homography(c, 0, s, 0, 1, 0, -s, 0, c);
  }

  /** Turns up for positive angles: the view direction gains -y (y points down). */
  private static Homography pitch(double angle) {
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    return new Homography(1, 0, 0, 0, c, -s, 0, s, c);
  }

  private static Homography roll(double angle) {
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    return new Homography(c, -s, 0, s, c, 0, 0, 0, 1);
  }
}

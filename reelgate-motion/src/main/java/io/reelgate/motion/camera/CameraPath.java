package io.reelgate.motion.camera;

import io.reelgate.core.camera.CameraMove;
import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.camera.CameraShot;
import java.util.ArrayList;
import java.util.List;

/**
 * The camera's pose at every frame of a clip, from its {@link CameraScript}: the shots share the
 * clip equally and run one after another; the moves of one shot run together and add up. Each
 * shot starts where the previous one ended (moves ease in and out, so the camera may pause at a
 * shot boundary but never jumps). The first frame shows the start of the first shot and the last
 * frame the end of the last one.
 *
 * <p>Moves have a speed, not a fixed size, so a 10 s clip moves at the same pace as a 6 s clip and
 * travels further. Per second, in the terms of the output frame of {@link CameraGeometry}:
 *
 * <ul>
 *   <li>truck, pedestal: the camera slides across the picture by 2.5% of the frame width (truck)
 *       or height (pedestal), 15% over a 6 s shot; eased in and out;
 *   <li>pan, tilt: the camera turns so that the centre of view travels 2% of the frame width (pan)
 *       or height (tilt), 12% over 6 s (about 8 degrees for a 16:9 pan); eased. Being rotations,
 *       they show perspective: the side the camera turns towards stretches;
 *   <li>push in, pull out: a dolly; the camera travels towards (away from) the picture by 3.3%
 *       (4.2%) of its distance, 1.25x larger (0.8x) over 6 s; eased in and out like a dolly grip
 *       moves, so the picture grows slowly, then faster, then settles;
 *   <li>zoom in, zoom out: the focal length changes at a constant rate, 1.3x (1/1.3) over 6 s,
 *       reaching full speed within the first tenth of the shot, the way a servo zoom runs. On a
 *       flat picture a dolly and a zoom both magnify; they differ in how they move (eased vs
 *       constant speed) and in how far they go;
 *   <li>shake: a hand-held wobble of up to 0.5% of the short side and 0.25 degrees of roll, 1-6 Hz,
 *       ending where it started ({@link Shake});
 *   <li>tracking shot: a gentle dolly forward (1.1x over 6 s) with one slow lateral sway of 3% of
 *       the width, out and back;
 *   <li>static shot: nothing moves; frames are identical.
 * </ul>
 *
 * These are the amounts at normal speed; a slow or quick shot ({@link
 * io.reelgate.core.camera.Speed}) multiplies them by its factor.
 */
public final class CameraPath {
  static final double TRUCK_PER_SECOND = 0.15 / 6;
  static final double PAN_TRAVEL_PER_SECOND = 0.12 / 6;
  static final double PUSH_PER_SECOND = 0.2 / 6;
  static final double PULL_PER_SECOND = 0.25 / 6;
  static final double LOG_ZOOM_PER_SECOND = Math.log(1.3) / 6;
  static final double ZOOM_RAMP = 0.1;
  static final double SHAKE_OF_SHORT_SIDE = 0.005;
  static final double SHAKE_ROLL = Math.toRadians(0.25);
  static final double TRACKING_PUSH_PER_SECOND = 0.1 / 6;
  static final double TRACKING_SWAY_OF_WIDTH = 0.03;

  private final List<CameraPose> poses;

  private CameraPath(List<CameraPose> poses) {
    this.poses = List.copyOf(poses);
  }

  /** The path of a clip of {@code frames} frames at {@code fps} filmed with {@code geometry}. */
  public static CameraPath of(CameraScript script, CameraGeometry geometry, int frames, int fps) {
    if (frames < 1 || fps < 1) throw new IllegalArgumentException("a clip has frames and a frame rate");
    List<CameraShot> shots = script.shots();
    double shotSeconds = (double) frames / fps / shots.size();
    CameraPose[] shotStarts = new CameraPose[shots.size()];
    CameraPose start = CameraPose.REST;
    for (int i = 0; i < shots.size(); i++) {
      shotStarts[i] = start;
      start = start.plus(shotPose(shots.get(i), geometry, 1, shotSeconds));
    }
    List<CameraPose> poses = new ArrayList<>(frames);
    for (int frame = 0; frame < frames; frame++) {
      double clip = frames == 1 ? 0 : (double) frame / (frames - 1) * shots.size();
      int shot = Math.min(shots.size() - 1, (int) clip);
      double t = clip - shot;
      poses.add(shotStarts[shot].plus(shotPose(shots.get(shot), geometry, t, shotSeconds)));
    }
    return new CameraPath(poses);
  }

  public int frames() {
    return poses.size();
  }

  public CameraPose pose(int frame) {
    return poses.get(frame);
  }

  List<CameraPose> poses() {
    return poses;
  }

  /**
   * What the moves of one shot add to the pose at its start, {@code t} of the way through. The
   * shot's speed scales every move's amount; in the same share of the clip that is its pace too.
   */
  static CameraPose shotPose(CameraShot shot, CameraGeometry geometry, double t, double seconds) {
    CameraPose pose = CameraPose.REST;
    for (CameraMove move : shot.moves()) {
      pose = pose.plus(movePose(move, geometry, t, seconds).times(shot.speed().factor()));
    }
    return pose;
  }

  static CameraPose movePose(CameraMove move, CameraGeometry geometry, double t, double seconds) {
    double eased = Easing.easeInOut(t);
    double width = geometry.width();
    double height = geometry.height();
    double yaw = Math.atan(PAN_TRAVEL_PER_SECOND * seconds * width / geometry.focal());
    double pitch = Math.atan(PAN_TRAVEL_PER_SECOND * seconds * height / geometry.focal());
    double logZoom = LOG_ZOOM_PER_SECOND * seconds * Easing.constantSpeed(t, ZOOM_RAMP);
    return switch (move) {
      case TRUCK_LEFT -> truck(-TRUCK_PER_SECOND * seconds * width * eased, 0);
      case TRUCK_RIGHT -> truck(TRUCK_PER_SECOND * seconds * width * eased, 0);
      case PEDESTAL_UP -> truck(0, -TRUCK_PER_SECOND * seconds * height * eased);
      case PEDESTAL_DOWN -> truck(0, TRUCK_PER_SECOND * seconds * height * eased);
      case PAN_LEFT -> new CameraPose(0, 0, 0, -yaw * eased, 0, 0, 0);
      case PAN_RIGHT -> new CameraPose(0, 0, 0, yaw * eased, 0, 0, 0);
      case TILT_UP -> new CameraPose(0, 0, 0, 0, pitch * eased, 0, 0);
      case TILT_DOWN -> new CameraPose(0, 0, 0, 0, -pitch * eased, 0, 0);
      case PUSH_IN -> dolly(PUSH_PER_SECOND * seconds * eased);
      case PULL_OUT -> dolly(-PULL_PER_SECOND * seconds * eased);
      case ZOOM_IN -> new CameraPose(0, 0, 0, 0, 0, 0, logZoom);
      case ZOOM_OUT -> new CameraPose(0, 0, 0, 0, 0, 0, -logZoom);
      case SHAKE ->
          Shake.at(
              t * seconds, seconds, SHAKE_OF_SHORT_SIDE * Math.min(width, height), SHAKE_ROLL);
      case TRACKING_SHOT ->
          new CameraPose(
              TRACKING_SWAY_OF_WIDTH * width * Math.sin(2 * Math.PI * eased),
              0,
              TRACKING_PUSH_PER_SECOND * seconds * eased,
              0,
              0,
              0,
              0);
      case STATIC_SHOT -> CameraPose.REST;
    };
  }

  private static CameraPose truck(double x, double y) {
    return new CameraPose(x, y, 0, 0, 0, 0, 0);
  }

  private static CameraPose dolly(double dolly) {
    return new CameraPose(0, 0, dolly, 0, 0, 0, 0);
  }
}

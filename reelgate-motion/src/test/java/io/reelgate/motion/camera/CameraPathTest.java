package io.reelgate.motion.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelgate.core.camera.CameraMove;
import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.camera.CameraShot;
import io.reelgate.core.camera.Speed;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraPathTest {
  private static final CameraGeometry FRAME = CameraGeometry.of(1366, 768);

  @Test
  void sequential_shots_join_without_a_jump() {
    CameraPath path =
        path(
            6,
            CameraShot.of(CameraMove.TRUCK_LEFT, CameraMove.ZOOM_IN),
            CameraShot.of(CameraMove.PAN_RIGHT, CameraMove.SHAKE),
            CameraShot.of(CameraMove.PULL_OUT, CameraMove.TILT_UP),
            CameraShot.of(CameraMove.STATIC_SHOT));
    for (int i = 1; i < path.frames(); i++) {
      CameraPose a = path.pose(i - 1);
      CameraPose b = path.pose(i);
      // At most a few pixels or a small fraction of a degree per frame: no cut anywhere.
      assertThat(Math.abs(b.truckX() - a.truckX())).as("frame %d", i).isLessThan(4);
      assertThat(Math.abs(b.truckY() - a.truckY())).as("frame %d", i).isLessThan(4);
      assertThat(Math.abs(b.yaw() - a.yaw())).as("frame %d", i).isLessThan(Math.toRadians(0.3));
      assertThat(Math.abs(b.pitch() - a.pitch())).as("frame %d", i).isLessThan(Math.toRadians(0.3));
      assertThat(Math.abs(b.logZoom() - a.logZoom())).as("frame %d", i).isLessThan(0.01);
      assertThat(Math.abs(b.dolly() - a.dolly())).as("frame %d", i).isLessThan(0.01);
    }
  }

  @Test
  void the_last_static_shot_holds_where_the_previous_shot_ended() {
    CameraPath path = path(6, CameraShot.of(CameraMove.TRUCK_LEFT), CameraShot.of(CameraMove.STATIC_SHOT));
    CameraPose held = path.pose(path.frames() / 2 + 2);
    assertThat(held.truckX()).isLessThan(-50);
    assertThat(path.pose(path.frames() - 1)).isEqualTo(held);
  }

  @Test
  void shake_wobbles_a_few_pixels_and_ends_where_it_started() {
    CameraPath path = path(6, CameraShot.of(CameraMove.SHAKE));
    double largest = 0;
    for (CameraPose pose : path.poses()) largest = Math.max(largest, Math.hypot(pose.truckX(), pose.truckY()));
    assertThat(largest).isBetween(1.5, 8.0);
    CameraPose end = path.pose(path.frames() - 1);
    assertThat(Math.hypot(end.truckX(), end.truckY())).isCloseTo(0, within(1e-9));
    assertThat(end.roll()).isCloseTo(0, within(1e-12));
  }

  @Test
  void a_zoom_runs_at_constant_speed_while_a_push_in_eases_in() {
    CameraPath zoom = path(6, CameraShot.of(CameraMove.ZOOM_IN));
    CameraPath push = path(6, CameraShot.of(CameraMove.PUSH_IN));
    int quarter = zoom.frames() / 4;
    double zoomShare = zoom.pose(quarter).logZoom() / zoom.pose(zoom.frames() - 1).logZoom();
    double pushShare = logMagnification(push.pose(quarter)) / logMagnification(push.pose(push.frames() - 1));
    assertThat(zoomShare).isBetween(0.2, 0.26);
    assertThat(pushShare).isLessThan(0.12);
    assertThat(Math.exp(zoom.pose(zoom.frames() - 1).logZoom())).isCloseTo(1.3, within(1e-9));
    assertThat(Math.exp(logMagnification(push.pose(push.frames() - 1)))).isCloseTo(1.25, within(1e-9));
  }

  @Test
  void a_ten_second_clip_moves_at_the_same_speed_and_so_travels_further() {
    double six = path(6, CameraShot.of(CameraMove.TRUCK_RIGHT)).pose(149).truckX();
    double ten = path(10, CameraShot.of(CameraMove.TRUCK_RIGHT)).pose(249).truckX();
    assertThat(six).isCloseTo(0.15 * 1366, within(1e-9));
    assertThat(ten / six).isCloseTo(10 / 6.0, within(1e-9));
  }

  @Test
  void a_slow_or_quick_shot_scales_every_move_by_its_factor_and_normal_is_unchanged() {
    CameraShot normal = CameraShot.of(CameraMove.PAN_LEFT, CameraMove.ZOOM_IN, CameraMove.TRUCK_RIGHT);
    CameraPath plain = path(6, normal);
    for (Speed speed : Speed.values()) {
      CameraPath scaled = path(6, normal.at(speed));
      for (int i = 0; i < plain.frames(); i += 10) {
        assertThat(scaled.pose(i)).as("%s frame %d", speed, i).isEqualTo(plain.pose(i).times(speed.factor()));
      }
    }
    assertThat(path(6, normal.at(Speed.NORMAL)).poses()).isEqualTo(plain.poses());
    assertThat(plain.pose(149).truckX()).isCloseTo(0.15 * 1366, within(1e-9));
  }

  private static double logMagnification(CameraPose pose) {
    return -Math.log(1 - pose.dolly());
  }

  private static CameraPath path(int seconds, CameraShot... shots) {
    return CameraPath.of(new CameraScript(List.of(shots), "", false), FRAME, 25 * seconds, 25);
  }
}

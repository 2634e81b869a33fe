package io.reelgate.motion.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelgate.core.camera.CameraMove;
import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.camera.CameraShot;
import io.reelgate.motion.camera.CameraGeometry;
import io.reelgate.motion.camera.CameraPath;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A clip opens on the whole picture (a pull back closes on it) and no frame of any clip ever sees
 * past the picture: checked on the maps the sampler uses.
 */
class FramingTest {
  /** Floating point error of a frame corner that lies exactly on the picture's edge. */
  private static final double ROUNDING = 1e-9;

  static Stream<Arguments> clips() {
    List<List<CameraShot>> scripts = new ArrayList<>();
    for (CameraMove move : CameraMove.values()) scripts.add(List.of(CameraShot.of(move)));
    scripts.add(List.of(CameraShot.of(CameraMove.PAN_LEFT, CameraMove.TILT_DOWN, CameraMove.ZOOM_OUT)));
    scripts.add(List.of(CameraShot.of(CameraMove.PULL_OUT, CameraMove.PAN_RIGHT, CameraMove.SHAKE)));
    scripts.add(List.of(CameraShot.of(CameraMove.TRUCK_LEFT), CameraShot.of(CameraMove.TRUCK_LEFT), CameraShot.of(CameraMove.PAN_LEFT)));
    scripts.add(List.of(CameraShot.of(CameraMove.ZOOM_OUT), CameraShot.of(CameraMove.TRACKING_SHOT, CameraMove.TILT_UP)));
    // Source sizes: square, landscape, portrait, the 5:2 and 2:5 limits, and one smaller than the frame.
    int[][] sources = {{512, 512}, {4000, 2250}, {1000, 1411}, {2500, 1000}, {1000, 2500}, {400, 300}};
    List<Arguments> clips = new ArrayList<>();
    for (int s = 0; s < scripts.size(); s++) {
      int[] source = sources[s % sources.length];
      int seconds = s % 2 == 0 ? 6 : 10;
      clips.add(Arguments.of(scripts.get(s), source[0], source[1], seconds));
    }
    return clips.stream();
  }

  @ParameterizedTest(name = "{0} on {1}x{2}, {3} s")
  @MethodSource("clips")
  void every_frame_stays_inside_the_picture(
      List<CameraShot> shots, int sourceWidth, int sourceHeight, int seconds) {
    int outW = 2 * (int) Math.round(768.0 * sourceWidth / Math.min(sourceWidth, sourceHeight) / 2);
    int outH = 2 * (int) Math.round(768.0 * sourceHeight / Math.min(sourceWidth, sourceHeight) / 2);
    CameraGeometry geometry = CameraGeometry.of(outW, outH);
    CameraPath path = CameraPath.of(new CameraScript(shots, "", false), geometry, 25 * seconds, 25);
    SamplingPlan plan = SamplingPlan.of(path, geometry, sourceWidth, sourceHeight);
    for (int i = 0; i < plan.frames(); i++) {
      // Outer edges of the frame (pixel centres lie half a pixel inside) within the picture's outer
      // edges, half a sample outside the outermost samples (the sampler repeats those there).
      assertInside(plan.lumaMaps().get(i), outW, outH, plan.workingWidth(), plan.workingHeight(), i);
      assertInside(plan.chromaMaps().get(i), outW / 2, outH / 2, plan.workingWidth() / 2, plan.workingHeight() / 2, i);
    }
  }

  @Test
  void a_static_shot_frames_the_picture_edge_to_edge() {
    CameraGeometry geometry = CameraGeometry.of(1366, 768);
    CameraPath path = CameraPath.of(new CameraScript(List.of(CameraShot.of(CameraMove.STATIC_SHOT)), "", false), geometry, 150, 25);
    SamplingPlan plan = SamplingPlan.of(path, geometry, 4000, 2250);
    Homography map = plan.lumaMaps().get(0);
    double shown = map.mapX(1366 - 0.5, 384) - map.mapX(-0.5, 384);
    // All but the filter's margin of the working copy is in the picture.
    assertThat(shown / plan.workingWidth()).isGreaterThan(0.99);
    assertThat(plan.workingWidth()).isBetween(1366, 1372);
  }

  @Test
  void a_large_photo_is_shrunk_so_the_widest_frame_maps_one_to_one() {
    CameraGeometry geometry = CameraGeometry.of(1366, 768);
    CameraPath path = CameraPath.of(new CameraScript(List.of(CameraShot.of(CameraMove.ZOOM_OUT)), "", false), geometry, 150, 25);
    SamplingPlan plan = SamplingPlan.of(path, geometry, 4000, 2250);
    Homography widest = plan.lumaMaps().get(149);
    assertThat(widest.m00()).isBetween(0.98, 1.02);
    assertThat(plan.lumaMaps().get(0).m00()).isBetween(0.7, 0.8);
  }

  @Test
  void the_first_frame_shows_the_whole_picture_and_a_pull_back_ends_on_it() {
    for (CameraMove move : CameraMove.values()) {
      SamplingPlan plan = plan(List.of(CameraShot.of(move)), 1000, 872, 6);
      boolean pullsBack = move == CameraMove.PULL_OUT || move == CameraMove.ZOOM_OUT;
      assertShowsWholePicture(plan, pullsBack ? plan.frames() - 1 : 0, move.toString());
    }
  }

  @Test
  void the_push_that_makes_room_eases_in_holds_and_lets_go_without_a_jump() {
    // Out and back: the push grows with the first truck and shrinks with the second. A truck of
    // 5 s slides 12.5% of the width, so the picture must grow by twice that to stay in the frame.
    SamplingPlan plan = plan(List.of(CameraShot.of(CameraMove.TRUCK_LEFT), CameraShot.of(CameraMove.TRUCK_RIGHT)), 1366, 768, 10);
    Framing framing = plan.framing();
    int middle = plan.frames() / 2;
    assertThat(framing.magnification(middle)).isCloseTo(1.25, within(0.001));
    for (int i = 1; i < plan.frames(); i++) {
      double step = framing.magnification(i) - framing.magnification(i - 1);
      assertThat(Math.abs(step)).as("frame %d", i).isLessThan(0.01);
      assertThat(step).as("frame %d", i).isBetween(i <= middle ? 0 : -1.0, i <= middle ? 1.0 : 0);
    }
    assertShowsWholePicture(plan, 0, "first");
    assertShowsWholePicture(plan, plan.frames() - 1, "last");
  }

  @Test
  void the_push_is_no_larger_than_the_move_needs() {
    // The last frame of a truck left touches the picture's left edge, and of a pan its far corners.
    for (CameraMove move : List.of(CameraMove.TRUCK_LEFT, CameraMove.PAN_LEFT, CameraMove.TILT_UP)) {
      SamplingPlan plan = plan(List.of(CameraShot.of(move)), 1366, 768, 6);
      Homography last = plan.lumaMaps().get(plan.frames() - 1);
      double[][] corners = {{-0.5, -0.5}, {1365.5, -0.5}, {-0.5, 767.5}, {1365.5, 767.5}};
      double closest = Double.MAX_VALUE;
      for (double[] c : corners) {
        double x = last.mapX(c[0], c[1]);
        double y = last.mapY(c[0], c[1]);
        closest = Math.min(closest, Math.min(Math.min(x + 0.5, plan.workingWidth() - 0.5 - x), Math.min(y + 0.5, plan.workingHeight() - 0.5 - y)));
      }
      assertThat(closest).as("%s: distance of the nearest corner to the edge", move).isCloseTo(0, within(1e-6));
    }
  }

  private static void assertShowsWholePicture(SamplingPlan plan, int frame, String what) {
    Homography map = plan.lumaMaps().get(frame);
    double[][] corners = {{-0.5, -0.5}, {plan.outputWidth() - 0.5, plan.outputHeight() - 0.5}};
    double[][] picture = {{-0.5, -0.5}, {plan.workingWidth() - 0.5, plan.workingHeight() - 0.5}};
    for (int i = 0; i < 2; i++) {
      assertThat(map.mapX(corners[i][0], corners[i][1])).as("%s, frame %d", what, frame).isCloseTo(picture[i][0], within(ROUNDING));
      assertThat(map.mapY(corners[i][0], corners[i][1])).as("%s, frame %d", what, frame).isCloseTo(picture[i][1], within(ROUNDING));
    }
  }

  private static SamplingPlan plan(List<CameraShot> shots, int sourceWidth, int sourceHeight, int seconds) {
    OutputSize size = OutputSize.of(sourceWidth, sourceHeight, 768);
    CameraGeometry geometry = CameraGeometry.of(size.width(), size.height());
    CameraPath path = CameraPath.of(new CameraScript(shots, "", false), geometry, 25 * seconds, 25);
    return SamplingPlan.of(path, geometry, sourceWidth, sourceHeight);
  }

  private static void assertInside(Homography map, int w, int h, int workW, int workH, int frame) {
    double[][] edges = {{-0.5, -0.5}, {w - 0.5, -0.5}, {-0.5, h - 0.5}, {w - 0.5, h - 0.5}};
    for (double[] p : edges) {
      assertThat(map.mapX(p[0], p[1])).as("frame %d x at %s", frame, p[0]).isBetween(-0.5 - ROUNDING, workW - 0.5 + ROUNDING);
      assertThat(map.mapY(p[0], p[1])).as("frame %d y at %s", frame, p[1]).isBetween(-0.5 - ROUNDING, workH - 0.5 + ROUNDING);
    }
  }
}

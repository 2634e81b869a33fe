package io.reelgate.motion.render;

import static org.assertj.core.api.Assertions.assertThat;

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

/** No frame of any clip ever samples outside the picture: checked on the maps the sampler uses. */
class FramingTest {
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
  void every_frame_stays_inside_the_picture_with_room_for_the_filter(
      List<CameraShot> shots, int sourceWidth, int sourceHeight, int seconds) {
    int outW = 2 * (int) Math.round(768.0 * sourceWidth / Math.min(sourceWidth, sourceHeight) / 2);
    int outH = 2 * (int) Math.round(768.0 * sourceHeight / Math.min(sourceWidth, sourceHeight) / 2);
    CameraGeometry geometry = CameraGeometry.of(outW, outH);
    CameraPath path = CameraPath.of(new CameraScript(shots, "", false), geometry, 25 * seconds, 25);
    SamplingPlan plan = SamplingPlan.of(path, geometry, sourceWidth, sourceHeight);
    for (int i = 0; i < plan.frames(); i++) {
      // Outer edges of the frame (pixel centres lie half a pixel inside): the bilinear filter reads
      // the next pixel too, so a position must stay within [0, size - 1].
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

  private static void assertInside(Homography map, int w, int h, int workW, int workH, int frame) {
    double[][] edges = {{-0.5, -0.5}, {w - 0.5, -0.5}, {-0.5, h - 0.5}, {w - 0.5, h - 0.5}};
    for (double[] p : edges) {
      assertThat(map.mapX(p[0], p[1])).as("frame %d x at %s", frame, p[0]).isBetween(0.0, workW - 1.0);
      assertThat(map.mapY(p[0], p[1])).as("frame %d y at %s", frame, p[1]).isBetween(0.0, workH - 1.0);
    }
  }
}

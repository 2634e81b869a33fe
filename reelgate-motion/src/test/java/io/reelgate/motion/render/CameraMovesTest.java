package io.reelgate.motion.render;

import static io.reelgate.motion.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.camera.CameraMove;
import io.reelgate.motion.Motion;
import io.reelgate.motion.Motion.Luma;
import io.reelgate.motion.Motion.Shift;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every camera command, written in English and in Chinese, read by the core's parser and filmed in
 * memory: the content between the first and the last frame moves the way a camera operator means.
 */
class CameraMovesTest {
  /** At 512x512 a 6 s move travels 60 to 80 pixels; anything past 20 is unmistakable. */
  private static final double CLEAR_SHIFT = 20;

  static Stream<Arguments> everyCommandInBothLanguages() {
    return Arrays.stream(CameraMove.values())
        .flatMap(move -> Stream.of(Arguments.of(move, move.english()), Arguments.of(move, move.chinese())));
  }

  @ParameterizedTest(name = "[{1}]")
  @MethodSource("everyCommandInBothLanguages")
  void every_command_moves_the_content_the_way_a_camera_operator_means(CameraMove move, String written) {
    Frames frames = new Frames(aJob().withImage("astronaut.png").withPrompt("An astronaut [" + written + "]").build());
    Luma first = frames.luma(0);
    Luma last = frames.luma(frames.last());
    Shift shift = Motion.shift(first, last);
    switch (move) {
      case TRUCK_LEFT, PAN_LEFT -> assertMovedOnly(shift, +1, 0);
      case TRUCK_RIGHT, PAN_RIGHT -> assertMovedOnly(shift, -1, 0);
      case PEDESTAL_UP, TILT_UP -> assertMovedOnly(shift, 0, +1);
      case PEDESTAL_DOWN, TILT_DOWN -> assertMovedOnly(shift, 0, -1);
      case PUSH_IN, ZOOM_IN, TRACKING_SHOT -> assertThat(Motion.scale(first, last)).isGreaterThan(1.07);
      case PULL_OUT, ZOOM_OUT -> assertThat(Motion.scale(first, last)).isLessThan(0.85);
      case SHAKE -> {
        assertThat(Motion.meanDifference(first, last)).as("no net drift").isLessThan(0.5);
        assertThat(Motion.meanDifference(first, frames.luma(frames.count() / 3))).as("it wobbles").isGreaterThan(2);
      }
      case STATIC_SHOT -> {
        for (int i = 1; i < frames.count(); i += 7) {
          assertThat(frames.luma(i).pixels()).as("frame %d", i).isEqualTo(first.pixels());
        }
      }
    }
  }

  @Test
  void simultaneous_moves_combine() {
    Frames frames = new Frames(aJob().withImage("astronaut.png").withPrompt("[Pan left,Pedestal up]").build());
    Shift shift = Motion.shift(frames.luma(0), frames.luma(frames.last()));
    assertThat(shift.x()).isGreaterThan(CLEAR_SHIFT);
    assertThat(shift.y()).isGreaterThan(CLEAR_SHIFT);
  }

  @Test
  void sequential_moves_happen_in_order() {
    Frames frames = new Frames(aJob().withImage("astronaut.png").withPrompt("[Pan left][Pan right]").build());
    Luma middle = frames.luma(frames.count() / 2);
    assertThat(Motion.shift(frames.luma(0), middle).x()).as("first shot: content right").isGreaterThan(CLEAR_SHIFT / 2);
    assertThat(Motion.shift(middle, frames.luma(frames.last())).x()).as("second shot: content left").isLessThan(-CLEAR_SHIFT / 2);
  }

  @Test
  void pan_turns_the_camera_so_one_side_stretches_while_truck_keeps_the_sides_alike() {
    double truck = sidesDisagreement("[Truck left]");
    double pan = sidesDisagreement("[Pan left]");
    assertThat(truck).isLessThanOrEqualTo(1);
    assertThat(pan).isGreaterThan(truck + 2);
  }

  @Test
  void motion_is_sub_pixel_so_no_frame_of_a_slow_move_repeats() {
    Frames frames = new Frames(aJob().withImage("hubble_deep_field.jpg").withPrompt("[Truck left]").lasting(10).build());
    Luma previous = frames.luma(frames.count() / 5);
    for (int i = frames.count() / 5 + 1; i < frames.count() * 4 / 5; i++) {
      Luma current = frames.luma(i);
      assertThat(Motion.meanDifference(previous, current)).as("frame %d", i).isGreaterThan(0);
      previous = current;
    }
  }

  private static void assertMovedOnly(Shift shift, int signX, int signY) {
    assertAlong(shift.x(), signX);
    assertAlong(shift.y(), signY);
  }

  private static void assertAlong(double moved, int sign) {
    if (sign == 0) {
      assertThat(Math.abs(moved)).isLessThan(CLEAR_SHIFT / 2);
    } else {
      assertThat(moved * sign).isGreaterThan(CLEAR_SHIFT);
    }
  }

  /**
   * How differently (in output pixels) the content at the centres of the left and the right third
   * of the first frame has grown in height by the last frame, where the camera's maps put it. A
   * truck slides the camera, so whatever push makes room for it enlarges both sides alike; a pan
   * turns it, and the side it turns to stretches (keystone).
   */
  private static double sidesDisagreement(String prompt) {
    Frames frames = new Frames(aJob().withImage("astronaut.png").withPrompt(prompt).build());
    SamplingPlan plan = frames.renderer().plan();
    // Output position in the first frame to where the same content is in the last.
    Homography firstToLast = plan.lumaMaps().get(frames.last()).inverse().after(plan.lumaMaps().get(0));
    double w = plan.outputWidth();
    double h = plan.outputHeight();
    double[] height = new double[2];
    double[] xs = {w / 6, w * 5 / 6};
    for (int i = 0; i < 2; i++) {
      height[i] = firstToLast.mapY(xs[i], h * 2 / 3) - firstToLast.mapY(xs[i], h / 3);
    }
    return Math.abs(height[0] - height[1]);
  }
}

package io.reelgate.motion;

import static io.reelgate.motion.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.camera.CameraMove;
import io.reelgate.core.render.RenderResult;
import io.reelgate.motion.Motion.Luma;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.LumaFrames;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The engine end to end: real x264 encoding, checked by decoding what it wrote. */
class MotionRendererTest {
  /** Fast settings keep the tests quick; the pictures still carry the motion clearly. */
  private static final MotionRenderer ENGINE = new MotionRenderer(new EncoderSettings("ultrafast", 23, 2));

  @TempDir Path dir;

  @Test
  void a_six_second_clip_has_exactly_150_frames_of_the_pictures_size_at_25_fps() throws Exception {
    Path output = dir.resolve("pan.mp4");
    List<int[]> progress = new ArrayList<>();
    RenderResult result =
        ENGINE.render(
            aJob().withImage("hubble_deep_field.jpg").withPrompt("Deep space [Pan left]").build(),
            output,
            (done, total) -> progress.add(new int[] {done, total}));

    assertThat(result).isEqualTo(new RenderResult(588, 512, 150, 25));
    VideoInfo info = VideoProbe.probe(output);
    assertThat(info.codec()).isEqualTo("h264");
    assertThat(info.width()).isEqualTo(588);
    assertThat(info.height()).isEqualTo(512);
    assertThat(info.frames()).isEqualTo(150);
    assertThat(info.fps()).isEqualTo(25.0);
    assertThat(info.pixelFormat()).isEqualTo("yuv420p");
    assertThat(info.hasAudio()).isFalse();
    assertThat(progress).hasSize(150);
    assertThat(progress.get(149)).containsExactly(150, 150);

    LumaFrames decoded = VideoProbe.decodeLuma(output, 256);
    Luma first = luma(decoded, 0);
    Luma last = luma(decoded, 149);
    assertThat(Motion.shift(first, last).x()).as("pan left: content travels right").isGreaterThan(20);
  }

  @Test
  void a_ten_second_text_to_video_clip_is_a_16_by_9_card_of_250_frames() throws Exception {
    Path output = dir.resolve("card.mp4");
    RenderResult result =
        ENGINE.render(aJob().withPrompt("A paper boat on a rainy street [Zoom in]").lasting(10).build(), output, (d, t) -> {});
    assertThat(result).isEqualTo(new RenderResult(910, 512, 250, 25));
    VideoInfo info = VideoProbe.probe(output);
    assertThat(info.frames()).isEqualTo(250);
    assertThat(info.width()).isEqualTo(910);
    assertThat(info.durationSeconds()).isEqualTo(10.0);
  }

  @Test
  void at_a_given_short_side_the_clip_is_that_small_and_otherwise_as_asked() throws Exception {
    Path output = dir.resolve("small.mp4");
    MotionRenderer small = MotionRenderer.atShortSide(64, new EncoderSettings("ultrafast", 23, 1));

    RenderResult result =
        small.render(aJob().withImage("hubble_deep_field.jpg").withPrompt("Deep space [Pan left]").build(), output, (d, t) -> {});

    // 588x512 at 512P (above): the same picture, 64 pixels on its short side.
    assertThat(result).isEqualTo(new RenderResult(74, 64, 150, 25));
    VideoInfo info = VideoProbe.probe(output);
    assertThat(info.codec()).isEqualTo("h264");
    assertThat(info.width()).isEqualTo(74);
    assertThat(info.height()).isEqualTo(64);
    assertThat(info.frames()).isEqualTo(150);
  }

  @Test
  void a_short_side_that_x264_cannot_encode_is_refused() {
    EncoderSettings settings = EncoderSettings.defaults();
    assertThatThrownBy(() -> MotionRenderer.atShortSide(63, settings)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MotionRenderer.atShortSide(14, settings)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_interrupted_render_stops_promptly_and_leaves_no_file() {
    Path output = dir.resolve("cancelled.mp4");
    Thread caller = Thread.currentThread();
    assertThatThrownBy(
            () ->
                ENGINE.render(
                    aJob().withImage("astronaut.png").withPrompt("[Zoom in]").build(),
                    output,
                    (done, total) -> {
                      if (done == 10) caller.interrupt();
                    }))
        .isInstanceOf(InterruptedException.class);
    Thread.interrupted();
    assertThat(output).doesNotExist();
  }

  /** Every command once, alternately in English and Chinese (CameraMovesTest covers both in memory). */
  @ParameterizedTest
  @EnumSource(CameraMove.class)
  void the_decoded_video_moves_the_way_the_command_says(CameraMove move) throws Exception {
    String written = move.ordinal() % 2 == 0 ? move.english() : move.chinese();
    Path output = dir.resolve(move + ".mp4");
    ENGINE.render(aJob().withImage("astronaut.png").withPrompt("An astronaut [" + written + "]").build(), output, (d, t) -> {});
    LumaFrames decoded = VideoProbe.decodeLuma(output, 256);
    assertThat(decoded.frames()).hasSize(150);
    Luma first = luma(decoded, 0);
    Luma last = luma(decoded, 149);
    Motion.Shift shift = Motion.shift(first, last);
    double scale = Motion.scale(first, last);
    switch (move) {
      case TRUCK_LEFT, PAN_LEFT -> assertThat(shift.x()).isGreaterThan(20);
      case TRUCK_RIGHT, PAN_RIGHT -> assertThat(shift.x()).isLessThan(-20);
      case PEDESTAL_UP, TILT_UP -> assertThat(shift.y()).isGreaterThan(20);
      case PEDESTAL_DOWN, TILT_DOWN -> assertThat(shift.y()).isLessThan(-20);
      case PUSH_IN, ZOOM_IN, TRACKING_SHOT -> assertThat(scale).isGreaterThan(1.07);
      case PULL_OUT, ZOOM_OUT -> assertThat(scale).isLessThan(0.85);
      case SHAKE -> assertThat(Motion.meanDifference(first, last)).isLessThan(2);
      case STATIC_SHOT -> assertThat(Motion.meanDifference(first, last)).isLessThan(1);
    }
  }

  private static Luma luma(LumaFrames frames, int index) {
    return new Luma(frames.width(), frames.height(), frames.frames().get(index));
  }
}

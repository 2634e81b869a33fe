package io.reelgate.motion;

import static io.reelgate.motion.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.motion.Motion.Luma;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.LumaFrames;
import io.reelgate.motion.encode.VideoProbe;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speed words around a command, in English and Chinese, change how far the camera travels in the
 * encoded clip: tiny 2 s clips, decoded, the pan measured between the first and the last frame.
 */
class SpeedTravelTest {
  /** 128 pixels on the short side: a 2 s pan travels a few pixels slow and about nine quick. */
  private static final MotionRenderer ENGINE =
      MotionRenderer.atShortSide(128, new EncoderSettings("ultrafast", 23, 1));

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({"slowly [Pan left], quickly [Pan left]", "缓缓[左摇], 快速[左摇]"})
  void a_quick_pan_travels_at_least_one_and_a_half_times_as_far_as_a_slow_one(String slow, String quick)
      throws Exception {
    double slowTravel = travel(slow);
    double quickTravel = travel(quick);
    assertThat(slowTravel).as("the slow pan still moves the content right").isGreaterThan(0);
    assertThat(quickTravel).isGreaterThanOrEqualTo(1.5 * slowTravel);
  }

  @Test
  void without_a_speed_word_the_pan_travels_between_slow_and_quick() throws Exception {
    double normal = travel("A galaxy field [Pan left]");
    assertThat(normal).isGreaterThan(travel("gently [Pan left]"));
    assertThat(normal).isLessThan(travel("[Pan left] rapidly"));
  }

  /** Pixels the content moved right from the first to the last decoded frame. */
  private double travel(String prompt) throws Exception {
    Path output = dir.resolve(Integer.toHexString(prompt.hashCode()) + ".mp4");
    ENGINE.render(aJob().withImage("hubble_deep_field.jpg").withPrompt(prompt).lasting(2).build(), output, (d, t) -> {});
    LumaFrames decoded = VideoProbe.decodeLuma(output, 128);
    Luma first = new Luma(decoded.width(), decoded.height(), decoded.frames().getFirst());
    Luma last = new Luma(decoded.width(), decoded.height(), decoded.frames().getLast());
    return Motion.shift(first, last).x();
  }
}

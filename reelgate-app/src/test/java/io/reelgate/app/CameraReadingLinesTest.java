package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.camera.CameraReading;
import io.reelgate.core.camera.CameraScriptParser;
import org.junit.jupiter.api.Test;

class CameraReadingLinesTest {
  private static final String NL = System.lineSeparator();

  private static String lines(String prompt, int seconds) {
    return CameraReadingLines.of(CameraReading.of(CameraScriptParser.parse(prompt, false), seconds));
  }

  @Test
  void shots_with_their_times_moves_and_speed_then_each_warning() {
    assertThat(lines("slowly [Push in] then quickly [Pan left, Pedestal up] [Pan sideways] [Zoom]", 10))
        .isEqualTo(
            "camera: 0-5 s Push in (slow); 5-10 s Pan left + Pedestal up (quick)" + NL
                + "warning: [Pan sideways] is not a camera command; did you mean [Pan left] or [Pan right]?" + NL
                + "warning: [Zoom] is not a camera command; did you mean [Zoom in] or [Zoom out]?" + NL);
  }

  @Test
  void thirds_of_a_clip_keep_two_decimals_and_the_default_says_so() {
    assertThat(lines("缓缓[左摇][右摇]快速[推进]", 10))
        .isEqualTo("camera: 0-3.33 s Pan left (slow); 3.33-6.67 s Pan right (normal); 6.67-10 s Push in (quick)" + NL);
    assertThat(lines("A harbour at dawn", 6))
        .isEqualTo("camera: 0-6 s Push in (normal, default: the prompt names no move)" + NL);
  }

  @Test
  void seconds_drop_trailing_zeros_and_keep_two_decimals() {
    assertThat(CameraReadingLines.seconds(5.0)).isEqualTo("5");
    assertThat(CameraReadingLines.seconds(0)).isEqualTo("0");
    assertThat(CameraReadingLines.seconds(2.5)).isEqualTo("2.5");
    assertThat(CameraReadingLines.seconds(3.33)).isEqualTo("3.33");
    assertThat(CameraReadingLines.seconds(6.67)).isEqualTo("6.67");
    assertThat(CameraReadingLines.seconds(10.05)).isEqualTo("10.05");
    assertThat(CameraReadingLines.seconds(1.999)).isEqualTo("2");
    assertThat(CameraReadingLines.seconds(-2.5)).isEqualTo("-2.5");
    assertThat(CameraReadingLines.seconds(-0.25)).isEqualTo("-0.25");
  }
}

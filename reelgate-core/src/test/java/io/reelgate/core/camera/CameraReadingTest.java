package io.reelgate.core.camera;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.camera.CameraReading.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameraReadingTest {

  private static CameraReading read(String prompt, double seconds) {
    return CameraReading.of(CameraScriptParser.parse(prompt, false), seconds);
  }

  @Test
  void shots_share_the_clip_in_order_with_their_moves_and_speed() {
    CameraReading reading = read("slowly [Pedestal up, Pan left] then quickly [Zoom in] [Static]", 10);
    assertThat(reading.segments())
        .containsExactly(
            new Segment(0, 3.33, List.of("Pan left", "Pedestal up"), "slow"),
            new Segment(3.33, 6.67, List.of("Zoom in"), "quick"),
            new Segment(6.67, 10, List.of("Static shot"), "normal"));
    assertThat(reading.defaulted()).isFalse();
    assertThat(reading.warnings()).isEmpty();
  }

  @Test
  void a_prompt_without_commands_reads_as_the_default() {
    CameraReading reading = read("A harbour at dawn", 6);
    assertThat(reading.defaulted()).isTrue();
    assertThat(reading.segments()).containsExactly(new Segment(0, 6, List.of("Push in"), "normal"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A boat [Pan sideways]|[Pan sideways] is not a camera command; did you mean [Pan left] or [Pan right]?",
        "A boat [Zoom]|[Zoom] is not a camera command; did you mean [Zoom in] or [Zoom out]?",
        "A boat [Pan lfet]|[Pan lfet] is not a camera command; did you mean [Pan left]?",
        "A boat [Tilt upward]|[Tilt upward] is not a camera command; did you mean [Tilt up]?",
        "A boat [Orbit left]|[Orbit left] is not a camera command; docs/CAMERA.md lists the commands",
        "A boat [Pan left, Zoom]|[Pan left, Zoom] is not a camera command: \"Zoom\" is not one; did you mean [Zoom in] or [Zoom out]?",
        "A boat [Pan left, slowly]|[Pan left, slowly] is not a camera command; write \"slowly\" outside the brackets, as in slowly [Pan left]",
        "一条船[向左摇]|[向左摇] is not a camera command; did you mean [左摇]?",
        "一条船[变焦]|[变焦] is not a camera command; did you mean [变焦推近] or [变焦拉远]?",
      })
  void a_bracket_that_looks_like_a_command_gets_a_warning_naming_the_nearest(String prompt, String warning) {
    assertThat(read(prompt, 6).warnings()).containsExactly(warning);
  }

  @Test
  void plain_text_brackets_stay_silent() {
    assertThat(read("[Scene 1] A boat [Title card] at [noon]", 6).warnings()).isEmpty();
    assertThat(read("【第一幕】一条船", 6).warnings()).isEmpty();
  }

  @Test
  void a_warning_does_not_stop_the_commands_beside_it() {
    CameraReading reading = read("A boat [Pan sideways] [Zoom in]", 6);
    assertThat(reading.segments()).extracting(Segment::moves).containsExactly(List.of("Zoom in"));
    assertThat(reading.warnings()).hasSize(1);
    assertThat(reading.defaulted()).isFalse();
  }

  @Test
  void an_unknown_bracket_alone_leaves_the_default_and_says_why() {
    CameraReading reading = read("A boat [Pan sideways]", 6);
    assertThat(reading.defaulted()).isTrue();
    assertThat(reading.warnings()).hasSize(1);
  }
}

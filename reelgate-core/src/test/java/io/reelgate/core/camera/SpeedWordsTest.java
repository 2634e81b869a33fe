package io.reelgate.core.camera;

import static io.reelgate.core.camera.CameraMove.PAN_LEFT;
import static io.reelgate.core.camera.CameraMove.ZOOM_IN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeedWordsTest {

  private static List<Speed> speeds(String prompt) {
    return CameraScriptParser.parse(prompt, false).shots().stream().map(CameraShot::speed).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "slowly [Pan left]|SLOW",
        "A boat drifts [Pan left] gently|SLOW",
        "Slightly [Pan left]|SLOW",
        "a slow [Pan left]|SLOW",
        "quickly [Pan left]|QUICK",
        "[Pan left] rapidly over the bay|QUICK",
        "Dramatically [Pan left]|QUICK",
        "[Pan left] fast|QUICK",
        "缓缓[左摇]|SLOW",
        "镜头慢慢地[左摇]|SLOW",
        "轻微[左摇]|SLOW",
        "快速[左摇]|QUICK",
        "[左摇]迅速|QUICK",
        "急速【左摇】|QUICK",
        "[Pan left]|NORMAL",
        "A harbour at dawn [Pan left]|NORMAL",
      })
  void words_next_to_a_command_set_its_speed(String prompt, Speed expected) {
    assertThat(speeds(prompt)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Another sentence or clause: the word is about something else.
        "The river flows slowly. [Pan left]|NORMAL",
        "The river flows slowly, [Pan left]|NORMAL",
        "河水缓缓流淌。[左摇]|NORMAL",
        // Adjectives describe things unless they stand right at the bracket.
        "A fast car on the road [Pan left]|NORMAL",
        "A slow river [Pan left]|NORMAL",
        // Inside a word is not the word.
        "Fastidious chefs [Pan left]|NORMAL",
      })
  void words_elsewhere_leave_the_speed_alone(String prompt, Speed expected) {
    assertThat(speeds(prompt)).containsExactly(expected);
  }

  @Test
  void each_word_belongs_to_its_nearest_bracket() {
    assertThat(speeds("slowly [Pan left], then quickly [Zoom in]")).containsExactly(Speed.SLOW, Speed.QUICK);
    assertThat(speeds("[Pan left] slowly and [Zoom in]")).containsExactly(Speed.SLOW, Speed.NORMAL);
    assertThat(speeds("[Pan left] and slowly [Zoom in]")).containsExactly(Speed.NORMAL, Speed.SLOW);
    assertThat(speeds("缓缓[左摇]，然后快速[变焦推近]")).containsExactly(Speed.SLOW, Speed.QUICK);
  }

  @Test
  void the_nearest_of_two_words_wins() {
    assertThat(speeds("quickly a bird flies slowly [Pan left]")).containsExactly(Speed.SLOW);
    assertThat(speeds("slowly a bird flies quickly [Pan left]")).containsExactly(Speed.QUICK);
    assertThat(speeds("[Pan left] quickly, a bird flies slowly")).containsExactly(Speed.QUICK);
  }

  @Test
  void described_moves_take_the_speed_words_around_them() {
    CameraScript described = CameraScriptParser.parse("The camera slowly zooms out over the city", true);
    assertThat(described.shots()).containsExactly(CameraShot.of(CameraMove.ZOOM_OUT).at(Speed.SLOW));
    // The expanded prompt appends [Zoom out] in the same clause, so it reads the same again.
    assertThat(CameraScriptParser.parse(described.prompt(), true).shots()).isEqualTo(described.shots());
    assertThat(CameraScriptParser.parse("镜头快速推进，然后缓缓向左摇", true).shots())
        .containsExactly(CameraShot.of(CameraMove.PUSH_IN).at(Speed.QUICK), CameraShot.of(PAN_LEFT).at(Speed.SLOW));
  }

  @Test
  void a_speed_applies_to_every_move_of_the_bracket() {
    CameraScript script = CameraScriptParser.parse("quickly [Pan left, Zoom in]", false);
    assertThat(script.shots()).containsExactly(CameraShot.of(PAN_LEFT, ZOOM_IN).at(Speed.QUICK));
  }

  @Test
  void a_quick_move_travels_at_least_one_and_a_half_times_as_far_as_a_slow_one() {
    assertThat(Speed.QUICK.factor() / Speed.SLOW.factor()).isGreaterThanOrEqualTo(1.5);
    assertThat(Speed.NORMAL.factor()).isEqualTo(1.0);
  }
}

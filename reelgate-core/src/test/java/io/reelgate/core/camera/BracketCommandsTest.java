package io.reelgate.core.camera;

import static io.reelgate.core.camera.CameraMove.PAN_LEFT;
import static io.reelgate.core.camera.CameraMove.PAN_RIGHT;
import static io.reelgate.core.camera.CameraMove.PEDESTAL_UP;
import static io.reelgate.core.camera.CameraMove.PULL_OUT;
import static io.reelgate.core.camera.CameraMove.PUSH_IN;
import static io.reelgate.core.camera.CameraMove.STATIC_SHOT;
import static io.reelgate.core.camera.CameraMove.TILT_UP;
import static io.reelgate.core.camera.CameraMove.ZOOM_IN;
import static io.reelgate.core.camera.CameraMove.ZOOM_OUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BracketCommandsTest {

  private static List<CameraShot> shots(String prompt) {
    CameraScript script = CameraScriptParser.parse(prompt, false);
    assertThat(script.defaulted()).as("defaulted for %s", prompt).isFalse();
    return script.shots();
  }

  private static void assertPlainText(String prompt) {
    CameraScript script = CameraScriptParser.parse(prompt, false);
    assertThat(script.defaulted()).as("defaulted for %s", prompt).isTrue();
    assertThat(script.prompt()).isEqualTo(prompt);
  }

  @ParameterizedTest
  @EnumSource(CameraMove.class)
  void every_english_command_is_one_shot_of_its_move(CameraMove move) {
    assertThat(shots("A fox in the snow [" + move.english() + "]"))
        .containsExactly(CameraShot.of(move));
  }

  @ParameterizedTest
  @EnumSource(CameraMove.class)
  void every_chinese_command_is_one_shot_of_its_move(CameraMove move) {
    assertThat(shots("雪地里的一只狐狸[" + move.chinese() + "]")).containsExactly(CameraShot.of(move));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[Pan left]", "[pan left]", "[PAN LEFT]", "[ pan  LEFT ]", "[Pan\tleft]", "[panleft]",
        "[Pan-left]", "[pan_left]", "[Camera pan left]", "[Ｐａｎ ｌｅｆｔ]", "[ 左摇 ]", "[左 摇]"
      })
  void commands_ignore_case_spacing_and_full_width_letters(String bracket) {
    assertThat(shots("A harbour at dawn " + bracket)).containsExactly(CameraShot.of(PAN_LEFT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"［左摇］", "【左摇】", "【Pan left】", "［Pan left］", "[左摇】", "【左摇]"})
  void full_width_and_lenticular_brackets_count(String bracket) {
    assertThat(shots("港口的清晨" + bracket)).containsExactly(CameraShot.of(PAN_LEFT));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[Pan left,Pedestal up]", "[Pan left, Pedestal up]", "[Pan left，Pedestal up]",
        "[左摇、上升]", "[Pan left;Pedestal up]", "[左摇；上升]", "[左摇,上升]", "【左摇，Pedestal up】"
      })
  void commands_in_one_bracket_run_at_the_same_time(String bracket) {
    assertThat(shots("A lighthouse " + bracket)).containsExactly(CameraShot.of(PAN_LEFT, PEDESTAL_UP));
  }

  @Test
  void brackets_one_after_another_run_in_sequence() {
    assertThat(shots("A door opens [Push in], then a cat walks out [Pull out] [Pan left,Tilt up]"))
        .containsExactly(
            CameraShot.of(PUSH_IN), CameraShot.of(PULL_OUT), CameraShot.of(PAN_LEFT, TILT_UP));
  }

  @Test
  void the_same_bracket_twice_is_two_shots_because_the_user_wrote_two() {
    assertThat(shots("[Zoom in] a face [Zoom in]"))
        .containsExactly(CameraShot.of(ZOOM_IN), CameraShot.of(ZOOM_IN));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Dolly left|TRUCK_LEFT",
        "Dolly right|TRUCK_RIGHT",
        "Track right|TRUCK_RIGHT",
        "Dolly in|PUSH_IN",
        "Push|PUSH_IN",
        "Pull back|PULL_OUT",
        "Dolly out|PULL_OUT",
        "Pull|PULL_OUT",
        "Rise|PEDESTAL_UP",
        "Fall|PEDESTAL_DOWN",
        "Crane up|PEDESTAL_UP",
        "Crane down|PEDESTAL_DOWN",
        "Tracking|TRACKING_SHOT",
        "Follow|TRACKING_SHOT",
        "Static|STATIC_SHOT",
        "Fixed|STATIC_SHOT",
        "Locked off|STATIC_SHOT",
        "Locked-off shot|STATIC_SHOT",
        "Handheld|SHAKE",
        "Camera shake|SHAKE",
        "固定镜头|STATIC_SHOT",
        "镜头推进|PUSH_IN",
        "跟拍|TRACKING_SHOT",
        "手持|SHAKE",
        "左平移|TRUCK_LEFT"
      })
  void synonyms_users_type_name_the_standard_move(String synonym, CameraMove move) {
    assertThat(shots("A street market [" + synonym + "]")).containsExactly(CameraShot.of(move));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[Scene 1] a man walks into a bar",
        "A man walks [slowly] into a bar",
        "A man [Pan left, slowly] walks",
        "A man [Zoom] walks",
        "A man [] walks",
        "A man [ , ] walks",
        "A man [Pan left walks",
        "A man Pan left] walks",
        "A man [Pan left and Zoom in] walks",
        "一个男人[缓缓推进]走进酒吧"
      })
  void a_bracket_that_is_not_entirely_commands_is_plain_text(String prompt) {
    assertPlainText(prompt);
  }

  @Test
  void an_unknown_bracket_does_not_hide_a_known_one() {
    assertThat(shots("[Scene 1] a man walks [Pan right]")).containsExactly(CameraShot.of(PAN_RIGHT));
  }

  @Test
  void a_trailing_separator_is_forgiven() {
    assertThat(shots("A bay [Pan left, ]")).containsExactly(CameraShot.of(PAN_LEFT));
  }

  @Test
  void an_inner_bracket_is_read_when_brackets_nest() {
    assertThat(shots("A bay [[Pan left]]")).containsExactly(CameraShot.of(PAN_LEFT));
    assertThat(shots("A bay [note [Zoom out]")).containsExactly(CameraShot.of(ZOOM_OUT));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Pan left, Pan right|PAN_RIGHT",
        "Pan right, Pan left|PAN_LEFT",
        "Zoom in, Zoom out|ZOOM_OUT",
        "推进,拉远|PULL_OUT",
        "Static shot, Zoom in|ZOOM_IN",
        "Zoom in, Static shot|STATIC_SHOT",
        "Pan left, Pan left|PAN_LEFT"
      })
  void of_contradicting_moves_in_one_bracket_the_later_wins(String inside, CameraMove move) {
    assertThat(shots("A bay [" + inside + "]")).containsExactly(CameraShot.of(move));
  }

  @Test
  void a_contradiction_removes_only_the_move_it_contradicts() {
    assertThat(shots("A bay [Pan left, Tilt up, Pan right]"))
        .containsExactly(CameraShot.of(TILT_UP, PAN_RIGHT));
  }

  @Test
  void a_static_shot_with_shake_keeps_the_later() {
    assertThat(shots("A bay [Static, Handheld]")).containsExactly(CameraShot.of(CameraMove.SHAKE));
    assertThat(shots("A bay [Static, Handheld]").getFirst().moves()).doesNotContain(STATIC_SHOT);
  }

  @Test
  void bracket_commands_keep_the_prompt_as_given_even_with_expansion() {
    String prompt = "The camera slowly zooms out over the city [ pan  LEFT ]";
    CameraScript script = CameraScriptParser.parse(prompt, true);
    assertThat(script.prompt()).isEqualTo(prompt);
  }

  @Test
  void bracket_commands_win_over_natural_language() {
    CameraScript script = CameraScriptParser.parse("The camera slowly zooms out [Pan left]", true);
    // "slowly" is in the bracket's clause, so it sets the pan's speed (see SpeedWordsTest).
    assertThat(script.shots()).containsExactly(CameraShot.of(PAN_LEFT).at(Speed.SLOW));
  }
}

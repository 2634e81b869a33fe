package io.reelgate.core.camera;

import static io.reelgate.core.camera.CameraMove.PAN_LEFT;
import static io.reelgate.core.camera.CameraMove.PEDESTAL_UP;
import static io.reelgate.core.camera.CameraMove.PUSH_IN;
import static io.reelgate.core.camera.CameraMove.TILT_DOWN;
import static io.reelgate.core.camera.CameraMove.TRACKING_SHOT;
import static io.reelgate.core.camera.CameraMove.ZOOM_OUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NaturalLanguageTest {

  private static List<CameraShot> described(String prompt) {
    CameraScript script = CameraScriptParser.parse(prompt, true);
    assertThat(script.defaulted()).as("defaulted for %s", prompt).isFalse();
    // The moves only: "slowly" and the like set speeds, which SpeedWordsTest covers.
    return script.shots().stream().map(shot -> new CameraShot(shot.moves())).toList();
  }

  private static void assertNoMove(String prompt) {
    assertThat(CameraScriptParser.parse(prompt, true).defaulted()).as(prompt).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The camera slowly zooms out over the city|ZOOM_OUT",
        "Zoom in on the eyes of an old sailor|ZOOM_IN",
        "The camera pans to the left across the bay|PAN_LEFT",
        "A slow pan right over the vineyard|PAN_RIGHT",
        "A slow dolly in on her face|PUSH_IN",
        "The camera moves closer to the dancer|PUSH_IN",
        "The camera gently pushes in on the candle|PUSH_IN",
        "The camera pulls back to reveal the valley|PULL_OUT",
        "A dolly out from the window|PULL_OUT",
        "The camera trucks right past the parked cars|TRUCK_RIGHT",
        "The camera slides to the left along the shelf|TRUCK_LEFT",
        "The camera rises above the rooftops|PEDESTAL_UP",
        "The camera slowly descends to street level|PEDESTAL_DOWN",
        "The camera tilts up to the sky|TILT_UP",
        "The camera tilts down to the sand|TILT_DOWN",
        "Handheld footage of a busy night market|SHAKE",
        "The camera is shaky as the crowd runs|SHAKE",
        "The camera follows the subject through the forest|TRACKING_SHOT",
        "A tracking shot of a cyclist|TRACKING_SHOT",
        "The camera follows a runner along the beach|TRACKING_SHOT",
        "A static camera watches the waves|STATIC_SHOT",
        "Locked-off camera, a candle burns down|STATIC_SHOT",
        "The camera stays completely still while the crowd passes|STATIC_SHOT"
      })
  void english_descriptions_become_moves(String prompt, CameraMove move) {
    assertThat(described(prompt)).containsExactly(CameraShot.of(move));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "镜头缓缓推进|PUSH_IN",
        "镜头从远处慢慢推近人物面部|PUSH_IN",
        "镜头向左摇，海面波光粼粼|PAN_LEFT",
        "镜头拉远，露出整座城市|PULL_OUT",
        "镜头缓缓上升，越过树梢|PEDESTAL_UP",
        "镜头下降到街道|PEDESTAL_DOWN",
        "镜头剧烈晃动|SHAKE",
        "镜头跟随奔跑的女孩|TRACKING_SHOT",
        "镜头固定，海浪拍打礁石|STATIC_SHOT",
        "变焦推近她的眼睛|ZOOM_IN",
        "变焦拉远，城市灯火|ZOOM_OUT",
        "镜头向下摇|TILT_DOWN",
        "镜头向上摇，看见天空|TILT_UP",
        "镜头向右平移|TRUCK_RIGHT",
        "手持拍摄的街头|SHAKE",
        "跟拍一位骑车的少年|TRACKING_SHOT"
      })
  void chinese_descriptions_become_moves(String prompt, CameraMove move) {
    assertThat(described(prompt)).containsExactly(CameraShot.of(move));
  }

  @Test
  void descriptions_run_in_the_order_they_are_written() {
    assertThat(described("The camera pans left, then rises above the trees"))
        .containsExactly(CameraShot.of(PAN_LEFT), CameraShot.of(PEDESTAL_UP));
    assertThat(described("镜头先推进，然后向下摇"))
        .containsExactly(CameraShot.of(PUSH_IN), CameraShot.of(TILT_DOWN));
    assertThat(described("镜头缓缓向前推进，然后快速上升"))
        .containsExactly(CameraShot.of(PUSH_IN), CameraShot.of(PEDESTAL_UP));
  }

  @Test
  void moves_joined_by_while_or_tongshi_run_at_the_same_time() {
    assertThat(described("The camera pans left while rising"))
        .containsExactly(CameraShot.of(PAN_LEFT, PEDESTAL_UP));
    assertThat(described("镜头一边推进一边上升")).containsExactly(CameraShot.of(PUSH_IN, PEDESTAL_UP));
  }

  @Test
  void a_move_mentioned_again_right_after_itself_is_one_move() {
    assertThat(described("The camera zooms out. The zoom out reveals the whole city"))
        .containsExactly(CameraShot.of(ZOOM_OUT));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The sun rises over the sea",
        "A woman follows her dog down the lane",
        "He pulls out a letter and reads it",
        "She shakes her head and smiles",
        "The balloon drifts closer to the mountains",
        "The camera is on a tripod. The balloon rises",
        "气温上升，人们走上街头",
        "小狗跟随主人回家",
        "故事推进到高潮"
      })
  void verbs_whose_subject_is_not_the_camera_are_not_moves(String prompt) {
    assertNoMove(prompt);
  }

  @Test
  void a_verb_of_someone_the_camera_follows_is_not_a_camera_move() {
    assertThat(described("The camera follows a woman who rises from her chair"))
        .containsExactly(CameraShot.of(TRACKING_SHOT));
  }

  @Test
  void the_expanded_prompt_shows_the_understood_moves_as_bracket_commands() {
    assertThat(CameraScriptParser.parse("The camera slowly zooms out over the city", true).prompt())
        .isEqualTo("The camera slowly zooms out over the city [Zoom out]");
    assertThat(CameraScriptParser.parse("The camera pans left while rising, then tilts down ", true).prompt())
        .isEqualTo("The camera pans left while rising, then tilts down [Pan left,Pedestal up] [Tilt down]");
  }

  @Test
  void a_chinese_prompt_is_expanded_with_chinese_commands() {
    assertThat(CameraScriptParser.parse("镜头缓缓推进，然后向左摇", true).prompt())
        .isEqualTo("镜头缓缓推进，然后向左摇 [推进] [左摇]");
  }

  @Test
  void the_expanded_prompt_reads_back_to_the_same_script() {
    CameraScript first = CameraScriptParser.parse("The camera pans left while rising, then tilts down", true);
    CameraScript again = CameraScriptParser.parse(first.prompt(), true);
    assertThat(again.shots()).isEqualTo(first.shots());
  }

  @ParameterizedTest
  @ValueSource(strings = {"The camera slowly zooms out over the city", "镜头缓缓推进", "镜头向左摇"})
  void descriptions_are_ignored_when_expansion_is_off(String prompt) {
    CameraScript script = CameraScriptParser.parse(prompt, false);
    assertThat(script.defaulted()).isTrue();
    assertThat(script.shots()).containsExactly(CameraScriptParser.DEFAULT_SHOT);
    assertThat(script.prompt()).isEqualTo(prompt);
  }
}

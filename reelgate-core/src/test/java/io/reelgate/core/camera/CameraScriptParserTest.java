package io.reelgate.core.camera;

import static io.reelgate.core.camera.CameraMove.PAN_LEFT;
import static io.reelgate.core.camera.CameraMove.PEDESTAL_UP;
import static io.reelgate.core.camera.CameraMove.PUSH_IN;
import static io.reelgate.core.camera.CameraMove.ZOOM_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameraScriptParserTest {

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void a_prompt_without_camera_instruction_gets_a_slow_push_in(boolean expansion) {
    String prompt = "A red fox sleeps in the snow";
    CameraScript script = CameraScriptParser.parse(prompt, expansion);
    assertThat(script.shots()).containsExactly(CameraShot.of(PUSH_IN));
    assertThat(script.defaulted()).isTrue();
    assertThat(script.prompt()).isEqualTo(prompt);
  }

  @Test
  void a_missing_prompt_gets_the_default() {
    CameraScript script = CameraScriptParser.parse(null, true);
    assertThat(script.defaulted()).isTrue();
    assertThat(script.prompt()).isEmpty();
  }

  @Test
  void a_named_push_in_is_not_the_default() {
    assertThat(CameraScriptParser.parse("A fox [Push in]", false).defaulted()).isFalse();
  }

  @Test
  void describe_writes_shots_as_standard_commands_in_sequence() {
    CameraScript script =
        new CameraScript(
            List.of(CameraShot.of(PEDESTAL_UP, PAN_LEFT), CameraShot.of(ZOOM_IN)), "x", false);
    assertThat(CameraScriptParser.describe(script)).isEqualTo("[Pan left,Pedestal up] then [Zoom in]");
  }

  @Test
  void describe_marks_the_default() {
    assertThat(CameraScriptParser.describe(CameraScriptParser.parse("A fox", false)))
        .isEqualTo("[Push in] (default)");
  }

  @Test
  void many_brackets_are_many_shots() {
    CameraScript script = CameraScriptParser.parse("[Pan left]".repeat(200), false);
    assertThat(script.shots()).hasSize(200);
  }

  static Stream<String> hostilePrompts() {
    return Stream.of(
        "[".repeat(2000),
        "【".repeat(2000),
        "]".repeat(2000),
        "[a".repeat(1000),
        "[Pan left,".repeat(200),
        "[" + ",".repeat(1998) + "]",
        "[" + " ".repeat(1998) + "]",
        "camera ".repeat(285),
        "the camera slowly ".repeat(111),
        "camera pan ".repeat(180),
        "pan " + " ".repeat(1990) + "x",
        "camera" + " slowly".repeat(284),
        "ly ".repeat(666),
        "镜头".repeat(1000),
        "镜头缓缓".repeat(500),
        "向左".repeat(1000),
        "locked-".repeat(285),
        "zoom-".repeat(400),
        "a".repeat(2000));
  }

  @ParameterizedTest
  @MethodSource("hostilePrompts")
  void hostile_prompts_of_2000_characters_are_read_quickly(String prompt) {
    assertThat(prompt.length()).isLessThanOrEqualTo(2000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          CameraScriptParser.parse(prompt, true);
          CameraScriptParser.parse(prompt, false);
        });
  }
}

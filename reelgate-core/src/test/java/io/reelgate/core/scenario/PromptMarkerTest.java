package io.reelgate.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import org.junit.jupiter.api.Test;

class PromptMarkerTest {
  @Test
  void marker_is_taken_out_of_the_prompt_wherever_it_is() {
    PromptMarker.Read middle = PromptMarker.read("A boat [[reelgate:slow queue=1 render=2]] drifts [Push in]");
    PromptMarker.Read first = PromptMarker.read("[[ReelGate: fail-at percent=40]] A boat");

    assertThat(middle.prompt()).isEqualTo("A boat drifts [Push in]");
    assertThat(middle.scenario()).hasToString("slow; queue=1; render=2");
    assertThat(first.prompt()).isEqualTo("A boat");
    assertThat(first.scenario()).hasToString("fail-at; percent=40");
  }

  @Test
  void prompt_without_a_marker_is_left_as_it_is() {
    assertThat(PromptMarker.read("A boat [Push in]")).isEqualTo(new PromptMarker.Read("A boat [Push in]", null));
    assertThat(PromptMarker.read(null)).isEqualTo(new PromptMarker.Read(null, null));
  }

  @Test
  void a_prompt_of_only_a_marker_is_left_empty() {
    assertThat(PromptMarker.read("  [[reelgate:expired-link]] ").prompt()).isEmpty();
  }

  @Test
  void bad_or_second_marker_is_an_error_of_the_prompt() {
    assertThatThrownBy(() -> PromptMarker.read("a [[reelgate:flaky]]"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("prompt: the scenario marker [[reelgate:flaky]]: unknown scenario 'flaky'");
    assertThatThrownBy(() -> PromptMarker.read("a [[reelgate:slow]] [[reelgate:fail-at]]")).hasMessageContaining("more than one");
    assertThatThrownBy(() -> PromptMarker.read("a [[reelgate: ]]")).hasMessageContaining("names no scenario");
  }
}

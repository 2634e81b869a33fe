package io.reelgate.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  @Test
  void header_syntax_is_read_with_the_defaults_of_what_is_not_given() {
    Scenario slow = Scenario.parse("Slow; render = 3", Scenario.HEADER);

    assertThat(slow.name()).isEqualTo(ScenarioName.SLOW);
    assertThat(slow.number("queue")).isEqualTo(5);
    assertThat(slow.number("render")).isEqualTo(3);
    assertThat(slow.queueDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(slow).hasToString("slow; queue=5; render=3");
  }

  @Test
  void written_form_reads_back_as_the_same_scenario() {
    for (String text : new String[] {"content-policy; at=create", "rate-limited; n=4", "fail-at; percent=0", "expired-link"}) {
      Scenario scenario = Scenario.parse(text, Scenario.HEADER);
      assertThat(Scenario.parse(scenario.toString(), Scenario.HEADER)).isEqualTo(scenario);
      assertThat(scenario).hasToString(text);
    }
  }

  @Test
  void only_slow_has_a_queue_delay() {
    assertThat(Scenario.parse("fail-at", "f").queueDelay()).isZero();
    assertThat(Scenario.parse("content-policy", "f").text("at")).isEqualTo("run");
    assertThat(Scenario.parse("rate-limited", "f").number("n")).isEqualTo(2);
  }

  @Test
  void unknown_name_is_refused_naming_the_field_and_the_known_names() {
    assertThatThrownBy(() -> Scenario.parse("flaky", Scenario.HEADER))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("Reelgate-Scenario: 'flaky': unknown scenario 'flaky'; known: content-policy, rate-limited,")
        .hasMessageContaining("webhook-duplicate");
    assertThatThrownBy(() -> Scenario.parse(" ; ", Scenario.HEADER)).hasMessageContaining("names no scenario");
  }

  @Test
  void bad_parameters_are_refused_saying_what_is_taken() {
    assertThatThrownBy(() -> Scenario.parse("rate-limited; n=0", "h")).hasMessageContaining("n must be 1 to 100, not 0");
    assertThatThrownBy(() -> Scenario.parse("rate-limited; n=two", "h")).hasMessageContaining("n must be a whole number");
    assertThatThrownBy(() -> Scenario.parse("content-policy; at=later", "h")).hasMessageContaining("at must be one of run, create");
    assertThatThrownBy(() -> Scenario.parse("expired-link; ttl=3", "h")).hasMessageContaining("expired-link takes no parameters, not ttl");
    assertThatThrownBy(() -> Scenario.parse("slow; 5", "h")).hasMessageContaining("'5' is not param=value");
  }
}
